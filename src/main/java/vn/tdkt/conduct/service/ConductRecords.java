package vn.tdkt.conduct.service;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.conduct.domain.DisciplineForm;
import vn.tdkt.conduct.domain.InitiativeKind;
import vn.tdkt.conduct.domain.InitiativeLevel;
import vn.tdkt.conduct.domain.ProcedureKind;

/** What {@link ConductService} reads and takes: one record per row, also the form data (id null = new). */
public final class ConductRecords {

    private ConductRecords() {
    }

    /** Kỷ luật; {@code effectiveTo} null when the decision names no end. */
    public record DisciplineRecord(Long id, long version, Long personId, DisciplineForm form, String decisionNumber,
            LocalDate decisionDate, LocalDate effectiveFrom, LocalDate effectiveTo, String reason) {

        public boolean inEffectOn(LocalDate day) {
            return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
        }
    }

    /** Đang xem xét kỷ luật, thanh tra …; open while {@code closedOn} is null. */
    public record ProcedureRecord(Long id, long version, Long personId, ProcedureKind kind, LocalDate openedOn,
            LocalDate closedOn, String note) {

        public boolean open() {
            return closedOn == null;
        }
    }

    /** Sáng kiến or đề tài, recognised at {@code level} on {@code recognisedOn}. */
    public record InitiativeRecord(Long id, long version, Long personId, InitiativeKind kind, String title,
            InitiativeLevel level, LocalDate recognisedOn, String documentNumber, String note) {
    }

    /** What the calling user may do with one person's records. */
    public record ConductRights(boolean read, boolean writeDiscipline, boolean writeInitiatives) {
    }

    /** One person's page: who, what the caller may do, and the three lists newest first. */
    public record PersonConduct(Long personId, String fullName, String unitName, ConductRights rights,
            List<InitiativeRecord> initiatives, List<DisciplineRecord> disciplines,
            List<ProcedureRecord> procedures) {
    }
}
