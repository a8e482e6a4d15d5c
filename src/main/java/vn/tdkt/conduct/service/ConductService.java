package vn.tdkt.conduct.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Entities;
import vn.tdkt.base.service.Formats;
import vn.tdkt.conduct.domain.Discipline;
import vn.tdkt.conduct.domain.DisciplineRepository;
import vn.tdkt.conduct.domain.Initiative;
import vn.tdkt.conduct.domain.InitiativeRepository;
import vn.tdkt.conduct.domain.PendingProcedure;
import vn.tdkt.conduct.domain.PendingProcedureRepository;
import vn.tdkt.conduct.service.ConductFacts.DisciplineFact;
import vn.tdkt.conduct.service.ConductFacts.InitiativeFact;
import vn.tdkt.conduct.service.ConductFacts.PersonFacts;
import vn.tdkt.conduct.service.ConductFacts.ProcedureFact;
import vn.tdkt.conduct.service.ConductRecords.ConductRights;
import vn.tdkt.conduct.service.ConductRecords.DisciplineRecord;
import vn.tdkt.conduct.service.ConductRecords.InitiativeRecord;
import vn.tdkt.conduct.service.ConductRecords.PersonConduct;
import vn.tdkt.conduct.service.ConductRecords.ProcedureRecord;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonalData;

/**
 * A person's conduct records: discipline, pending procedures, initiatives and research. They are
 * personal data: the council, the secretary, the administrator, the officer of the person's unit
 * (or of a unit above it) and the person themselves read them ({@link PersonalData});
 * the secretary and the administrator enter discipline and procedures; initiatives may also be
 * entered by the officer of the person's unit.
 */
@Service
@Transactional(readOnly = true)
public class ConductService {

    static final String DISCIPLINE = "Discipline";
    static final String PROCEDURE = "PendingProcedure";
    static final String INITIATIVE = "Initiative";

    private final DisciplineRepository disciplines;
    private final PendingProcedureRepository procedures;
    private final InitiativeRepository initiatives;
    private final PersonService people;
    private final AuditService audit;
    private final Clock clock;
    private final PersonalData privacy;

    ConductService(DisciplineRepository disciplines, PendingProcedureRepository procedures,
            InitiativeRepository initiatives, PersonService people, AuditService audit, Clock clock,
            PersonalData privacy) {
        this.privacy = privacy;
        this.disciplines = disciplines;
        this.procedures = procedures;
        this.initiatives = initiatives;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the caller may do with this person's records (a view asks before it shows a link or a button). */
    @Access.Authenticated
    public ConductRights rights(Long personId) {
        boolean manager = CurrentUser.organiser();
        boolean officer = CurrentUser.hasRole(Role.UNIT_OFFICER) && CurrentUser.unitId()
                .map(unit -> unit.equals(people.currentUnitOf(Checks.required(personId, "conductPerson"))))
                .orElse(false);
        return new ConductRights(privacy.maySee(personId), manager, manager || officer);
    }

    /** The whole page is personal: refused (not masked) to anyone outside the person's {@link PersonalData} scope. */
    @Access.Authenticated
    public PersonConduct person(Long personId) {
        ConductRights rights = rights(personId);
        if (!rights.read()) {
            throw new AccessDeniedException("Conduct records are personal: the person, their unit's officer,"
                    + " the council and the secretary read them");
        }
        PersonDetails person = people.get(personId);
        return new PersonConduct(personId, person.fullName(), person.unitName(), rights,
                initiatives.findByPersonIdOrderByRecognisedOnDescIdDesc(personId).stream()
                        .map(ConductService::toRecord).toList(),
                disciplines.findByPersonIdOrderByEffectiveFromDescIdDesc(personId).stream()
                        .map(ConductService::toRecord).toList(),
                procedures.findByPersonIdOrderByOpenedOnDescIdDesc(personId).stream()
                        .map(ConductService::toRecord).toList());
    }

    /**
     * The records of many people for the eligibility rules, one query per table. An officer may
     * ask only about the current staff of their own unit.
     */
    @Access.CouncilOrUnitOfficer
    public ConductFacts facts(Collection<Long> personIds) {
        Set<Long> ids = Set.copyOf(personIds);
        assertMayReadAll(ids);
        if (ids.isEmpty()) {
            return new ConductFacts(Map.of());
        }
        Map<Long, List<DisciplineFact>> d = disciplines.findByPersonIdIn(ids).stream().collect(Collectors.groupingBy(
                Discipline::getPersonId, Collectors.mapping(x -> new DisciplineFact(x.getForm(), x.getDecisionDate(),
                        x.getEffectiveFrom(), x.getEffectiveTo()), Collectors.toList())));
        Map<Long, List<ProcedureFact>> p = procedures.findByPersonIdIn(ids).stream().collect(Collectors.groupingBy(
                PendingProcedure::getPersonId, Collectors.mapping(x -> new ProcedureFact(x.getKind(),
                        x.getOpenedOn(), x.getClosedOn()), Collectors.toList())));
        Map<Long, List<InitiativeFact>> i = initiatives.findByPersonIdIn(ids).stream().collect(Collectors.groupingBy(
                Initiative::getPersonId, Collectors.mapping(x -> new InitiativeFact(x.getKind(), x.getLevel(),
                        x.getRecognisedOn()), Collectors.toList())));
        Map<Long, PersonFacts> result = new LinkedHashMap<>();
        for (Long id : ids) {
            result.put(id, new PersonFacts(d.getOrDefault(id, List.of()), p.getOrDefault(id, List.of()),
                    i.getOrDefault(id, List.of())));
        }
        return new ConductFacts(result);
    }

    @Access.Secretary
    @Transactional
    public DisciplineRecord saveDiscipline(DisciplineRecord form) {
        Discipline d = form.id() == null ? new Discipline(existingPerson(form.personId()))
                : Entities.forChange(disciplines, form.id(), form.version());
        Checks.required(form.form(), "disciplineForm");
        String number = text(form.decisionNumber(), 60, "decisionNumber");
        LocalDate decided = notInFuture(Checks.required(form.decisionDate(), "decisionDate"), "decisionDate");
        LocalDate from = Checks.required(form.effectiveFrom(), "effectiveFrom");
        if (from.isBefore(decided)) {
            throw BusinessException.onField("effectiveFrom", "error.conduct.effectBeforeDecision");
        }
        if (form.effectiveTo() != null && form.effectiveTo().isBefore(from)) {
            throw BusinessException.onField("effectiveTo", "error.conduct.endBeforeStart");
        }
        d.set(form.form(), number, decided, from, form.effectiveTo(),
                optionalText(form.reason(), 1000, "disciplineReason"));
        d = disciplines.saveAndFlush(d);
        audit.record(DISCIPLINE, d.getId(), form.id() == null ? "CREATE" : "UPDATE", nameOf(d.getPersonId())
                + ": " + AuditText.of(d.getForm()) + " " + d.getDecisionNumber() + " " + Formats.date(d.getEffectiveFrom()) + "–"
                + Formats.date(d.getEffectiveTo()));
        return toRecord(d);
    }

    @Access.Secretary
    @Transactional
    public void deleteDiscipline(Long id, long version) {
        Discipline d = Entities.forChange(disciplines, id, version);
        audit.record(DISCIPLINE, id, "DELETE", nameOf(d.getPersonId()) + ": " + AuditText.of(d.getForm()) + " "
                + d.getDecisionNumber());
        disciplines.delete(d);
    }

    @Access.Secretary
    @Transactional
    public ProcedureRecord saveProcedure(ProcedureRecord form) {
        PendingProcedure p = form.id() == null ? new PendingProcedure(existingPerson(form.personId()))
                : Entities.forChange(procedures, form.id(), form.version());
        Checks.required(form.kind(), "procedureKind");
        LocalDate opened = notInFuture(Checks.required(form.openedOn(), "openedOn"), "openedOn");
        if (form.closedOn() != null) {
            notInFuture(form.closedOn(), "closedOn");
            if (form.closedOn().isBefore(opened)) {
                throw BusinessException.onField("closedOn", "error.conduct.endBeforeStart");
            }
        }
        p.set(form.kind(), opened, form.closedOn(),
                optionalText(form.note(), 1000, "note"));
        p = procedures.saveAndFlush(p);
        audit.record(PROCEDURE, p.getId(), form.id() == null ? "CREATE" : "UPDATE", nameOf(p.getPersonId()) + ": "
                + AuditText.of(p.getKind()) + " " + Formats.date(p.getOpenedOn()) + "–" + Formats.date(p.getClosedOn()));
        return toRecord(p);
    }

    @Access.Secretary
    @Transactional
    public void deleteProcedure(Long id, long version) {
        PendingProcedure p = Entities.forChange(procedures, id, version);
        audit.record(PROCEDURE, id, "DELETE", nameOf(p.getPersonId()) + ": " + AuditText.of(p.getKind()) + " "
                + Formats.date(p.getOpenedOn()));
        procedures.delete(p);
    }

    /** Also by the officer of the person's unit, who proposes that unit's people. */
    @Access.UnitOfficer
    @Transactional
    public InitiativeRecord saveInitiative(InitiativeRecord form) {
        Initiative i = form.id() == null ? new Initiative(existingPerson(form.personId()))
                : Entities.forChange(initiatives, form.id(), form.version());
        assertMayWriteInitiatives(i.getPersonId());
        i.set(Checks.required(form.kind(), "initiativeKind"), text(form.title(), 500, "title"),
                Checks.required(form.level(), "level"),
                notInFuture(Checks.required(form.recognisedOn(), "recognisedOn"), "recognisedOn"),
                optionalText(form.documentNumber(), 60, "documentNumber"), optionalText(form.note(), 1000, "note"));
        i = initiatives.saveAndFlush(i);
        audit.record(INITIATIVE, i.getId(), form.id() == null ? "CREATE" : "UPDATE", nameOf(i.getPersonId()) + ": "
                + AuditText.of(i.getKind()) + " " + AuditText.of(i.getLevel()) + " " + Formats.date(i.getRecognisedOn()) + " " + i.getTitle());
        return toRecord(i);
    }

    @Access.UnitOfficer
    @Transactional
    public void deleteInitiative(Long id, long version) {
        Initiative i = Entities.forChange(initiatives, id, version);
        assertMayWriteInitiatives(i.getPersonId());
        audit.record(INITIATIVE, id, "DELETE", nameOf(i.getPersonId()) + ": " + AuditText.of(i.getKind()) + " " + i.getTitle());
        initiatives.delete(i);
    }

    private void assertMayWriteInitiatives(Long personId) {
        if (!rights(personId).writeInitiatives()) {
            throw new AccessDeniedException("A unit officer enters initiatives of their own unit only");
        }
    }

    private void assertMayReadAll(Set<Long> ids) {
        privacy.assertMaySeeAll(ids);
    }

    /** The person of a new record; the person of an existing one never changes. */
    private Long existingPerson(Long personId) {
        people.get(Checks.required(personId, "conductPerson"));
        return personId;
    }

    private String nameOf(Long personId) {
        return people.get(personId).fullName();
    }

    private LocalDate notInFuture(LocalDate date, String field) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField(field, "error.dateInFuture");
        }
        return date;
    }

    private static String text(String value, int max, String field) {
        return Checks.maxLength(Checks.required(VietnameseText.clean(value), field), max, field);
    }

    private static String optionalText(String value, int max, String field) {
        String clean = VietnameseText.clean(value);
        return clean == null || clean.isEmpty() ? null : Checks.maxLength(clean, max, field);
    }

    private static DisciplineRecord toRecord(Discipline d) {
        return new DisciplineRecord(d.getId(), d.getVersion(), d.getPersonId(), d.getForm(), d.getDecisionNumber(),
                d.getDecisionDate(), d.getEffectiveFrom(), d.getEffectiveTo(), d.getReason());
    }

    private static ProcedureRecord toRecord(PendingProcedure p) {
        return new ProcedureRecord(p.getId(), p.getVersion(), p.getPersonId(), p.getKind(), p.getOpenedOn(),
                p.getClosedOn(), p.getNote());
    }

    private static InitiativeRecord toRecord(Initiative i) {
        return new InitiativeRecord(i.getId(), i.getVersion(), i.getPersonId(), i.getKind(), i.getTitle(),
                i.getLevel(), i.getRecognisedOn(), i.getDocumentNumber(), i.getNote());
    }
}
