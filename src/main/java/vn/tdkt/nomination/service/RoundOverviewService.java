package vn.tdkt.nomination.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.Sheets;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.nomination.domain.AwardRoundRepository;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.service.NominationService.NominationRow;

/**
 * The round at a glance: per unit how many nominations are in each status, per award type how
 * many were proposed and accepted; and the candidate list as the usual xlsx (tập thể then cá
 * nhân, by award, organisation order, rank).
 */
@Service
@Transactional(readOnly = true)
public class RoundOverviewService {

    private final NominationService nominations;
    private final AwardRoundRepository rounds;
    private final AuditService audit;

    public RoundOverviewService(NominationService nominations, AwardRoundRepository rounds, AuditService audit) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.audit = audit;
    }

    public record UnitLine(Long unitId, String unitName, Map<NominationStatus, Integer> counts) {

        public int count(NominationStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }

    public record AwardLine(Long awardTypeId, String awardName, int proposed, int accepted) {
    }

    public record Overview(List<UnitLine> units, List<AwardLine> awards) {
    }

    /** What the user may see of the round, counted (an officer: their own unit). */
    @Access.CouncilOrUnitOfficer
    public Overview overview(Long roundId) {
        List<NominationRow> rows = nominations.listOrder(nominations.list(roundId, null));
        Map<Long, UnitLine> byUnit = new LinkedHashMap<>();
        Map<Long, int[]> byAward = new LinkedHashMap<>();
        Map<Long, String> awardNames = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparingInt(NominationRow::awardPrecedence)).forEach(r -> {
            byUnit.computeIfAbsent(r.unitId(), u -> new UnitLine(u, r.unitName(),
                    new EnumMap<>(NominationStatus.class))).counts().merge(r.status(), 1, Integer::sum);
            int[] c = byAward.computeIfAbsent(r.awardTypeId(), a -> new int[2]);
            awardNames.put(r.awardTypeId(), r.awardName());
            if (r.status() != NominationStatus.DRAFT) {
                c[0]++;
            }
            if (r.status() == NominationStatus.ACCEPTED) {
                c[1]++;
            }
        });
        List<AwardLine> awards = new ArrayList<>();
        byAward.forEach((id, c) -> awards.add(new AwardLine(id, awardNames.get(id), c[0], c[1])));
        return new Overview(List.copyOf(byUnit.values()), awards);
    }

    /** The candidate list in the layout offices send to the council. */
    @Access.Authenticated
    public byte[] candidateSheet(Long roundId) {
        List<NominationRow> rows = nominations.candidates(roundId);
        String roundName = rounds.findById(roundId).orElseThrow().getName();
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Danh sách đề nghị");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle title = book.createCellStyle();
            title.cloneStyleFrom(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            int r = 0;
            r = merged(sheet, r, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", title);
            r = merged(sheet, r, roundName, title);
            r++;
            Row head = sheet.createRow(r++);
            String[] columns = {"STT", "Tên tập thể / Họ và tên", "Đơn vị", "Tóm tắt thành tích"};
            for (int c = 0; c < columns.length; c++) {
                cell(head, c, columns[c], bold);
            }
            String[] kinds = {"A. TẬP THỂ", "B. CÁ NHÂN"};
            for (RecipientKind kind : List.of(RecipientKind.COLLECTIVE, RecipientKind.INDIVIDUAL)) {
                List<NominationRow> part = rows.stream().filter(x -> x.kind() == kind).toList();
                if (part.isEmpty()) {
                    continue;
                }
                cell(sheet.createRow(r++), 0, kinds[kind == RecipientKind.COLLECTIVE ? 0 : 1], bold);
                Long award = null;
                int roman = 0;
                int n = 0;
                for (NominationRow x : part) {
                    if (!x.awardTypeId().equals(award)) {
                        award = x.awardTypeId();
                        cell(sheet.createRow(r++), 0, roman(++roman) + ". " + x.awardName(), bold);
                        n = 0;
                    }
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(++n);
                    Sheets.text(row.createCell(1), x.recipientName());
                    Sheets.text(row.createCell(2), x.unitName());
                    Sheets.text(row.createCell(3), x.summary() == null ? "" : x.summary());
                }
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 34 * 256);
            sheet.setColumnWidth(2, 40 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            book.write(out);
            audit.recordAccess("Download", null, "EXPORT", "Danh sách đề nghị khen thưởng (đợt #" + roundId + " "
                    + roundName + "): " + rows.size() + " dòng");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int merged(Sheet sheet, int r, String text, CellStyle style) {
        cell(sheet.createRow(r), 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
        return r + 1;
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        Sheets.text(cell, text);
    }

    private static String roman(int n) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return n <= r.length ? r[n - 1] : String.valueOf(n);
    }
}
