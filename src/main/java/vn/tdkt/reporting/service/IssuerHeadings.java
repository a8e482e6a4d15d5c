package vn.tdkt.reporting.service;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.tdkt.base.service.Access;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.service.UnitService.UnitDetails;
import vn.tdkt.reporting.service.DocumentRecords.HeadingStyle;
import vn.tdkt.reporting.service.DocumentRecords.IssuerHeading;

/**
 * The heading of a document issued by a unit, derived from the organisation registry so that
 * renaming a unit there renames its documents:
 * <ul>
 * <li>the style from the unit's kind: a state authority (UBND, Chính phủ…) writes in state
 * style (Decree 30/2020), every other issuer here is a party body (Hướng dẫn 36-HD/VPTW);</li>
 * <li>a party office "Văn phòng X" writes "X" over "VĂN PHÒNG" ("TỈNH ỦY QUẢNG TRỊ" /
 * "VĂN PHÒNG"; the central office "BAN CHẤP HÀNH TRUNG ƯƠNG" / "VĂN PHÒNG"), a department
 * its parent over itself, anything else its own name;</li>
 * <li>the place before the date from the name of the locality in the issuer's (or its
 * parent's) name, e.g. "Quảng Trị"; central bodies write "Hà Nội";</li>
 * <li>the head who confers the issuer's certificates: "Chánh" + the office's name, "Chủ tịch"
 * + an Ủy ban nhân dân, otherwise the issuer itself (Thủ tướng Chính phủ).</li>
 * </ul>
 */
@Service
public class IssuerHeadings {

    private static final Pattern LOCALITY = Pattern.compile(
            "(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|tỉnh|thành phố|huyện|quận|thị xã) (.+)$");
    private static final String OFFICE = "Văn phòng ";

    private final UnitService units;

    public IssuerHeadings(UnitService units) {
        this.units = units;
    }

    @Access.Authenticated
    public IssuerHeading of(Long unitId) {
        UnitDetails u = units.get(unitId);
        return derive(u.name(), u.kind(), u.parentName());
    }

    static IssuerHeading derive(String name, UnitKind kind, String parentName) {
        if (kind == UnitKind.STATE_AUTHORITY) {
            List<String> lines = parentName == null ? List.of(name) : List.of(parentName, name);
            String head = name.startsWith("Ủy ban nhân dân") ? "Chủ tịch " + name : name;
            return new IssuerHeading(HeadingStyle.STATE, lines, place(name, parentName), head);
        }
        boolean office = kind == UnitKind.CENTRAL_OFFICE || kind == UnitKind.PROVINCIAL_OFFICE
                || kind == UnitKind.LOCAL_OFFICE;
        if (office && name.startsWith(OFFICE)) {
            String body = name.substring(OFFICE.length());
            String top = kind == UnitKind.CENTRAL_OFFICE ? "Ban Chấp hành Trung ương" : body;
            return new IssuerHeading(HeadingStyle.PARTY, List.of(top, "Văn phòng"), place(name, parentName),
                    "Chánh " + name);
        }
        if (kind == UnitKind.DEPARTMENT && parentName != null) {
            return new IssuerHeading(HeadingStyle.PARTY, List.of(parentName, name), place(parentName, null),
                    "Trưởng " + name);
        }
        return new IssuerHeading(HeadingStyle.PARTY, List.of(name), place(name, parentName), name);
    }

    static String place(String name, String parentName) {
        for (String n : new String[] {name, parentName}) {
            if (n == null) {
                continue;
            }
            Matcher m = LOCALITY.matcher(n);
            if (m.find()) {
                return m.group(1);
            }
            if (n.contains("Trung ương") || n.contains("Chính phủ") || n.contains("Chủ tịch nước")) {
                return "Hà Nội";
            }
        }
        return null;
    }
}
