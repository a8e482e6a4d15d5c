package vn.tdkt.conduct.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tdkt.conduct.domain.DisciplineForm;
import vn.tdkt.conduct.domain.InitiativeKind;
import vn.tdkt.conduct.domain.InitiativeLevel;
import vn.tdkt.conduct.domain.ProcedureKind;

/**
 * The conduct records of many people as plain facts, for the eligibility rules: "disciplined at
 * cảnh cáo or above while year Y ran", "a procedure held open on day D", "initiatives recognised
 * in year Y at level L or higher". Every person asked for has an entry, empty when they have no
 * record.
 */
public record ConductFacts(Map<Long, PersonFacts> byPerson) {

    public ConductFacts {
        byPerson = Map.copyOf(byPerson);
    }

    public PersonFacts of(Long personId) {
        return byPerson.getOrDefault(personId, PersonFacts.NONE);
    }

    /** {@code effectiveTo} null: in effect without an end (e.g. khai trừ). */
    public record DisciplineFact(DisciplineForm form, LocalDate decisionDate, LocalDate effectiveFrom,
            LocalDate effectiveTo) {

        public boolean inEffectOn(LocalDate day) {
            return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
        }

        /** In effect on at least one day of the calendar (= emulation) year. */
        public boolean inEffectDuring(int year) {
            return !effectiveFrom.isAfter(LocalDate.of(year, 12, 31))
                    && (effectiveTo == null || !effectiveTo.isBefore(LocalDate.of(year, 1, 1)));
        }
    }

    /** {@code closedOn} null: still pending. A procedure closed on day D no longer holds on D. */
    public record ProcedureFact(ProcedureKind kind, LocalDate openedOn, LocalDate closedOn) {

        public boolean openOn(LocalDate day) {
            return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
        }
    }

    public record InitiativeFact(InitiativeKind kind, InitiativeLevel level, LocalDate recognisedOn) {

        public int year() {
            return recognisedOn.getYear();
        }
    }

    public record PersonFacts(List<DisciplineFact> disciplines, List<ProcedureFact> procedures,
            List<InitiativeFact> initiatives) {

        static final PersonFacts NONE = new PersonFacts(List.of(), List.of(), List.of());

        public PersonFacts {
            disciplines = List.copyOf(disciplines);
            procedures = List.copyOf(procedures);
            initiatives = List.copyOf(initiatives);
        }

        /** A discipline of {@code atLeast} or a heavier form was in effect during {@code year}. */
        public boolean disciplinedDuring(int year, DisciplineForm atLeast) {
            return disciplines.stream().anyMatch(d -> d.form().atLeast(atLeast) && d.inEffectDuring(year));
        }

        /** Any discipline in effect on {@code day}. */
        public boolean disciplinedOn(LocalDate day) {
            return disciplines.stream().anyMatch(d -> d.inEffectOn(day));
        }

        /** A pending procedure holds any proposal made on {@code day}. */
        public boolean heldOn(LocalDate day) {
            return procedures.stream().anyMatch(p -> p.openOn(day));
        }

        /** Initiatives and research topics recognised in {@code year} at {@code atLeast} or higher. */
        public long initiativesIn(int year, InitiativeLevel atLeast) {
            return initiativesBetween(year, year, atLeast, null);
        }

        /** The same over the years {@code from}–{@code to}; {@code kind} null counts both kinds. */
        public long initiativesBetween(int from, int to, InitiativeLevel atLeast, InitiativeKind kind) {
            return initiatives.stream()
                    .filter(i -> i.year() >= from && i.year() <= to && i.level().atLeast(atLeast))
                    .filter(i -> kind == null || i.kind() == kind)
                    .count();
        }
    }
}
