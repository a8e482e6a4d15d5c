package vn.tdkt.base.service;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
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
            Cell cell = head.createCell(c);
            cell.setCellStyle(bold);
            text(cell, titles.get(c));
        }
        return head;
    }

    /**
     * Writes text as a text cell, never as a formula. A text that begins with =, +, -, @, a tab
     * or a line break (a name or note typed as "=HYPERLINK(…)") also gets a quote-prefixed style,
     * like a leading apostrophe typed in Excel, so that editing the cell in Excel does not turn
     * it into a formula. Set the cell's style before calling this: the quote-prefixed style is
     * made from it (and reused for every cell of the same look).
     */
    public static Cell text(Cell cell, String value) {
        cell.setCellValue(value);
        if (value != null && !value.isEmpty() && "=+-@\t\r\n".indexOf(value.charAt(0)) >= 0) {
            CellStyle base = cell.getCellStyle();
            if (!base.getQuotePrefixed()) {
                cell.setCellStyle(quotePrefixed(cell.getSheet().getWorkbook(), base));
            }
        }
        return cell;
    }

    private static CellStyle quotePrefixed(Workbook book, CellStyle base) {
        for (int i = 0; i < book.getNumCellStyles(); i++) {
            CellStyle s = book.getCellStyleAt(i);
            if (s != null && s.getQuotePrefixed() && sameLook(s, base)) {
                return s;
            }
        }
        CellStyle made = book.createCellStyle();
        made.cloneStyleFrom(base);
        made.setQuotePrefixed(true);
        return made;
    }

    private static boolean sameLook(CellStyle a, CellStyle b) {
        return a.getFontIndex() == b.getFontIndex() && a.getDataFormat() == b.getDataFormat()
                && a.getAlignment() == b.getAlignment() && a.getVerticalAlignment() == b.getVerticalAlignment()
                && a.getWrapText() == b.getWrapText() && a.getIndention() == b.getIndention()
                && a.getBorderTop() == b.getBorderTop() && a.getBorderBottom() == b.getBorderBottom()
                && a.getBorderLeft() == b.getBorderLeft() && a.getBorderRight() == b.getBorderRight()
                && a.getFillPattern() == b.getFillPattern()
                && a.getFillForegroundColor() == b.getFillForegroundColor()
                && a.getFillBackgroundColor() == b.getFillBackgroundColor();
    }
}
