package vn.tdkt.organization.service;

import org.springframework.stereotype.Component;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.ReferenceCheck;
import vn.tdkt.organization.domain.BlocYearRepository;
import vn.tdkt.organization.domain.PersonRepository;

/**
 * Units and positions with people (now or in their history) and units in blocs cannot be deleted:
 * the history of assignments refers to them.
 */
@Component
class OrganizationReferenceCheck implements ReferenceCheck {

    private final PersonRepository people;
    private final BlocYearRepository blocYears;

    OrganizationReferenceCheck(PersonRepository people, BlocYearRepository blocYears) {
        this.people = people;
        this.blocYears = blocYears;
    }

    @Override
    @Access.Unsecured("called only by the owner's secured delete, inside its transaction")
    public void assertUnreferenced(String entityType, long id) {
        if (UNIT.equals(entityType)) {
            long count = Math.max(people.countByUnitId(id), people.countAssignmentsInUnit(id));
            if (count > 0) {
                throw new BusinessException("error.unit.hasPeople", count);
            }
            if (blocYears.countUsingUnit(id) > 0) {
                throw new BusinessException("error.unit.inBloc");
            }
        } else if (POSITION.equals(entityType)
                && Math.max(people.countByPositionId(id), people.countAssignmentsWithPosition(id)) > 0) {
            throw new BusinessException("error.position.inUse");
        }
    }
}
