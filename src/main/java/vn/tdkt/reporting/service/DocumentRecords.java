package vn.tdkt.reporting.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the documents are made from. Reporting reads no other feature: the features that own
 * decisions, meetings and submissions map their data onto these records and call
 * {@link DocumentService}, so the dependency runs from them to reporting and never back.
 */
public final class DocumentRecords {

    private DocumentRecords() {
    }

    /** Party documents follow Hướng dẫn 36-HD/VPTW, state documents Decree 30/2020/NĐ-CP. */
    public enum HeadingStyle {
        PARTY, STATE
    }

    /**
     * The issuing body as printed in the heading: its lines from the governing body down (e.g.
     * "TỈNH ỦY QUẢNG TRỊ", "VĂN PHÒNG"), the place written before the date ("Quảng Trị"), and
     * the office of its head ("Chánh Văn phòng Tỉnh ủy Quảng Trị"), who confers its certificates.
     */
    public record IssuerHeading(HeadingStyle style, List<String> lines, String place, String head) {
    }

    /**
     * Who signs: the authority of the body ("Chánh Văn phòng"), the signer's own title and name.
     * When the title is not the authority (a deputy), the block reads "KT. CHÁNH VĂN PHÒNG" over
     * "PHÓ CHÁNH VĂN PHÒNG".
     */
    public record Signer(String authority, String title, String name) {
    }

    /** One line of an attached list; {@code amount} null = no money printed for it. */
    public record ListRow(Integer registerNo, String name, String positionUnit, String award, BigDecimal amount) {

        /** "Position, unit" as lists and certificates print it; either part may be missing. */
        public static String positionUnit(String position, String unit) {
            if (position == null || position.isBlank()) {
                return unit;
            }
            return unit == null || unit.isBlank() ? position : position + ", " + unit;
        }
    }

    /**
     * A decision with its attached list: collectives then individuals, each in the order
     * given. {@code articles} are the text of Điều 1, 2, 3… without their "Điều n." label.
     */
    public record DecisionDocument(IssuerHeading heading, String number, LocalDate date, String subject,
            String authority, List<String> legalBases, List<String> articles, Signer signer, List<String> copiesTo,
            String listTitle, List<ListRow> collectives, List<ListRow> individuals, BigDecimal total) {
    }

    /**
     * A certificate for one recipient. {@code title} true for an emulation title ("TẶNG DANH
     * HIỆU"), false for a form of commendation ("TẶNG"); {@code collective} true for a unit
     * (no "Đồng chí" before the name). {@code registerNo} null = not printed.
     */
    public record CertificateDocument(IssuerHeading heading, String authority, boolean title, String awardName,
            boolean collective, String recipientName, String position, String unit, String achievement,
            String decisionNumber, LocalDate decisionDate, Integer registerNo, Signer signer) {
    }

    /** A council member at the meeting, or absent ({@code present} false) with the reason in the note. */
    public record Attendee(String name, String role, boolean present, String note) {
    }

    /** An absent member's written opinion (phiếu ý kiến) on one candidate. */
    public record WrittenOpinion(String member, String candidate, String award, String opinion) {
    }

    /**
     * One candidate's result: the votes counted against all {@code members} of the council,
     * the share as printed ("88,9 %") and whether the rule's threshold was met.
     */
    public record Tally(String candidate, String award, int members, int agree, int disagree, int abstain,
            String share, boolean passed) {
    }

    /** Biên bản of a council meeting. */
    public record MinutesDocument(IssuerHeading heading, String number, LocalDate date, String subject,
            List<String> opening, List<Attendee> attendees, List<WrittenOpinion> opinions, List<Tally> tallies,
            List<String> conclusions, String closing, Signer secretary, Signer chair) {
    }

    /** Tờ trình to a higher body, with the list of those proposed. */
    public record SubmissionDocument(IssuerHeading heading, String number, LocalDate date, String subject,
            String addressee, List<String> paragraphs, String listTitle, List<ListRow> collectives,
            List<ListRow> individuals, Signer signer, List<String> copiesTo) {
    }

    /** A generated file: its name as users read it (Vietnamese), its content type and bytes. */
    public record GeneratedFile(String name, String contentType, byte[] content) {
    }
}
