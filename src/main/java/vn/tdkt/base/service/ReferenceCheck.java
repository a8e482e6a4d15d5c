package vn.tdkt.base.service;

/**
 * Lets a feature veto the deletion of a record another feature owns, without the owner
 * depending on it: the owner calls every ReferenceCheck bean before deleting, and a check
 * throws a {@link BusinessException} naming what still refers to the record.
 */
public interface ReferenceCheck {

    String UNIT = "Unit";
    String PERSON = "Person";
    String POSITION = "Position";

    void assertUnreferenced(String entityType, long id);
}
