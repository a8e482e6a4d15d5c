package vn.tdkt.importing.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.Sheets;
import vn.tdkt.importing.service.ImportRecords.Column;
import vn.tdkt.importing.service.ImportRecords.ImportPreview;
import vn.tdkt.importing.service.ImportRecords.Issue;
import vn.tdkt.importing.service.ImportRecords.PreviewRow;

/** The downloadable template (with example rows) and the per-row report of an import. */
@Service
public class ImportFiles {

    private static final String[][] EXAMPLES = {
        {"456-QĐ/VPTW", "12/10/2022", "Văn phòng Trung ương Đảng", "2019-2022",
            "Bằng khen của Chánh Văn phòng Trung ương Đảng", "Nguyễn Văn An", "Nam", "1975", "Phó Chánh Văn phòng",
            "Văn phòng Tỉnh ủy Quảng Trị", "125", ""},
        {"456-QĐ/VPTW", "12/10/2022", "Văn phòng Trung ương Đảng", "2019-2022",
            "Bằng khen của Chánh Văn phòng Trung ương Đảng", "", "", "", "", "Văn phòng Tỉnh ủy Hậu Giang", "18",
            "Tập thể: để trống Họ và tên"},
        {"25-QĐ/VPTU", "15/01/2021", "Văn phòng Tỉnh ủy Quảng Trị", "2020", "Lao động tiên tiến", "Trần Thị Bình",
            "Nữ", "1985", "Chuyên viên", "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị", "", ""}};

    private final AuditService audit;

    public ImportFiles(AuditService audit) {
        this.audit = audit;
    }

    /** Header row plus examples: one individual, one collective (name left empty), one by a local office. */
    @Access.Secretary
    public void template(OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("Danh sách khen thưởng");
            header(book, sheet, null);
            int r = 1;
            for (String[] example : EXAMPLES) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < example.length; c++) {
                    Sheets.text(row.createCell(c), example[c]);
                }
            }
            Sheet help = book.createSheet("Hướng dẫn");
            String[] lines = {"Mỗi dòng là một người hoặc một tập thể được khen trong một quyết định.",
                "Cột bắt buộc: Số quyết định, Ngày quyết định (dd/mm/yyyy), Cơ quan ban hành, Năm thành tích"
                    + " (2022 hoặc 2019-2022), Hình thức, danh hiệu (tên hoặc mã trong danh mục), Đơn vị.",
                "Tập thể: để trống Họ và tên; Đơn vị là tập thể được khen (tên đầy đủ hoặc mã đơn vị).",
                "Cá nhân: Họ và tên, Đơn vị công tác lúc được khen; thêm Năm sinh khi có người trùng tên.",
                "Cơ quan ban hành và đơn vị phải có trong danh mục đơn vị. Không dùng công thức trong ô.",
                "Nhập lại cùng một tệp không tạo bản ghi trùng: các dòng đã có trong sổ được bỏ qua.",
                "Số tiền (đồng), nếu danh sách có: ghi như 2.340.000.",
                "Danh sách theo mẫu riêng của cơ quan (tiêu đề \"Kèm theo Quyết định số …\", cột STT, dòng mục"
                    + " I., A. TẬP THỂ, B. CÁ NHÂN, dòng Tổng cộng, phần chữ ký) cũng nhận được: hệ thống đọc"
                    + " tiêu đề, hỏi lại quyết định và các cột, và nhớ cách đọc cột cho tệp cùng mẫu sau."};
            for (int i = 0; i < lines.length; i++) {
                Sheets.text(help.createRow(i).createCell(0), lines[i]);
            }
            help.setColumnWidth(0, 120 * 256);
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row as read, with its result and messages, for the user to correct and import again. */
    @Access.Secretary
    public void report(ImportPreview preview, Function<Issue, String> text, Function<String, String> status,
            OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("Kết quả kiểm tra");
            header(book, sheet, new String[] {"Dòng", "Kết quả", "Ghi nhận"});
            int r = 1;
            for (PreviewRow p : preview.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < p.values().length; c++) {
                    Sheets.text(row.createCell(c), p.values()[c]);
                }
                int extra = Column.values().length;
                row.createCell(extra).setCellValue(p.rowNumber());
                Sheets.text(row.createCell(extra + 1), status.apply("RowStatus." + p.status()));
                Sheets.text(row.createCell(extra + 2), p.issues().stream().map(text)
                        .collect(Collectors.joining("; ")));
            }
            book.write(out);
            book.dispose();
            audit.recordAccess("Download", null, "EXPORT", "Kết quả kiểm tra danh sách nhập " + preview.fileName()
                    + " (ket-qua-kiem-tra.xlsx): " + preview.rows().size() + " dòng");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(SXSSFWorkbook book, Sheet sheet, String[] extra) {
        Column[] columns = Column.values();
        List<String> titles = new ArrayList<>();
        for (Column c : columns) {
            titles.add(c.header());
        }
        if (extra != null) {
            titles.addAll(List.of(extra));
        }
        Sheets.boldHeader(book, sheet, titles);
        for (int c = 0; c < columns.length; c++) {
            sheet.setColumnWidth(c, (c == 4 || c == 9 || c == 2 ? 40 : 18) * 256);
        }
        if (extra != null) {
            sheet.setColumnWidth(columns.length + 2, 80 * 256);
        }
    }
}
