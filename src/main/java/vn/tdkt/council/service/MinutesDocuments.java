package vn.tdkt.council.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.Formats;
import vn.tdkt.council.service.BallotRecords.BallotResult;
import vn.tdkt.council.service.BallotRecords.CandidateResult;
import vn.tdkt.council.service.MeetingRecords.AttendanceRecord;
import vn.tdkt.council.service.MeetingRecords.ConclusionRecord;
import vn.tdkt.council.service.MeetingRecords.OpinionRecord;
import vn.tdkt.council.service.MinutesService.MinutesRecord;
import vn.tdkt.reporting.service.DocumentRecords.Attendee;
import vn.tdkt.reporting.service.DocumentRecords.GeneratedFile;
import vn.tdkt.reporting.service.DocumentRecords.MinutesDocument;
import vn.tdkt.reporting.service.DocumentRecords.Signer;
import vn.tdkt.reporting.service.DocumentRecords.Tally;
import vn.tdkt.reporting.service.DocumentRecords.WrittenOpinion;
import vn.tdkt.reporting.service.DocumentService;
import vn.tdkt.reporting.service.DownloadAudit;
import vn.tdkt.reporting.service.FileNames;
import vn.tdkt.reporting.service.IssuerHeadings;

/**
 * The minutes (biên bản) of a council meeting as Word to edit and PDF to sign: the same content
 * as the minutes on screen. Only locked ballots are tallied; a meeting not yet closed prints as
 * a draft. Like every official document of the office it is in Vietnamese whatever the user's
 * language. How each member voted is not in it: nothing stored knows.
 */
@Service
public class MinutesDocuments {

    private final MinutesService minutes;
    private final IssuerHeadings headings;
    private final DocumentService documents;
    private final DownloadAudit downloads;

    MinutesDocuments(MinutesService minutes, IssuerHeadings headings, DocumentService documents,
            DownloadAudit downloads) {
        this.downloads = downloads;
        this.minutes = minutes;
        this.headings = headings;
        this.documents = documents;
    }

    @Access.Council
    public GeneratedFile docx(Long meetingId) {
        MinutesDocument m = document(meetingId);
        return downloads.handOut(new GeneratedFile(fileName(m, ".docx"), DocumentService.DOCX,
                documents.minutesDocx(m)));
    }

    @Access.Council
    public GeneratedFile pdf(Long meetingId) {
        MinutesDocument m = document(meetingId);
        return downloads.handOut(new GeneratedFile(fileName(m, ".pdf"), DocumentService.PDF, documents.minutesPdf(m)));
    }

    @Access.Council
    public MinutesDocument document(Long meetingId) {
        MinutesRecord m = minutes.minutes(meetingId);
        List<String> opening = new ArrayList<>();
        opening.add("Ngày " + Formats.date(m.date()) + (m.place() == null || m.place().isBlank() ? ""
                : ", tại " + m.place()) + ", " + m.councilName() + " họp xét: " + m.roundName() + ".");
        opening.add("Chủ trì: đồng chí " + orBlank(m.chair()) + "; thư ký: đồng chí " + orBlank(m.secretary())
                + ". Số thành viên có mặt: " + m.presentCount() + "/" + m.memberCount() + " (quy định "
                + m.quorumRule() + ": " + (m.quorum() ? "đủ" : "không đủ") + " điều kiện tiến hành).");
        if (!m.finalText()) {
            opening.add("(Dự thảo: phiên họp chưa kết thúc.)");
        }
        List<Attendee> attendees = new ArrayList<>();
        m.present().forEach(a -> attendees.add(attendee(a, true)));
        m.absent().forEach(a -> attendees.add(attendee(a, false)));
        Map<Long, String> awardOf = new HashMap<>();
        m.ballots().forEach(b -> b.candidates().forEach(c -> awardOf.put(c.nominationId(), b.awardName())));
        m.conclusions().forEach(c -> awardOf.putIfAbsent(c.nominationId(), c.awardName()));
        List<WrittenOpinion> opinions = new ArrayList<>();
        for (OpinionRecord o : m.opinions()) {
            opinions.add(new WrittenOpinion(o.memberName(), o.recipientName(),
                    awardOf.getOrDefault(o.nominationId(), ""), o.agree() ? "Đồng ý" : "Không đồng ý"));
        }
        List<Tally> tallies = new ArrayList<>();
        List<String> conclusions = new ArrayList<>();
        for (BallotResult b : m.ballots()) {
            if (!b.locked()) {
                continue;
            }
            for (CandidateResult c : b.candidates()) {
                int agree = c.agree() + c.opinionsAgree();
                tallies.add(new Tally(c.recipientName(), b.awardName() + (b.votingRound() > 1 ? " (vòng "
                        + b.votingRound() + ")" : ""), c.base(), agree, c.disagree() + c.opinionsDisagree(),
                        c.abstain(), share(agree, c.base()), Boolean.TRUE.equals(c.passed())));
                conclusions.add(c.recipientName() + " — " + b.awardName() + ": " + (Boolean.TRUE.equals(c.passed())
                        ? "đạt" : "không đạt") + " tỷ lệ phiếu đồng ý theo quy định.");
            }
        }
        for (ConclusionRecord c : m.conclusions()) {
            conclusions.add(c.recipientName() + " — " + c.awardName() + ": Hội đồng " + (c.passed() ? "thông qua"
                    : "không thông qua") + (c.note() == null || c.note().isBlank() ? "." : " (" + c.note() + ")."));
        }
        return new MinutesDocument(headings.of(m.officeUnitId()), null, m.date(),
                "Phiên họp " + m.councilName() + " xét " + lowerFirst(m.roundName()), opening, attendees, opinions,
                tallies, conclusions, m.conclusion(), new Signer(null, "Thư ký", m.secretary()),
                new Signer(null, "Chủ tọa", m.chair()));
    }

    private static Attendee attendee(AttendanceRecord a, boolean present) {
        return new Attendee(a.fullName(), AuditText.label(a.role()), present, "");
    }

    /** The share of agreeing votes among all members, as printed: "88,9 %". */
    static String share(int agree, int members) {
        if (members == 0) {
            return "—";
        }
        return BigDecimal.valueOf(agree * 100L).divide(BigDecimal.valueOf(members), 1, RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',') + " %";
    }

    private static String fileName(MinutesDocument m, String ext) {
        return FileNames.readable("Biên bản họp Hội đồng " + Formats.date(m.date()).replace('/', '-') + ext);
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String orBlank(String s) {
        return s == null ? "…" : s;
    }
}
