package vn.tdkt.history.service;

import org.springframework.stereotype.Component;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.ReferenceCheck;
import vn.tdkt.history.domain.PerformanceRatingRepository;

/** A person with yearly ratings is part of the record and is never deleted. */
@Component
class RatingReferenceCheck implements ReferenceCheck {

    private final PerformanceRatingRepository ratings;

    RatingReferenceCheck(PerformanceRatingRepository ratings) {
        this.ratings = ratings;
    }

    @Override
    @Access.Unsecured("called only by the owner's secured delete, inside its transaction")
    public void assertUnreferenced(String entityType, long id) {
        if (PERSON.equals(entityType) && ratings.existsByPersonId(id)) {
            throw new BusinessException("error.person.inRegister");
        }
    }
}
