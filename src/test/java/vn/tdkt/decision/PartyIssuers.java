package vn.tdkt.decision;

import java.time.LocalDate;
import vn.tdkt.decision.domain.DocumentKind;
import vn.tdkt.decision.service.NumberingService;
import vn.tdkt.decision.service.NumberingService.NumberingForm;
import vn.tdkt.decision.service.NumberingService.TermRecord;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.Unique;

/** Issuing bodies of the tests' own, so their numbers never meet the demo office's. */
final class PartyIssuers {

    private PartyIssuers() {
    }

    /** A new issuing body numbering its decisions {n}-QĐ/{code} within the term 2025–2030; run as the secretary. */
    static Long create(RunAs run, UnitService units, NumberingService numbering) {
        String code = Unique.code("VP").replace("_", "");
        Long issuer = run.as("quantri", () -> units.create(new UnitForm(null, 0, code, "Văn phòng thử " + code, null,
                UnitKind.PROVINCIAL_OFFICE, null, 900, null)).id());
        numbering.save(new NumberingForm(null, 0, issuer, DocumentKind.DECISION, "{n}-QĐ/" + code));
        numbering.saveTerm(new TermRecord(null, 0, issuer, "Nhiệm kỳ 2025–2030", LocalDate.of(2025, 10, 15),
                LocalDate.of(2030, 10, 14)));
        return issuer;
    }
}
