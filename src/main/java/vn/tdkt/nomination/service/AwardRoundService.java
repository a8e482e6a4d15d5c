package vn.tdkt.nomination.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Entities;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.nomination.domain.AwardRound;
import vn.tdkt.nomination.domain.AwardRoundRepository;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.RoundKind;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.organization.domain.UnitStatus;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/**
 * Đợt xét khen thưởng. The secretary opens a round and leads it through its lifecycle; all
 * staff read rounds (unit officers propose in them), a viewer only once the list is public.
 */
@Service
@Transactional(readOnly = true)
public class AwardRoundService {

    static final String ENTITY = "AwardRound";
    private static final int FIRST_YEAR = 1945;

    private final AwardRoundRepository rounds;
    private final UnitService units;
    private final AwardTypeService awardTypes;
    private final MovementService movements;
    private final ObjectProvider<RoundContents> contents;
    private final AuditService audit;
    private final Clock clock;

    public AwardRoundService(AwardRoundRepository rounds, UnitService units, AwardTypeService awardTypes,
            MovementService movements, ObjectProvider<RoundContents> contents, AuditService audit, Clock clock) {
        this.rounds = rounds;
        this.units = units;
        this.awardTypes = awardTypes;
        this.movements = movements;
        this.contents = contents;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code year} 0 = any achievement year; an empty status set = any status the user may see. */
    public record RoundFilter(String text, Set<RoundStatus> statuses, int year) {
    }

    public record RoundRow(Long id, String name, RoundKind kind, RoundStatus status, int yearFrom, int yearTo,
            String office, LocalDate submissionDeadline, LocalDate reviewDeadline, LocalDate publicationFrom,
            LocalDate publicationTo) {

        /** The date the round's current stage must be finished by; null once the list has gone to the council. */
        public LocalDate stageDeadline() {
            return switch (status) {
                case OPEN -> submissionDeadline;
                case REVIEWING -> reviewDeadline;
                case PUBLISHED -> publicationTo;
                default -> null;
            };
        }
    }

    public record TransitionRecord(RoundStatus from, RoundStatus to, Instant at, String by, String note) {
    }

    public record RoundDetails(Long id, long version, String name, RoundKind kind, RoundStatus status, int yearFrom,
            int yearTo, Long movementId, String movement, DecidingBody decidingBody, Long higherBodyUnitId,
            String higherBody, Long officeUnitId, String office, List<UnitOption> scope,
            List<AwardTypeRecord> awards, LocalDate submissionDeadline, LocalDate reviewDeadline,
            LocalDate publicationFrom, LocalDate publicationTo, List<TransitionRecord> transitions,
            Set<RoundStatus> next) {

        /** Everything may change while dossiers are received. */
        public boolean editable() {
            return status == RoundStatus.OPEN;
        }

        /** Deadlines and the public period may still move until the decision. */
        public boolean datesEditable() {
            return !status.isFinished();
        }

        /** Only a round still receiving may be deleted (and only while nothing is in it). */
        public boolean deletable() {
            return status == RoundStatus.OPEN;
        }
    }

    /** Form data. An empty scope means the office's sub-units. */
    public record RoundForm(Long id, long version, String name, RoundKind kind, Integer yearFrom, Integer yearTo,
            Long movementId, DecidingBody decidingBody, Long higherBodyUnitId, Long officeUnitId,
            Set<Long> scopeUnitIds, Set<Long> awardTypeIds, LocalDate submissionDeadline, LocalDate reviewDeadline,
            LocalDate publicationFrom, LocalDate publicationTo) {
    }

    /** A round a unit may propose in: what the nomination form offers. */
    public record OpenRound(Long id, String name, RoundKind kind, int yearFrom, int yearTo,
            LocalDate submissionDeadline, Set<Long> awardTypeIds) {
    }

    @Access.Authenticated
    public List<RoundRow> page(RoundFilter filter, int offset, int limit) {
        Set<RoundStatus> statuses = visible(filter);
        if (statuses.isEmpty()) {
            return List.of();
        }
        int size = Math.max(limit, 1);
        List<AwardRound> rows = rounds.search(VietnameseText.fold(filter.text()), statuses, filter.year(),
                PageRequest.of(offset / size, size, Sort.by(Sort.Direction.DESC, "yearTo")
                        .and(Sort.by(Sort.Direction.DESC, "submissionDeadline")).and(Sort.by("name"))));
        Map<Long, String> offices = units.fullNames(rows.stream().map(AwardRound::getOfficeUnitId)
                .collect(Collectors.toSet()));
        return rows.stream().map(r -> new RoundRow(r.getId(), r.getName(), r.getKind(), r.getStatus(),
                r.getYearFrom(), r.getYearTo(), offices.get(r.getOfficeUnitId()), r.getSubmissionDeadline(),
                r.getReviewDeadline(), r.getPublicationFrom(), r.getPublicationTo())).toList();
    }

    @Access.Authenticated
    public long count(RoundFilter filter) {
        Set<RoundStatus> statuses = visible(filter);
        return statuses.isEmpty() ? 0
                : rounds.countSearch(VietnameseText.fold(filter.text()), statuses, filter.year());
    }

    @Access.Authenticated
    public RoundDetails get(Long id) {
        AwardRound r = load(id);
        if (!seesAll() && !r.getStatus().isPublic()) {
            // A viewer learns of a round when its list is published, not before.
            throw new BusinessException("error.notFound");
        }
        List<AwardTypeRecord> awards = r.getAwardTypeIds().stream().map(awardTypes::get)
                .sorted(Comparator.comparingInt(AwardTypeRecord::precedence)).toList();
        List<TransitionRecord> transitions = r.getTransitions().stream()
                .map(t -> new TransitionRecord(t.getFromStatus(), t.getToStatus(), t.getHappenedAt(),
                        t.getCreatedBy(), t.getNote()))
                .toList();
        return new RoundDetails(r.getId(), r.getVersion(), r.getName(), r.getKind(), r.getStatus(), r.getYearFrom(),
                r.getYearTo(), r.getMovementId(),
                r.getMovementId() == null ? null : movements.get(r.getMovementId()).name(), r.getDecidingBody(),
                r.getHigherBodyUnitId(),
                r.getHigherBodyUnitId() == null ? null : units.option(r.getHigherBodyUnitId()).fullName(),
                r.getOfficeUnitId(), units.option(r.getOfficeUnitId()).fullName(),
                units.subtree(r.getScopeUnitIds()).stream().filter(u -> r.getScopeUnitIds().contains(u.id()))
                        .toList(),
                awards, r.getSubmissionDeadline(), r.getReviewDeadline(), r.getPublicationFrom(),
                r.getPublicationTo(), transitions, r.getStatus().next());
    }

    /** The units that may propose when a round names none: the office's own sub-units (or the office itself). */
    @Access.Authenticated
    public List<UnitOption> defaultScope(Long officeUnitId) {
        List<UnitOption> children = units.children(Checks.required(officeUnitId, "office"), "").stream()
                .map(c -> units.option(c.id())).filter(u -> u.status() == UnitStatus.ACTIVE).toList();
        return children.isEmpty() ? List.of(units.option(officeUnitId)) : children;
    }

    /**
     * Opens a round (id null) or edits one. While dossiers are received everything may change;
     * later only the deadlines and the public period; after the decision nothing.
     */
    @Access.Secretary
    @Transactional
    public RoundDetails save(RoundForm form) {
        String name = Checks.maxLength(Checks.required(VietnameseText.clean(form.name()), "name"), 255, "name");
        RoundKind kind = Checks.required(form.kind(), "roundKind");
        Long office = Checks.required(form.officeUnitId(), "office");
        units.option(office);
        int[] years = years(form, kind);
        Long movementId = movement(form, kind, years);
        DecidingBody body = Checks.required(form.decidingBody(), "decidingBody");
        Long higher = higherBody(form, body, office);
        Set<Long> awards = awards(form);
        Set<Long> scope = scope(form, office);
        LocalDate[] dates = dates(form);

        AwardRound r;
        ChangeSet content = new ChangeSet();
        ChangeSet changes = new ChangeSet();
        if (form.id() == null) {
            r = new AwardRound(name, kind, office);
        } else {
            r = Entities.forChange(load(form.id()), form.version());
            if (r.getStatus().isFinished()) {
                throw new BusinessException("error.round.finished");
            }
            content.field("name", r.getName(), name).field("kind", r.getKind(), kind)
                    .field("years", r.getYearFrom() + "–" + r.getYearTo(), years[0] + "–" + years[1])
                    .field("movement", movementName(r.getMovementId()), movementName(movementId))
                    .field("decidingBody", AuditText.of(r.getDecidingBody()) + unitSuffix(r.getHigherBodyUnitId()),
                            AuditText.of(body) + unitSuffix(higher))
                    .field("office", unitNames(Set.of(r.getOfficeUnitId())), unitNames(Set.of(office)))
                    .field("awards", awardNames(r.getAwardTypeIds()), awardNames(awards));
            boolean scopeGiven = form.scopeUnitIds() != null && !form.scopeUnitIds().isEmpty();
            if (scopeGiven || r.getStatus() == RoundStatus.OPEN) {
                content.field("scope", unitNames(r.getScopeUnitIds()), unitNames(scope));
            } else {
                scope = r.getScopeUnitIds();
            }
            if (r.getStatus() != RoundStatus.OPEN && !content.isEmpty()) {
                throw new BusinessException("error.round.onlyDates");
            }
            changes.field("submissionDeadline", r.getSubmissionDeadline(), dates[0])
                    .field("reviewDeadline", r.getReviewDeadline(), dates[1])
                    .field("publication", AuditText.period(r.getPublicationFrom(), r.getPublicationTo()),
                            AuditText.period(dates[2], dates[3]));
            r.setName(name);
            r.setKind(kind);
            r.setOfficeUnitId(office);
        }
        r.setYears(years[0], years[1]);
        r.setMovementId(movementId);
        r.setDecidingBody(body, higher);
        r.setAwardTypeIds(awards);
        r.setScopeUnitIds(scope);
        r.setDates(dates[0], dates[1], dates[2], dates[3]);
        rounds.saveAndFlush(r);
        audit.record(ENTITY, r.getId(), form.id() == null ? "CREATE" : "UPDATE", form.id() == null ? name
                : join(content, changes));
        return get(r.getId());
    }

    /**
     * Moves a round one step. Publishing needs the public period; the council receives the list
     * only after that period is over; reopening needs the submission deadline still ahead and a reason.
     */
    @Access.Secretary
    @Transactional
    public RoundDetails step(Long id, long version, RoundStatus to, String note) {
        AwardRound r = Entities.forChange(load(id), version);
        RoundStatus from = r.getStatus();
        if (!from.next().contains(Checks.required(to, "status"))) {
            throw new BusinessException("error.round.step", from, to);
        }
        String text = Checks.maxLength(VietnameseText.clean(note), 1000, "note");
        LocalDate today = LocalDate.now(clock);
        contents.orderedStream().forEach(c -> c.checkStep(id, to));
        switch (to) {
            case OPEN -> {
                if (text == null || text.isBlank()) {
                    throw BusinessException.onField("note", "error.round.reopenReason");
                }
                if (today.isAfter(r.getSubmissionDeadline())) {
                    throw BusinessException.onField("submissionDeadline", "error.round.reopenAfterDeadline",
                            r.getSubmissionDeadline());
                }
            }
            case PUBLISHED -> {
                if (r.getPublicationFrom() == null || r.getPublicationTo() == null) {
                    throw BusinessException.onField("publicationFrom", "error.round.publicationMissing");
                }
            }
            case AT_COUNCIL -> {
                if (!today.isAfter(r.getPublicationTo())) {
                    throw BusinessException.onField("publicationTo", "error.round.publicationNotOver",
                            r.getPublicationTo());
                }
            }
            default -> {
                // Reviewing, deciding and closing need nothing more of the round itself.
            }
        }
        r.moveTo(to, clock.instant(), text);
        rounds.saveAndFlush(r);
        audit.record(ENTITY, id, "STATUS", AuditText.of(from) + " → " + AuditText.of(to)
                + (text == null || text.isBlank() ? "" : ": " + text));
        return get(id);
    }

    /** Deletes a round opened by mistake: only while receiving and with nothing in it. */
    @Access.Secretary
    @Transactional
    public void delete(Long id, long version) {
        AwardRound r = Entities.forChange(load(id), version);
        if (r.getStatus() != RoundStatus.OPEN) {
            throw new BusinessException("error.round.deleteNotOpen");
        }
        long inside = contents.orderedStream().mapToLong(c -> c.countIn(id)).sum();
        if (inside > 0) {
            throw new BusinessException("error.round.notEmpty", inside);
        }
        rounds.delete(r);
        rounds.flush();
        audit.record(ENTITY, id, "DELETE", r.getName());
    }

    /**
     * The rounds {@code unitId} may propose in on {@code date}: open, the submission deadline
     * not passed, the unit within the scope. A unit officer asks for their own unit only.
     */
    @Access.UnitOfficer
    public List<OpenRound> openForUnit(Long unitId, LocalDate date) {
        Checks.required(unitId, "unit");
        Checks.required(date, "date");
        if (!CurrentUser.organiser()) {
            Long own = CurrentUser.unitId().orElse(null);
            if (own == null || !units.isWithin(unitId, own)) {
                throw new AccessDeniedException("A unit officer proposes only for their own unit");
            }
        }
        String path = units.pathOf(unitId);
        List<AwardRound> receiving = rounds.receiving(RoundStatus.OPEN, date);
        if (receiving.isEmpty()) {
            return List.of();
        }
        Map<Long, String> paths = new HashMap<>();
        receiving.forEach(r -> r.getScopeUnitIds().forEach(u -> paths.computeIfAbsent(u, units::pathOf)));
        return receiving.stream()
                .filter(r -> r.receivesOn(date))
                .filter(r -> r.getScopeUnitIds().stream().map(paths::get).anyMatch(p -> p != null
                        && path.startsWith(p)))
                .map(r -> new OpenRound(r.getId(), r.getName(), r.getKind(), r.getYearFrom(), r.getYearTo(),
                        r.getSubmissionDeadline(), r.getAwardTypeIds()))
                .toList();
    }

    private int[] years(RoundForm form, RoundKind kind) {
        int from = Checks.required(form.yearFrom(), "yearFrom");
        int to = Checks.required(form.yearTo(), "yearTo");
        int thisYear = LocalDate.now(clock).getYear();
        if (from < FIRST_YEAR) {
            throw BusinessException.onField("yearFrom", "error.round.yearRange", FIRST_YEAR, thisYear);
        }
        if (to < from) {
            throw BusinessException.onField("yearTo", "error.round.yearsReversed", from, to);
        }
        // Achievements are rewarded once they are made: no year ahead of the calendar.
        if (to > thisYear) {
            throw BusinessException.onField("yearTo", "error.round.futureYear", to, thisYear);
        }
        if (kind == RoundKind.TONG_KET_NAM && from != to) {
            throw BusinessException.onField("yearTo", "error.round.oneYear");
        }
        return new int[] {from, to};
    }

    private Long movement(RoundForm form, RoundKind kind, int[] years) {
        if (form.movementId() == null) {
            if (kind == RoundKind.TONG_KET_PHONG_TRAO) {
                throw BusinessException.onField("movement", "error.round.movementRequired");
            }
            return null;
        }
        MovementDetails m = movements.get(form.movementId());
        if (m.status() == MovementStatus.DRAFT) {
            throw BusinessException.onField("movement", "error.round.movementNotLaunched", m.name());
        }
        int first = m.periodFrom().getYear();
        int last = m.periodTo().getYear();
        if (years[0] < first || years[1] > last) {
            throw BusinessException.onField("movement", "error.round.yearsOutsideMovement", m.name(), first, last);
        }
        return m.id();
    }

    private Long higherBody(RoundForm form, DecidingBody body, Long office) {
        if (body == DecidingBody.OWN_COUNCIL) {
            return null;
        }
        Long higher = form.higherBodyUnitId();
        if (higher == null) {
            throw BusinessException.onField("higherBody", "error.round.higherBodyRequired");
        }
        units.option(higher);
        if (units.isWithin(higher, office)) {
            throw BusinessException.onField("higherBody", "error.round.higherBodyIsOffice");
        }
        return higher;
    }

    private Set<Long> awards(RoundForm form) {
        Set<Long> awards = form.awardTypeIds() == null ? Set.of() : form.awardTypeIds();
        if (awards.isEmpty()) {
            throw BusinessException.onField("awards", "error.round.noAwards");
        }
        awards.forEach(awardTypes::get);
        return Set.copyOf(awards);
    }

    private Set<Long> scope(RoundForm form, Long office) {
        if (form.scopeUnitIds() == null || form.scopeUnitIds().isEmpty()) {
            return defaultScope(office).stream().map(UnitOption::id).collect(Collectors.toSet());
        }
        for (Long unit : form.scopeUnitIds()) {
            if (!units.isWithin(unit, office)) {
                throw BusinessException.onField("scope", "error.round.scopeOutsideOffice",
                        units.option(unit).fullName());
            }
        }
        return Set.copyOf(form.scopeUnitIds());
    }

    private static LocalDate[] dates(RoundForm form) {
        LocalDate submission = Checks.required(form.submissionDeadline(), "submissionDeadline");
        LocalDate review = Checks.required(form.reviewDeadline(), "reviewDeadline");
        LocalDate publishFrom = form.publicationFrom();
        LocalDate publishTo = form.publicationTo();
        if (review.isBefore(submission)) {
            throw BusinessException.onField("reviewDeadline", "error.round.reviewBeforeSubmission");
        }
        if (publishFrom == null && publishTo != null) {
            throw BusinessException.onField("publicationFrom", "error.round.publicationIncomplete");
        }
        if (publishFrom != null && publishTo == null) {
            throw BusinessException.onField("publicationTo", "error.round.publicationIncomplete");
        }
        if (publishFrom != null && publishFrom.isBefore(review)) {
            throw BusinessException.onField("publicationFrom", "error.round.publicationBeforeReview");
        }
        if (publishFrom != null && publishTo.isBefore(publishFrom)) {
            throw BusinessException.onField("publicationTo", "error.round.publicationReversed");
        }
        return new LocalDate[] {submission, review, publishFrom, publishTo};
    }

    /** Viewers see a round once its list is public; everyone else sees every round. */
    private static boolean seesAll() {
        return CurrentUser.organiser()
                || CurrentUser.hasRole(Role.COUNCIL_MEMBER) || CurrentUser.hasRole(Role.UNIT_OFFICER);
    }

    private static Set<RoundStatus> visible(RoundFilter filter) {
        Set<RoundStatus> allowed = seesAll() ? EnumSet.allOf(RoundStatus.class) : RoundStatus.publicStatuses();
        if (filter.statuses() == null || filter.statuses().isEmpty()) {
            return allowed;
        }
        Set<RoundStatus> asked = EnumSet.noneOf(RoundStatus.class);
        asked.addAll(filter.statuses());
        asked.retainAll(allowed);
        return asked;
    }

    private String movementName(Long id) {
        return id == null ? null : movements.get(id).name();
    }

    private String unitSuffix(Long unitId) {
        return unitId == null ? "" : " (" + units.option(unitId).fullName() + ")";
    }

    /** Names as the trail shows them, in a stable order. */
    private String unitNames(Set<Long> ids) {
        return ids == null || ids.isEmpty() ? null
                : String.join("; ", new java.util.TreeSet<>(units.fullNames(ids).values()));
    }

    private String awardNames(Set<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().map(id -> awardTypes.get(id).name()).sorted()
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String join(ChangeSet a, ChangeSet b) {
        return a.isEmpty() ? b.toString() : b.isEmpty() ? a.toString() : a + "; " + b;
    }

    private AwardRound load(Long id) {
        return rounds.findWithTransitions(Checks.required(id, "id"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }
}
