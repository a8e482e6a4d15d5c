package vn.tdkt.movement.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.Sheets;
import vn.tdkt.movement.service.RegistrationService.ListSection;
import vn.tdkt.movement.service.RegistrationService.SheetRow;

/** The registration list as xlsx: units in organisation order, each unit's people by rank. */
@Service
public class RegistrationExport {

    private final RegistrationService registrations;
    private final MovementService movements;
    private final AuditService audit;

    public RegistrationExport(RegistrationService registrations, MovementService movements, AuditService audit) {
        this.registrations = registrations;
        this.movements = movements;
        this.audit = audit;
    }

    @Access.Secretary
    public byte[] xlsx(Long movementId, int year) {
        String movement = movements.get(movementId).name();
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Đăng ký " + year);
            CellStyle title = style(book, true, HorizontalAlignment.CENTER, false);
            CellStyle header = style(book, true, HorizontalAlignment.CENTER, true);
            CellStyle unit = style(book, true, HorizontalAlignment.LEFT, true);
            CellStyle cell = style(book, false, HorizontalAlignment.LEFT, true);
            int r = 0;
            r = merged(sheet, r, "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM " + year, title);
            r = merged(sheet, r, "Phong trào: " + movement, title);
            r++;
            Row head = sheet.createRow(r++);
            String[] columns = {"STT", "Họ và tên", "Chức vụ", "Danh hiệu đăng ký"};
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(columns[c]);
                head.getCell(c).setCellStyle(header);
            }
            for (ListSection section : registrations.list(movementId, year)) {
                Row unitRow = sheet.createRow(r++);
                for (int c = 0; c < 4; c++) {
                    unitRow.createCell(c).setCellStyle(unit);
                }
                Sheets.text(unitRow.getCell(0), section.unitName());
                Sheets.text(unitRow.getCell(3), section.collectiveTitle() == null ? "Chưa đăng ký"
                        : "Tập thể: " + section.collectiveTitle());
                sheet.addMergedRegion(new CellRangeAddress(unitRow.getRowNum(), unitRow.getRowNum(), 0, 2));
                int n = 1;
                for (SheetRow p : section.people()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < 4; c++) {
                        row.createCell(c).setCellStyle(cell);
                    }
                    row.getCell(0).setCellValue(n++);
                    Sheets.text(row.getCell(1), p.fullName());
                    Sheets.text(row.getCell(2), p.positionName() == null ? "" : p.positionName());
                    Sheets.text(row.getCell(3), p.awardName() == null ? "Chưa đăng ký" : p.awardName());
                }
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 32 * 256);
            sheet.setColumnWidth(2, 24 * 256);
            sheet.setColumnWidth(3, 40 * 256);
            book.write(out);
            book.dispose();
            // Rows below the two title lines, the blank line and the header: units and their people.
            audit.recordAccess("Download", null, "EXPORT", "Đăng ký thi đua năm " + year + " (phong trào #"
                    + movementId + " " + movement + "): " + (r - 4) + " dòng");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int merged(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellStyle(style);
        Sheets.text(cell, text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
        return r + 1;
    }

    private static CellStyle style(SXSSFWorkbook book, boolean bold, HorizontalAlignment align, boolean border) {
        CellStyle style = book.createCellStyle();
        Font font = book.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) 13);
        font.setBold(bold);
        style.setFont(font);
        style.setAlignment(align);
        style.setWrapText(true);
        if (border) {
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
