package vn.tdkt.security.service;

import org.springframework.stereotype.Component;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.ReferenceCheck;
import vn.tdkt.security.domain.AppUserRepository;

/** A unit that user accounts are bound to cannot be deleted. */
@Component
class UserReferenceCheck implements ReferenceCheck {

    private final AppUserRepository users;

    UserReferenceCheck(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Access.Unsecured("called only by the owner's secured delete, inside its transaction")
    public void assertUnreferenced(String entityType, long id) {
        if (UNIT.equals(entityType) && users.countByUnitId(id) > 0) {
            throw new BusinessException("error.unit.hasUsers");
        }
        if (PERSON.equals(entityType) && users.countByPersonId(id) > 0) {
            throw new BusinessException("error.person.hasUser");
        }
    }
}
