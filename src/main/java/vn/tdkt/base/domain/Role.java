package vn.tdkt.base.domain;

/** Roles of the application; Spring Security sees them as ROLE_&lt;name&gt;. */
public enum Role {
    /** Quản trị: maintains users, organisation and catalogue. */
    ADMIN,
    /** Thường trực / thư ký Hội đồng: prepares dossiers, enters decisions. */
    SECRETARY,
    /** Ủy viên Hội đồng: reviews and votes. */
    COUNCIL_MEMBER,
    /** Cán bộ TĐKT of one unit: submits that unit's nominations. */
    UNIT_OFFICER,
    /** Cán bộ xem: looks up awards history. */
    VIEWER
}
