package vn.tdkt.decision.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * Tờ trình: this office's numbered submission asking a higher body to decide awards, with the
 * list of those it proposes. Kept as a record (the document is printed from it); never changed
 * once issued.
 */
@Entity
@Table(name = "dc_submission")
public class Submission extends AbstractEntity {

    @Column(name = "issuer_unit_id", nullable = false)
    private Long issuerUnitId;

    @Column(name = "doc_number", nullable = false, length = 60)
    private String docNumber;

    @Column(name = "number_ident", nullable = false, length = 80)
    private String numberIdent;

    @Column(name = "number_period", nullable = false, length = 24)
    private String numberPeriod;

    @Column(name = "submission_date", nullable = false)
    private LocalDate submissionDate;

    @Column(nullable = false, length = 255)
    private String addressee;

    @Column(name = "addressee_unit_id")
    private Long addresseeUnitId;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(length = 2000)
    private String reason;

    @Column(name = "signer_name", length = 150)
    private String signerName;

    @Column(name = "signer_title", length = 255)
    private String signerTitle;

    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "year_from", nullable = false)
    private int yearFrom;

    @Column(name = "year_to", nullable = false)
    private int yearTo;

    @ElementCollection
    @CollectionTable(name = "dc_submission_line", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "line_no")
    private List<SubmissionLine> lines = new ArrayList<>();

    protected Submission() {
    }

    public Submission(Long issuerUnitId, DocumentNumber number, String period, LocalDate date) {
        this.issuerUnitId = issuerUnitId;
        this.docNumber = number.printed();
        this.numberIdent = number.identity();
        this.numberPeriod = period;
        this.submissionDate = date;
    }

    public void setContent(String addressee, Long addresseeUnitId, String subject, String reason, String signerName,
            String signerTitle, Long roundId, int yearFrom, int yearTo) {
        this.addressee = addressee;
        this.addresseeUnitId = addresseeUnitId;
        this.subject = subject;
        this.reason = reason;
        this.signerName = signerName;
        this.signerTitle = signerTitle;
        this.roundId = roundId;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
    }

    public void setLines(List<SubmissionLine> lines) {
        this.lines.clear();
        this.lines.addAll(lines);
    }

    public List<SubmissionLine> getLines() {
        return List.copyOf(lines);
    }

    public Long getIssuerUnitId() {
        return issuerUnitId;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getNumberIdent() {
        return numberIdent;
    }

    public String getNumberPeriod() {
        return numberPeriod;
    }

    public LocalDate getSubmissionDate() {
        return submissionDate;
    }

    public String getAddressee() {
        return addressee;
    }

    public Long getAddresseeUnitId() {
        return addresseeUnitId;
    }

    public String getSubject() {
        return subject;
    }

    public String getReason() {
        return reason;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public Long getRoundId() {
        return roundId;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public int getYearTo() {
        return yearTo;
    }
}
