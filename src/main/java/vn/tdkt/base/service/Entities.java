package vn.tdkt.base.service;

import org.springframework.data.repository.CrudRepository;
import vn.tdkt.base.domain.AbstractEntity;

/** Loading a record to show or to change it: "not found" and "changed by someone else" said one way. */
public final class Entities {

    private Entities() {
    }

    public static <T> T found(CrudRepository<T, Long> repository, Long id) {
        return repository.findById(Checks.required(id, "id"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }

    /** The record as the user's form saw it: refused if someone saved it since ({@code version} differs). */
    public static <T extends AbstractEntity> T forChange(CrudRepository<T, Long> repository, Long id, long version) {
        return forChange(found(repository, id), version);
    }

    /** The same for a record loaded another way (e.g. with its history fetched). */
    public static <T extends AbstractEntity> T forChange(T entity, long version) {
        StaleDataException.check(version, entity.getVersion());
        return entity;
    }
}
