package vn.tdkt.demo;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tdkt.decision.domain.DocumentKind;
import vn.tdkt.decision.service.NumberingService;
import vn.tdkt.decision.service.NumberingService.NumberingForm;
import vn.tdkt.decision.service.NumberingService.TermRecord;

/**
 * Văn phòng Tỉnh ủy Quảng Trị numbers its own decisions and submissions in the party style,
 * from 01 in each term of the provincial party committee (congresses in October 2015, 2020, 2025).
 */
@Component
class DemoNumbering {

    private final NumberingService numbering;

    DemoNumbering(NumberingService numbering) {
        this.numbering = numbering;
    }

    void create(Map<String, Long> unitIds) {
        Long office = unitIds.get("VPTU_QT");
        numbering.save(new NumberingForm(null, 0, office, DocumentKind.DECISION, "{n}-QĐ/VPTU"));
        numbering.save(new NumberingForm(null, 0, office, DocumentKind.SUBMISSION, "{n}-TTr/VPTU"));
        for (int start = 2015; start <= 2030; start += 5) {
            numbering.saveTerm(new TermRecord(null, 0, office, "Nhiệm kỳ " + start + "–" + (start + 5),
                    LocalDate.of(start, 10, 15), LocalDate.of(start + 5, 10, 14)));
        }
    }
}
