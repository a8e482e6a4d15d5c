package vn.tdkt.conduct.service;

import org.springframework.stereotype.Component;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.ReferenceCheck;
import vn.tdkt.conduct.domain.DisciplineRepository;
import vn.tdkt.conduct.domain.InitiativeRepository;
import vn.tdkt.conduct.domain.PendingProcedureRepository;

/** A person with discipline, procedures or initiatives on record is part of the record and stays. */
@Component
class ConductReferenceCheck implements ReferenceCheck {

    private final DisciplineRepository disciplines;
    private final PendingProcedureRepository procedures;
    private final InitiativeRepository initiatives;

    ConductReferenceCheck(DisciplineRepository disciplines, PendingProcedureRepository procedures,
            InitiativeRepository initiatives) {
        this.disciplines = disciplines;
        this.procedures = procedures;
        this.initiatives = initiatives;
    }

    @Override
    @Access.Unsecured("called only by the owner's secured delete, inside its transaction")
    public void assertUnreferenced(String entityType, long id) {
        if (PERSON.equals(entityType) && (disciplines.existsByPersonId(id) || procedures.existsByPersonId(id)
                || initiatives.existsByPersonId(id))) {
            throw new BusinessException("error.person.hasConductRecords");
        }
    }
}
