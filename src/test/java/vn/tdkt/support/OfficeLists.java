package vn.tdkt.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.organization.domain.Gender;

/** Award lists built the way offices keep them, not in the import template. */
public final class OfficeLists {

    private OfficeLists() {
    }

    /**
     * The list of a provincial office: heading, title naming the decision and the award, header, column
     * numbers, two departments as section rows (merged cells), "Ông"/"Bà", money, a total and a signature.
     */
    public static byte[] officeList(String number, String knownPerson, Gender knownGender, String newWoman,
            String newMan) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Danh sách");
            text(sheet, 0, 0, "TỈNH ỦY QUẢNG TRỊ");
            text(sheet, 0, 4, "ĐẢNG CỘNG SẢN VIỆT NAM");
            text(sheet, 1, 0, "VĂN PHÒNG");
            text(sheet, 1, 4, "Quảng Trị, ngày 18 tháng 01 năm 2019");
            text(sheet, 2, 0, "*");
            merged(sheet, 3, 0, 5, "DANH SÁCH");
            merged(sheet, 4, 0, 5, "Cá nhân đạt danh hiệu Lao động tiên tiến năm 2018");
            merged(sheet, 5, 0, 5, "(Kèm theo Quyết định số " + number + ", ngày 18/01/2019 của Chánh Văn phòng"
                    + " Tỉnh ủy)");
            String[] header = {"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Số tiền (đồng)", "Ghi chú"};
            for (int c = 0; c < header.length; c++) {
                text(sheet, 7, c, header[c]);
                text(sheet, 8, c, "(" + (c + 1) + ")");
            }
            merged(sheet, 9, 0, 5, "I. PHÒNG TỔNG HỢP");
            person(sheet, 10, 1, (knownGender == Gender.FEMALE ? "Bà " : "Ông ") + knownPerson, "Trưởng phòng",
                    "447.000");
            person(sheet, 11, 2, "Bà " + newWoman, "Chuyên viên", "447.000");
            text(sheet, 12, 0, "II");
            merged(sheet, 12, 1, 5, "PHÒNG HÀNH CHÍNH – LƯU TRỮ");
            person(sheet, 13, 3, "Ông " + newMan, "Chuyên viên", null);
            sheet.getRow(13).createCell(4).setCellValue(447000);
            merged(sheet, 14, 0, 3, "Tổng cộng");
            text(sheet, 14, 4, "1.341.000");
            text(sheet, 16, 4, "CHÁNH VĂN PHÒNG");
            text(sheet, 17, 4, "(Đã ký)");
            text(sheet, 18, 4, "Nguyễn Khánh Vũ");
            text(sheet, 19, 0, "Nơi nhận:");
            text(sheet, 20, 0, "- Lưu VT.");
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void person(Sheet sheet, int r, int ordinal, String name, String position, String money) {
        Row row = row(sheet, r);
        row.createCell(0).setCellValue(ordinal);
        row.createCell(1).setCellValue(name);
        row.createCell(2).setCellValue(position);
        if (money != null) {
            row.createCell(4).setCellValue(money);
        }
    }

    private static void merged(Sheet sheet, int r, int from, int to, String text) {
        text(sheet, r, from, text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
    }

    private static void text(Sheet sheet, int r, int c, String text) {
        row(sheet, r).createCell(c).setCellValue(text);
    }

    private static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

}
