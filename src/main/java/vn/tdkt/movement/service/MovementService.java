package vn.tdkt.movement.service;

import vn.tdkt.base.service.AuditText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Entities;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.document.service.FileService.FileRecord;
import vn.tdkt.document.service.FileService;
import vn.tdkt.movement.domain.Criterion;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementRepository;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/** Emulation movements: everyone reads; the council secretary and the administrator run them. */
@Service
@Transactional(readOnly = true)
public class MovementService {

    static final String ENTITY = "Movement";

    private final MovementRepository movements;
    private final UnitService units;
    private final AwardTypeService awardTypes;
    private final FileService files;
    private final AuditService audit;
    private final Clock clock;

    public MovementService(MovementRepository movements, UnitService units, AwardTypeService awardTypes,
            FileService files, AuditService audit, Clock clock) {
        this.movements = movements;
        this.units = units;
        this.awardTypes = awardTypes;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code year} 0 = any year; an empty status set = any status. */
    public record MovementFilter(String text, Set<MovementStatus> statuses, int year) {
    }

    public record MovementRow(Long id, String name, MovementKind kind, MovementStatus status, String launchingUnit,
            LocalDate periodFrom, LocalDate periodTo) {
    }

    public record CriterionRecord(Long id, String name, int maxPoints) {
    }

    public record TransitionRecord(MovementStatus from, MovementStatus to, LocalDate on, String by, String note,
            FileRecord report) {
    }

    public record MovementDetails(Long id, long version, String name, String slogan, MovementKind kind,
            MovementStatus status, Long launchingUnitId, String launchingUnit, String launchDocNumber,
            LocalDate launchDocDate, FileRecord plan, LocalDate periodFrom, LocalDate periodTo, String targetGroups,
            int maxScore, List<UnitOption> scope, List<AwardTypeRecord> awards, List<CriterionRecord> criteria,
            List<TransitionRecord> transitions, Set<MovementStatus> next) {

        public boolean editable() {
            return status == MovementStatus.DRAFT;
        }
    }

    /** Form data; criteria ids are null for new rows. */
    public record MovementForm(Long id, long version, String name, String slogan, MovementKind kind,
            Long launchingUnitId, String launchDocNumber, LocalDate launchDocDate, Long planFileId,
            LocalDate periodFrom, LocalDate periodTo, String targetGroups, int maxScore, Set<Long> scopeUnitIds,
            Set<Long> awardTypeIds, List<CriterionRecord> criteria) {
    }

    @Access.Authenticated
    public List<MovementRow> page(MovementFilter filter, int offset, int limit) {
        int size = Math.max(limit, 1);
        List<Movement> rows = movements.search(VietnameseText.fold(filter.text()), statuses(filter).isEmpty(),
                statusesOrAll(filter), filter.year(), PageRequest.of(offset / size, size,
                        Sort.by(Sort.Direction.DESC, "periodFrom").and(Sort.by("name"))));
        Map<Long, String> names = units.fullNames(rows.stream().map(Movement::getLaunchingUnitId)
                .collect(java.util.stream.Collectors.toSet()));
        return rows.stream().map(m -> new MovementRow(m.getId(), m.getName(), m.getKind(), m.getStatus(),
                names.get(m.getLaunchingUnitId()), m.getPeriodFrom(), m.getPeriodTo())).toList();
    }

    @Access.Authenticated
    public long count(MovementFilter filter) {
        return movements.countSearch(VietnameseText.fold(filter.text()), statuses(filter).isEmpty(),
                statusesOrAll(filter), filter.year());
    }

    private static Set<MovementStatus> statuses(MovementFilter filter) {
        return filter.statuses() == null ? Set.of() : filter.statuses();
    }

    /** JPQL "in" needs a non-empty list even when the filter is off. */
    private static Set<MovementStatus> statusesOrAll(MovementFilter filter) {
        return statuses(filter).isEmpty() ? EnumSet.allOf(MovementStatus.class) : statuses(filter);
    }

    @Access.Authenticated
    public MovementDetails get(Long id) {
        Movement m = load(id);
        List<AwardTypeRecord> awards = m.getAwardTypeIds().stream().map(awardTypes::get)
                .sorted(Comparator.comparingInt(AwardTypeRecord::precedence)).toList();
        List<TransitionRecord> transitions = m.getTransitions().stream()
                .map(t -> new TransitionRecord(t.getFromStatus(), t.getToStatus(), t.getHappenedOn(),
                        t.getCreatedBy(), t.getNote(),
                        t.getReportFileId() == null ? null : files.describe(t.getReportFileId())))
                .toList();
        return new MovementDetails(m.getId(), m.getVersion(), m.getName(), m.getSlogan(), m.getKind(), m.getStatus(),
                m.getLaunchingUnitId(), units.option(m.getLaunchingUnitId()).fullName(), m.getLaunchDocNumber(),
                m.getLaunchDocDate(), m.getPlanFileId() == null ? null : files.describe(m.getPlanFileId()),
                m.getPeriodFrom(), m.getPeriodTo(), m.getTargetGroups(), m.getMaxScore(),
                m.getScopeUnitIds().stream().map(units::option)
                        .sorted(Comparator.comparing(UnitOption::fullName)).toList(),
                awards, criteria(m), transitions, m.getStatus().next());
    }

    /** Creates a draft (id null) or edits a draft; a launched movement is no longer edited. */
    @Access.Secretary
    @Transactional
    public MovementDetails save(MovementForm form) {
        String name = Checks.maxLength(Checks.required(VietnameseText.clean(form.name()), "name"), 255, "name");
        Movement m;
        ChangeSet changes = new ChangeSet();
        if (form.id() == null) {
            m = new Movement(name, Checks.required(form.kind(), "kind"),
                    Checks.required(form.launchingUnitId(), "launchingUnit"));
        } else {
            m = Entities.forChange(load(form.id()), form.version());
            if (m.getStatus() != MovementStatus.DRAFT) {
                throw new BusinessException("error.movement.notDraft");
            }
            changes.field("name", m.getName(), name).field("period", AuditText.period(m.getPeriodFrom(),
                    m.getPeriodTo()), AuditText.period(form.periodFrom(), form.periodTo())).field("maxScore", m.getMaxScore(), form.maxScore());
            m.setName(name);
            m.setKind(Checks.required(form.kind(), "kind"));
            m.setLaunchingUnitId(Checks.required(form.launchingUnitId(), "launchingUnit"));
        }
        apply(m, form);
        movements.saveAndFlush(m);
        audit.record(ENTITY, m.getId(), form.id() == null ? "CREATE" : "UPDATE",
                form.id() == null ? name : changes.toString());
        return get(m.getId());
    }

    private void apply(Movement m, MovementForm form) {
        LocalDate from = Checks.required(form.periodFrom(), "periodFrom");
        LocalDate to = Checks.required(form.periodTo(), "periodTo");
        if (to.isBefore(from)) {
            throw BusinessException.onField("periodTo", "error.movement.periodReversed");
        }
        if (form.scopeUnitIds() == null || form.scopeUnitIds().isEmpty()) {
            throw BusinessException.onField("scope", "error.movement.noScope");
        }
        if (form.maxScore() <= 0 || form.maxScore() > 1000) {
            throw BusinessException.onField("maxScore", "error.movement.maxScore");
        }
        form.scopeUnitIds().forEach(units::option);
        Set<Long> awards = form.awardTypeIds() == null ? Set.of() : form.awardTypeIds();
        awards.forEach(awardTypes::get);
        units.option(m.getLaunchingUnitId());
        m.setSlogan(Checks.maxLength(VietnameseText.clean(form.slogan()), 500, "slogan"));
        m.setLaunchDocNumber(Checks.maxLength(VietnameseText.clean(form.launchDocNumber()), 60, "launchDocNumber"));
        m.setLaunchDocDate(form.launchDocDate());
        m.setPlanFileId(form.planFileId());
        m.setPeriod(from, to);
        m.setTargetGroups(Checks.maxLength(VietnameseText.clean(form.targetGroups()), 1000, "targetGroups"));
        m.setMaxScore(form.maxScore());
        m.setScopeUnitIds(form.scopeUnitIds());
        m.setAwardTypeIds(awards);
        List<CriterionRecord> criteria = form.criteria() == null ? List.of() : form.criteria();
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> points = new ArrayList<>();
        for (CriterionRecord c : criteria) {
            String criterionName = VietnameseText.clean(c.name());
            if (criterionName == null || criterionName.isBlank()) {
                throw BusinessException.onField("criteria", "error.movement.criterionName");
            }
            if (c.maxPoints() <= 0) {
                throw BusinessException.onField("criteria", "error.movement.criterionPoints", criterionName);
            }
            ids.add(c.id());
            names.add(Checks.maxLength(criterionName, 500, "criteria"));
            points.add(c.maxPoints());
        }
        int total = points.stream().mapToInt(Integer::intValue).sum();
        if (!criteria.isEmpty() && total != form.maxScore()) {
            throw BusinessException.onField("criteria", "error.movement.criteriaTotal", total, form.maxScore());
        }
        m.replaceCriteria(ids, names, points);
    }

    /**
     * Moves a movement one step in its lifecycle. Launching needs the launching document
     * and criteria that add up to the stated maximum.
     */
    @Access.Secretary
    @Transactional
    public MovementDetails transition(Long id, long version, MovementStatus to, LocalDate on, String note,
            Long reportFileId) {
        Movement m = Entities.forChange(load(id), version);
        if (!m.getStatus().next().contains(Checks.required(to, "status"))) {
            throw new BusinessException("error.movement.transition", m.getStatus(), to);
        }
        LocalDate date = Checks.required(on, "happenedOn");
        if (date.isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("happenedOn", "error.dateInFuture");
        }
        if (to == MovementStatus.LAUNCHED) {
            if (m.getLaunchDocNumber() == null || m.getLaunchDocDate() == null) {
                throw new BusinessException("error.movement.launchDocument");
            }
            if (m.getCriteria().isEmpty() || m.criteriaTotal() != m.getMaxScore()) {
                throw new BusinessException("error.movement.criteriaTotal", m.criteriaTotal(), m.getMaxScore());
            }
            if (m.getAwardTypeIds().isEmpty()) {
                throw new BusinessException("error.movement.noAwards");
            }
        }
        if (reportFileId != null) {
            files.describe(reportFileId);
        }
        MovementStatus from = m.getStatus();
        m.moveTo(to, date, Checks.maxLength(VietnameseText.clean(note), 1000, "note"), reportFileId);
        movements.saveAndFlush(m);
        audit.record(ENTITY, id, "STATUS", AuditText.of(from) + " → " + AuditText.of(to) + ", ngày "
                + AuditText.of(date));
        return get(id);
    }

    /** For other services of this feature: the movement, or a not-found refusal. */
    Movement load(Long id) {
        return movements.findWithCriteria(Checks.required(id, "id"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }

    static List<CriterionRecord> criteria(Movement m) {
        return m.getCriteria().stream()
                .map(c -> new CriterionRecord(c.getId(), c.getName(), c.getMaxPoints()))
                .toList();
    }

    static Map<Long, Criterion> criteriaById(Movement m) {
        return m.getCriteria().stream().collect(java.util.stream.Collectors.toMap(Criterion::getId, c -> c));
    }
}
