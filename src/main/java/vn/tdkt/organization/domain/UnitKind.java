package vn.tdkt.organization.domain;

import vn.tdkt.base.domain.Shared;

/** Kind of unit in the registry; labels come from the i18n bundle (unit.kind.NAME). */
@Shared
public enum UnitKind {
    /** Văn phòng Trung ương Đảng. */
    CENTRAL_OFFICE,
    /** Văn phòng Tỉnh ủy / Thành ủy. */
    PROVINCIAL_OFFICE,
    /** Văn phòng Huyện ủy, Quận ủy, Đảng ủy… below the province. */
    LOCAL_OFFICE,
    /** Phòng, ban inside an office. */
    DEPARTMENT,
    /** Party committees and their boards (Ban Chấp hành, Ban Thường vụ…). */
    PARTY_COMMITTEE,
    /** State bodies that confer awards: UBND tỉnh, Chính phủ, Thủ tướng, Chủ tịch nước. */
    STATE_AUTHORITY,
    OTHER;

    /** Collectives inside an office are named together with their parent. */
    public boolean namedWithParent() {
        return this == DEPARTMENT;
    }
}
