package vn.tdkt.council.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Entities;
import vn.tdkt.base.service.Formats;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.CouncilMemberRepository;
import vn.tdkt.council.domain.CouncilRepository;
import vn.tdkt.council.domain.CouncilRole;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService;

/**
 * The council of each issuing office and its composition over time. Each seat comes from the
 * decision that established or changed the council; the roster in force on a meeting's date
 * is the one that counts (quorum, thresholds, who may vote).
 */
@Service
@Transactional(readOnly = true)
public class CouncilService {

    static final String ENTITY = "Council";
    static final String MEMBER = "CouncilMember";

    private final CouncilRepository councils;
    private final CouncilMemberRepository members;
    private final UnitService units;
    private final PersonService people;
    private final AuditService audit;
    private final Clock clock;

    public CouncilService(CouncilRepository councils, CouncilMemberRepository members, UnitService units,
            PersonService people, AuditService audit, Clock clock) {
        this.councils = councils;
        this.members = members;
        this.units = units;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code quorumNumerator/quorumDenominator}: the share of all members that must be present. */
    public record CouncilRecord(Long id, long version, Long officeUnitId, String officeName, String name,
            int quorumNumerator, int quorumDenominator) {
    }

    public record MemberRecord(Long id, long version, Long personId, String fullName, CouncilRole role,
            String decisionNo, LocalDate decisionDate, LocalDate validFrom, LocalDate validTo, boolean inForce) {
    }

    /** Form data of one seat. {@code id} null: a new seat. */
    public record MemberForm(Long id, long version, Long personId, CouncilRole role, String decisionNo,
            LocalDate decisionDate, LocalDate validFrom, LocalDate validTo) {
    }

    @Access.Council
    public List<CouncilRecord> councils() {
        return councils.findAll().stream().map(this::toRecord)
                .sorted(Comparator.comparing(CouncilRecord::name)).toList();
    }

    @Access.Council
    public CouncilRecord get(Long id) {
        return toRecord(Entities.found(councils, id));
    }

    /** Creates an office's council (id null) or renames it / changes its quorum. */
    @Access.Secretary
    @Transactional
    public CouncilRecord save(CouncilRecord form) {
        String name = Checks.maxLength(Checks.required(VietnameseText.clean(form.name()), "name"), 255, "name");
        int numerator = form.quorumNumerator();
        int denominator = form.quorumDenominator();
        if (numerator < 1 || denominator < 1 || numerator > denominator) {
            throw BusinessException.onField("councilQuorum", "error.council.quorum");
        }
        Council c;
        if (form.id() == null) {
            Long office = Checks.required(form.officeUnitId(), "office");
            units.option(office);
            if (councils.findByOfficeUnitId(office).isPresent()) {
                throw BusinessException.onField("office", "error.council.exists");
            }
            c = new Council(office);
        } else {
            c = Entities.forChange(Entities.found(councils, form.id()), form.version());
        }
        c.setName(name);
        c.setQuorum(numerator, denominator);
        councils.saveAndFlush(c);
        audit.record(ENTITY, c.getId(), form.id() == null ? "CREATE" : "UPDATE",
                name + " (" + numerator + "/" + denominator + ")");
        return toRecord(c);
    }

    /** The seats of a council, newest first, a page at a time. */
    @Access.Council
    public List<MemberRecord> members(Long councilId, int offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        return members.findByCouncilIdOrderByValidFromDescIdAsc(councilId).stream()
                .sorted(Comparator.comparing((CouncilMember m) -> !m.inForceOn(today))
                        .thenComparing(m -> m.getRole().ordinal()))
                .skip(offset).limit(limit).map(m -> toRecord(m, today)).toList();
    }

    @Access.Council
    public long countMembers(Long councilId) {
        return members.findByCouncilIdOrderByValidFromDescIdAsc(councilId).size();
    }

    /** The roster in force on {@code date}: chair first, then deputies, standing secretary, members. */
    @Access.Council
    public List<MemberRecord> rosterOn(Long councilId, LocalDate date) {
        return roster(councilId, date).stream().map(m -> toRecord(m, date)).toList();
    }

    @Access.Secretary
    @Transactional
    public MemberRecord saveMember(Long councilId, MemberForm form) {
        Council council = Entities.found(councils, councilId);
        Long personId = Checks.required(form.personId(), "councilPerson");
        CouncilRole role = Checks.required(form.role(), "councilRole");
        String number = Checks.maxLength(Checks.required(VietnameseText.clean(form.decisionNo()), "councilDecisionNo"), 100,
                "councilDecisionNo");
        LocalDate decisionDate = Checks.required(form.decisionDate(), "councilDecisionDate");
        LocalDate from = Checks.required(form.validFrom(), "councilFrom");
        LocalDate to = form.validTo();
        if (from.isBefore(decisionDate)) {
            throw BusinessException.onField("councilFrom", "error.council.beforeDecision", Formats.date(decisionDate));
        }
        if (to != null && to.isBefore(from)) {
            throw BusinessException.onField("councilTo", "error.council.reversed");
        }
        String name = people.get(personId).fullName();
        CouncilMember m = form.id() == null ? new CouncilMember(council.getId())
                : Entities.forChange(Entities.found(members, form.id()), form.version());
        for (CouncilMember other : members.findByCouncilIdOrderByValidFromDescIdAsc(councilId)) {
            if (other.getId().equals(m.getId()) || !overlaps(other, from, to)) {
                continue;
            }
            if (other.getPersonId().equals(personId)) {
                throw BusinessException.onField("councilPerson", "error.council.alreadyMember", name);
            }
            if (role == CouncilRole.CHAIR && other.getRole() == CouncilRole.CHAIR) {
                throw BusinessException.onField("councilRole", "error.council.oneChair",
                        people.get(other.getPersonId()).fullName());
            }
        }
        String before = m.getId() == null ? null : describe(m, people.get(m.getPersonId()).fullName());
        m.setPersonId(personId);
        m.setRole(role);
        m.setDecision(number, decisionDate);
        m.setValidity(from, to);
        members.saveAndFlush(m);
        String after = describe(m, name);
        audit.record(MEMBER, m.getId(), form.id() == null ? "CREATE" : "UPDATE",
                before == null ? after : before + " → " + after);
        return toRecord(m, LocalDate.now(clock));
    }

    /** Removes a seat entered by mistake (a member who leaves gets an end date instead). */
    @Access.Secretary
    @Transactional
    public void removeMember(Long id, long version) {
        CouncilMember m = Entities.forChange(Entities.found(members, id), version);
        String text = describe(m, people.get(m.getPersonId()).fullName());
        members.delete(m);
        members.flush();
        audit.record(MEMBER, id, "DELETE", text);
    }

    // --- for the meetings of this feature

    List<CouncilMember> roster(Long councilId, LocalDate date) {
        return members.findByCouncilIdOrderByValidFromDescIdAsc(councilId).stream()
                .filter(m -> m.inForceOn(date))
                .sorted(Comparator.comparing((CouncilMember m) -> m.getRole().ordinal()).thenComparing(
                        CouncilMember::getId))
                .toList();
    }

    Council council(Long id) {
        return Entities.found(councils, id);
    }

    java.util.Optional<Council> councilOf(Long officeUnitId) {
        return councils.findByOfficeUnitId(officeUnitId);
    }

    String personName(Long personId) {
        return people.get(personId).fullName();
    }

    private static boolean overlaps(CouncilMember m, LocalDate from, LocalDate to) {
        boolean startsBeforeEnd = to == null || !m.getValidFrom().isAfter(to);
        boolean endsAfterStart = m.getValidTo() == null || !m.getValidTo().isBefore(from);
        return startsBeforeEnd && endsAfterStart;
    }

    private static String describe(CouncilMember m, String name) {
        return name + ", " + AuditText.of(m.getRole()) + ", " + m.getDecisionNo() + " ngày "
                + Formats.date(m.getDecisionDate()) + ", " + AuditText.period(m.getValidFrom(), m.getValidTo());
    }

    private CouncilRecord toRecord(Council c) {
        return new CouncilRecord(c.getId(), c.getVersion(), c.getOfficeUnitId(),
                units.option(c.getOfficeUnitId()).fullName(), c.getName(), c.getQuorumNumerator(),
                c.getQuorumDenominator());
    }

    private MemberRecord toRecord(CouncilMember m, LocalDate date) {
        return new MemberRecord(m.getId(), m.getVersion(), m.getPersonId(), people.get(m.getPersonId()).fullName(),
                m.getRole(), m.getDecisionNo(), m.getDecisionDate(), m.getValidFrom(), m.getValidTo(),
                m.inForceOn(date));
    }
}
