package vn.tdkt.organization.service;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Entities;
import vn.tdkt.base.service.ReferenceCheck;
import vn.tdkt.organization.domain.Position;
import vn.tdkt.organization.domain.PositionRepository;

/** Positions (chức vụ) and their rank, which orders official lists. */
@Service
@Transactional(readOnly = true)
public class PositionService {

    private static final String ENTITY = ReferenceCheck.POSITION;

    private final PositionRepository positions;
    private final List<ReferenceCheck> referenceChecks;
    private final AuditService audit;

    public PositionService(PositionRepository positions, List<ReferenceCheck> referenceChecks, AuditService audit) {
        this.positions = positions;
        this.referenceChecks = referenceChecks;
        this.audit = audit;
    }

    public record PositionRecord(Long id, long version, String name, int rank, boolean active) {
    }

    @Access.Authenticated
    public List<PositionRecord> all() {
        return positions.findAllByOrderByRankAscNameAsc().stream()
                .map(p -> new PositionRecord(p.getId(), p.getVersion(), p.getName(), p.getRank(), p.isActive()))
                .toList();
    }

    /** Creates (id null) or updates a position. */
    @Access.Admin
    @Transactional
    public PositionRecord save(PositionRecord form) {
        String name = Checks.maxLength(Checks.required(VietnameseText.clean(form.name()), "name"), 150, "name");
        positions.findByName(name).filter(other -> !other.getId().equals(form.id())).ifPresent(other -> {
            throw BusinessException.onField("name", "error.position.duplicate", name);
        });
        Position position;
        if (form.id() == null) {
            position = positions.saveAndFlush(new Position(name, form.rank()));
            audit.record(ENTITY, position.getId(), "CREATE", name);
        } else {
            position = Entities.forChange(positions, form.id(), form.version());
            ChangeSet changes = new ChangeSet().field("name", position.getName(), name)
                    .field("rank", position.getRank(), form.rank())
                    .field("active", position.isActive(), form.active());
            position.setName(name);
            position.setRank(form.rank());
            position.setActive(form.active());
            positions.flush();
            if (!changes.isEmpty()) {
                audit.record(ENTITY, position.getId(), "UPDATE", changes.toString());
            }
        }
        return new PositionRecord(position.getId(), position.getVersion(), position.getName(), position.getRank(),
                position.isActive());
    }

    @Access.Admin
    @Transactional
    public void delete(Long id, long version) {
        Position position = Entities.forChange(positions, id, version);
        referenceChecks.forEach(check -> check.assertUnreferenced(ENTITY, id));
        audit.record(ENTITY, id, "DELETE", position.getName());
        positions.delete(position);
    }
}
