package vn.tdkt.organization.service;

import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
import vn.tdkt.organization.domain.BlocYear;
import vn.tdkt.organization.domain.BlocYearRepository;
import vn.tdkt.organization.domain.EmulationBloc;
import vn.tdkt.organization.domain.EmulationBlocRepository;
import vn.tdkt.organization.domain.Unit;
import vn.tdkt.organization.domain.UnitRepository;

/** Emulation blocs (khối / cụm thi đua) and their members and leader per year. */
@Service
@Transactional(readOnly = true)
public class BlocService {

    private static final String ENTITY = "EmulationBloc";

    private final EmulationBlocRepository blocs;
    private final BlocYearRepository blocYears;
    private final UnitRepository units;
    private final AuditService audit;
    private final Clock clock;

    public BlocService(EmulationBlocRepository blocs, BlocYearRepository blocYears, UnitRepository units,
            AuditService audit, Clock clock) {
        this.blocs = blocs;
        this.blocYears = blocYears;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public record BlocRecord(Long id, long version, String code, String name, String description, boolean active) {
    }

    public record MemberRecord(Long unitId, String unitName) {
    }

    public record BlocYearRecord(Long id, long version, int year, Long leaderId, String leaderName,
            List<MemberRecord> members) {
    }

    @Access.Authenticated
    public List<BlocRecord> page(String text, int offset, int limit) {
        int size = Math.max(limit, 1);
        return blocs.search(VietnameseText.fold(text), PageRequest.of(offset / size, size, Sort.by("code")))
                .stream()
                .map(BlocService::toRecord)
                .toList();
    }

    @Access.Authenticated
    public long count(String text) {
        return blocs.countSearch(VietnameseText.fold(text));
    }

    @Access.Authenticated
    public BlocRecord get(Long id) {
        return toRecord(Entities.found(blocs, id));
    }

    @Access.Authenticated
    public List<BlocYearRecord> years(Long blocId) {
        return blocYears.findByBloc(blocId).stream()
                .map(y -> new BlocYearRecord(y.getId(), y.getVersion(), y.getYear(),
                        y.getLeader() == null ? null : y.getLeader().getId(),
                        y.getLeader() == null ? null : y.getLeader().getName(),
                        y.getMembers().stream()
                                .sorted(Comparator.comparingInt(Unit::getSortOrder).thenComparing(Unit::getName))
                                .map(u -> new MemberRecord(u.getId(), u.getName()))
                                .toList()))
                .toList();
    }

    @Access.Admin
    @Transactional
    public BlocRecord save(BlocRecord form) {
        String code = Checks.required(VietnameseText.clean(form.code()), "code").toUpperCase(java.util.Locale.ROOT);
        String name = Checks.maxLength(Checks.required(VietnameseText.clean(form.name()), "name"), 255, "name");
        boolean duplicate = form.id() == null ? blocs.existsByCode(code) : blocs.existsByCodeAndIdNot(code, form.id());
        if (duplicate) {
            throw BusinessException.onField("code", "error.bloc.duplicateCode", code);
        }
        EmulationBloc bloc;
        if (form.id() == null) {
            bloc = new EmulationBloc(code, name);
            bloc.setDescription(VietnameseText.clean(form.description()));
            blocs.saveAndFlush(bloc);
            audit.record(ENTITY, bloc.getId(), "CREATE", code + " — " + name);
        } else {
            bloc = Entities.forChange(blocs, form.id(), form.version());
            ChangeSet changes = new ChangeSet().field("code", bloc.getCode(), code).field("name", bloc.getName(), name)
                    .field("active", bloc.isActive(), form.active());
            bloc.setCode(code);
            bloc.setName(name);
            bloc.setDescription(Checks.maxLength(VietnameseText.clean(form.description()), 1000, "description"));
            bloc.setActive(form.active());
            blocs.flush();
            if (!changes.isEmpty()) {
                audit.record(ENTITY, bloc.getId(), "UPDATE", changes.toString());
            }
        }
        return toRecord(bloc);
    }

    /** Sets the member units and the leading unit (trưởng khối) of a bloc for one year. */
    @Access.Admin
    @Transactional
    public BlocYearRecord saveYear(Long blocId, Long blocYearId, long version, int year, Set<Long> memberIds,
            Long leaderId) {
        EmulationBloc bloc = Entities.found(blocs, blocId);
        int thisYear = Year.now(clock).getValue();
        if (year < 1945 || year > thisYear + 1) {
            throw BusinessException.onField("year", "error.bloc.year", thisYear + 1);
        }
        if (memberIds == null || memberIds.isEmpty()) {
            throw BusinessException.onField("members", "error.bloc.noMembers");
        }
        if (leaderId != null && !memberIds.contains(leaderId)) {
            throw BusinessException.onField("leader", "error.bloc.leaderNotMember");
        }
        BlocYear blocYear;
        if (blocYearId == null) {
            if (blocYears.findByBlocIdAndYear(blocId, year).isPresent()) {
                throw BusinessException.onField("year", "error.bloc.yearExists", year);
            }
            blocYear = new BlocYear(bloc, year);
        } else {
            blocYear = Entities.forChange(blocYears, blocYearId, version);
            if (blocYear.getYear() != year) {
                throw BusinessException.onField("year", "error.bloc.yearFixed");
            }
        }
        List<Unit> members = units.findAllById(memberIds);
        if (members.size() != memberIds.size()) {
            throw new BusinessException("error.notFound");
        }
        blocYear.setMembers(new HashSet<>(members));
        blocYear.setLeader(leaderId == null ? null : members.stream()
                .filter(u -> u.getId().equals(leaderId)).findFirst().orElseThrow());
        blocYears.saveAndFlush(blocYear);
        audit.record(ENTITY, blocId, "YEAR", "Năm " + year + ": " + members.size() + " đơn vị thành viên, đơn vị dẫn đầu "
                + (blocYear.getLeader() == null ? "∅" : blocYear.getLeader().getFullName()));
        return years(blocId).stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private static BlocRecord toRecord(EmulationBloc b) {
        return new BlocRecord(b.getId(), b.getVersion(), b.getCode(), b.getName(), b.getDescription(), b.isActive());
    }
}
