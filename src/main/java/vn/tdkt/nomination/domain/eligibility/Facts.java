package vn.tdkt.nomination.domain.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.base.domain.Shared;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.conduct.domain.DisciplineForm;
import vn.tdkt.conduct.domain.ProcedureKind;
import vn.tdkt.history.domain.Rating;

/**
 * What the records say about one person or collective, gathered by a service from the
 * register, ratings, registrations, conduct records and bloc scoring. {@code asOf} is the
 * day of the evaluation (holds are judged open or closed on it). For a collective,
 * {@code ratings} are the unit's own yearly ratings and {@code members} its yearly member
 * statistics. Awards and nominations list active ones only; the nomination being
 * evaluated must not be among {@code openNominations}.
 */
@Shared
public record Facts(RecipientKind subject, LocalDate asOf, Map<Integer, Rating> ratings, List<Award> awards,
        List<Award> openNominations, List<Award> registrations, List<Initiative> initiatives,
        List<Discipline> disciplines, List<Hold> holds, Map<Integer, MemberStats> members,
        Set<Integer> blocLeaderYears, Set<Integer> blocScoredYears, Map<Integer, QuotaCounts> quota) {

    public Facts {
        ratings = Map.copyOf(ratings);
        awards = List.copyOf(awards);
        openNominations = List.copyOf(openNominations);
        registrations = List.copyOf(registrations);
        initiatives = List.copyOf(initiatives);
        disciplines = List.copyOf(disciplines);
        holds = List.copyOf(holds);
        members = Map.copyOf(members);
        blocLeaderYears = Set.copyOf(blocLeaderYears);
        blocScoredYears = Set.copyOf(blocScoredYears);
        quota = Map.copyOf(quota);
    }

    /** An award (or nomination, or registration) of an award type code for an achievement year. */
    @Shared
    public record Award(String code, int year) {
    }

    /** A recognised initiative (sáng kiến) or accepted research topic, with the level of its influence. */
    @Shared
    public record Initiative(int year, AwardLevel reach, boolean research) {
    }

    /** A disciplinary measure in effect from {@code from} to {@code to} (null: still in effect). */
    @Shared
    public record Discipline(DisciplineForm form, LocalDate from, LocalDate to) {

        boolean inEffectDuring(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && (to == null || !to.isBefore(start));
        }
    }

    /** A pending procedure opened on a day and closed on another (null: still open). */
    @Shared
    public record Hold(ProcedureKind kind, LocalDate opened, LocalDate closed) {

        boolean openOn(LocalDate day) {
            return !opened.isAfter(day) && (closed == null || closed.isAfter(day));
        }
    }

    /**
     * A collective's members in a year: how many, how many completed their tasks, how many
     * hold LĐTT (or higher), CSTĐCS (or higher), and how many were disciplined with
     * "cảnh cáo" or above.
     */
    @Shared
    public record MemberStats(int members, int completedTasks, int ldtt, int cstdcs, int disciplinedWarningOrAbove) {
    }

    /** For the HTXSNV quota: those rated at least HTTNV in the unit, those rated HTXSNV, and whether the unit is outstanding. */
    @Shared
    public record QuotaCounts(int ratedGoodOrBetter, int htxsnv, boolean outstandingUnit) {
    }

    public static Builder individual(LocalDate asOf) {
        return new Builder(RecipientKind.INDIVIDUAL, asOf);
    }

    public static Builder collective(LocalDate asOf) {
        return new Builder(RecipientKind.COLLECTIVE, asOf);
    }

    /** Collects the facts one by one; used by the gathering service and by tests. */
    public static final class Builder {
        private final RecipientKind subject;
        private final LocalDate asOf;
        private final Map<Integer, Rating> ratings = new HashMap<>();
        private final List<Award> awards = new ArrayList<>();
        private final List<Award> openNominations = new ArrayList<>();
        private final List<Award> registrations = new ArrayList<>();
        private final List<Initiative> initiatives = new ArrayList<>();
        private final List<Discipline> disciplines = new ArrayList<>();
        private final List<Hold> holds = new ArrayList<>();
        private final Map<Integer, MemberStats> members = new HashMap<>();
        private final Set<Integer> blocLeaderYears = new HashSet<>();
        private final Set<Integer> blocScoredYears = new HashSet<>();
        private final Map<Integer, QuotaCounts> quota = new HashMap<>();

        private Builder(RecipientKind subject, LocalDate asOf) {
            this.subject = subject;
            this.asOf = asOf;
        }

        public Builder rated(int year, Rating rating) {
            ratings.put(year, rating);
            return this;
        }

        public Builder awarded(String code, int... years) {
            for (int year : years) {
                awards.add(new Award(code, year));
            }
            return this;
        }

        public Builder nominated(String code, int year) {
            openNominations.add(new Award(code, year));
            return this;
        }

        public Builder registered(String code, int year) {
            registrations.add(new Award(code, year));
            return this;
        }

        public Builder initiative(int year, AwardLevel reach) {
            initiatives.add(new Initiative(year, reach, false));
            return this;
        }

        public Builder research(int year, AwardLevel reach) {
            initiatives.add(new Initiative(year, reach, true));
            return this;
        }

        public Builder disciplined(DisciplineForm form, LocalDate from, LocalDate to) {
            disciplines.add(new Discipline(form, from, to));
            return this;
        }

        public Builder held(ProcedureKind kind, LocalDate opened, LocalDate closed) {
            holds.add(new Hold(kind, opened, closed));
            return this;
        }

        public Builder members(int year, MemberStats stats) {
            members.put(year, stats);
            return this;
        }

        public Builder blocScored(int year, boolean leader) {
            blocScoredYears.add(year);
            if (leader) {
                blocLeaderYears.add(year);
            }
            return this;
        }

        public Builder quota(int year, QuotaCounts counts) {
            quota.put(year, counts);
            return this;
        }

        public Facts build() {
            return new Facts(subject, asOf, ratings, awards, openNominations, registrations, initiatives, disciplines,
                    holds, members, blocLeaderYears, blocScoredYears, quota);
        }
    }
}
