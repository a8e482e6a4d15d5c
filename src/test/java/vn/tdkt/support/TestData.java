package vn.tdkt.support;

import org.springframework.stereotype.Component;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.organization.service.UnitService;

/** Looks up seeded and demo records the way a user would name them. */
@Component
public class TestData {

    private final AwardTypeService awardTypes;
    private final UnitService units;

    public TestData(AwardTypeService awardTypes, UnitService units) {
        this.awardTypes = awardTypes;
        this.units = units;
    }

    public Long award(String code) {
        return awardTypes.search("", null).stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow()
                .id();
    }

    /** The best match of an accent-free search, e.g. "van phong tinh uy quang tri". */
    public Long unit(String query) {
        return units.options(query, 0, 1).getFirst().id();
    }
}
