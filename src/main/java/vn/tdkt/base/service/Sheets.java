package vn.tdkt.base.service;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Small pieces shared by the xlsx files the application writes. */
public final class Sheets {

    private Sheets() {
    }

    /** Writes the titles in bold into the sheet's first row. */
    public static Row boldHeader(Workbook book, Sheet sheet, List<String> titles) {
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row head = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            head.createCell(c).setCellValue(titles.get(c));
            head.getCell(c).setCellStyle(bold);
        }
        return head;
    }
}
