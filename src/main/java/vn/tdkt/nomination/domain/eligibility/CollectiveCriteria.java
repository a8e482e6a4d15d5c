package vn.tdkt.nomination.domain.eligibility;

import java.util.List;
import vn.tdkt.history.domain.Rating;

/** The criteria about a collective: its own rating, its members and its bloc. */
final class CollectiveCriteria {

    private CollectiveCriteria() {
    }

    static Check unitRatingGood(Case c) {
        Rating r = c.rating(c.year);
        if (r == null) {
            return c.manual(Criterion.UNIT_RATING_GOOD, "unitRating.missing", c.year);
        }
        return Case.atLeastGood(r) ? c.passed(Criterion.UNIT_RATING_GOOD, "unitRating.passed", r, c.year)
                : c.failed(Criterion.UNIT_RATING_GOOD, "unitRating.failed", r, c.year);
    }

    static Check unitRatingExcellent(Case c) {
        Rating r = c.rating(c.year);
        if (r == null) {
            return c.manual(Criterion.UNIT_RATING_EXCELLENT, "unitRating.missing", c.year);
        }
        return r == Rating.HTXSNV ? c.passed(Criterion.UNIT_RATING_EXCELLENT, "unitRating.passed", r, c.year)
                : c.failed(Criterion.UNIT_RATING_EXCELLENT, "unitRating.notExcellent", r, c.year);
    }

    static Check memberShare(Case c) {
        Facts.MemberStats m = c.facts.members().get(c.year);
        if (m == null) {
            return c.manual(Criterion.MEMBER_SHARE_LDTT, "members.missing", c.year);
        }
        int min = c.version.minSharePercent() == null ? 70 : c.version.minSharePercent();
        boolean exclusive = c.version.minShareExclusive();
        long scaled = m.ldtt() * 100L;
        long needed = (long) min * m.members();
        boolean ok = m.members() > 0 && (exclusive ? scaled > needed : scaled >= needed);
        String share = m.members() == 0 ? "0" : Case.percent(m.ldtt(), m.members());
        String key = exclusive ? "memberShare.over" : "memberShare.atLeast";
        return ok ? c.passed(Criterion.MEMBER_SHARE_LDTT, key + ".passed", m.ldtt(), m.members(), share, min)
                : c.failed(Criterion.MEMBER_SHARE_LDTT, key + ".failed", m.ldtt(), m.members(), share, min);
    }

    static Check allComplete(Case c) {
        Facts.MemberStats m = c.facts.members().get(c.year);
        if (m == null) {
            return c.manual(Criterion.ALL_MEMBERS_COMPLETE, "members.missing", c.year);
        }
        return m.completedTasks() >= m.members() && m.members() > 0
                ? c.passed(Criterion.ALL_MEMBERS_COMPLETE, "allComplete.passed", m.members(), c.year)
                : c.failed(Criterion.ALL_MEMBERS_COMPLETE, "allComplete.failed", m.completedTasks(), m.members(),
                        c.year);
    }

    static Check hasCstdcs(Case c) {
        Facts.MemberStats m = c.facts.members().get(c.year);
        if (m == null) {
            return c.manual(Criterion.HAS_CSTDCS_MEMBER, "members.missing", c.year);
        }
        return m.cstdcs() >= 1 ? c.passed(Criterion.HAS_CSTDCS_MEMBER, "hasCstdcs.passed", m.cstdcs(), c.year)
                : c.failed(Criterion.HAS_CSTDCS_MEMBER, "hasCstdcs.failed", c.year);
    }

    static Check noDisciplinedMember(Case c) {
        Facts.MemberStats m = c.facts.members().get(c.year);
        if (m == null) {
            return c.manual(Criterion.NO_DISCIPLINED_MEMBER, "members.missing", c.year);
        }
        return m.disciplinedWarningOrAbove() == 0
                ? c.passed(Criterion.NO_DISCIPLINED_MEMBER, "memberDiscipline.passed", c.year)
                : c.failed(Criterion.NO_DISCIPLINED_MEMBER, "memberDiscipline.failed",
                        m.disciplinedWarningOrAbove(), c.year);
    }

    static Check blocLeader(Case c) {
        if (c.facts.blocLeaderYears().contains(c.year)) {
            return c.passed(Criterion.BLOC_LEADER, "bloc.leader", c.year);
        }
        return c.facts.blocScoredYears().contains(c.year) ? c.failed(Criterion.BLOC_LEADER, "bloc.notLeader", c.year)
                : c.manual(Criterion.BLOC_LEADER, "bloc.noScoring", c.year);
    }

    static Check bkCollective(Case c) {
        List<Integer> window = c.window(c.version.streak(2));
        List<Integer> missing = window.stream()
                .filter(y -> c.rating(y) != Rating.HTXSNV && !c.holds("TTLDXS", y)).toList();
        return missing.isEmpty() ? c.passed(Criterion.BK_COLLECTIVE_MERIT, "bkCollective.passed", Case.years(window))
                : c.failed(Criterion.BK_COLLECTIVE_MERIT, "bkCollective.failed", window.size(), Case.years(missing));
    }
}
