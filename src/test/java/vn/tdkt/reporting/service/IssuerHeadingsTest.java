package vn.tdkt.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.reporting.service.DocumentRecords.HeadingStyle;
import vn.tdkt.reporting.service.DocumentRecords.IssuerHeading;

/** How the registry's units head their documents. */
class IssuerHeadingsTest {

    @Test
    void a_provincial_party_office_writes_its_committee_over_van_phong_in_party_style() {
        IssuerHeading h = IssuerHeadings.derive("Văn phòng Tỉnh ủy Quảng Trị", UnitKind.PROVINCIAL_OFFICE,
                "Văn phòng Trung ương Đảng");

        assertThat(h.style()).isEqualTo(HeadingStyle.PARTY);
        assertThat(h.lines()).containsExactly("Tỉnh ủy Quảng Trị", "Văn phòng");
        assertThat(h.place()).isEqualTo("Quảng Trị");
        assertThat(h.head()).isEqualTo("Chánh Văn phòng Tỉnh ủy Quảng Trị");
    }

    @Test
    void the_central_office_writes_ban_chap_hanh_trung_uong_and_hanoi() {
        IssuerHeading h = IssuerHeadings.derive("Văn phòng Trung ương Đảng", UnitKind.CENTRAL_OFFICE, null);

        assertThat(h.lines()).containsExactly("Ban Chấp hành Trung ương", "Văn phòng");
        assertThat(h.place()).isEqualTo("Hà Nội");
        assertThat(h.head()).isEqualTo("Chánh Văn phòng Trung ương Đảng");
    }

    @Test
    void a_state_authority_writes_in_state_style_and_its_chairman_confers() {
        IssuerHeading h = IssuerHeadings.derive("Ủy ban nhân dân tỉnh Quảng Trị", UnitKind.STATE_AUTHORITY, null);

        assertThat(h.style()).isEqualTo(HeadingStyle.STATE);
        assertThat(h.lines()).containsExactly("Ủy ban nhân dân tỉnh Quảng Trị");
        assertThat(h.place()).isEqualTo("Quảng Trị");
        assertThat(h.head()).isEqualTo("Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị");
    }

    @Test
    void a_district_office_and_a_department_take_their_locality_from_their_own_or_their_parents_name() {
        assertThat(IssuerHeadings.derive("Văn phòng Huyện ủy Châu Thành", UnitKind.LOCAL_OFFICE,
                "Văn phòng Tỉnh ủy Hậu Giang").place()).isEqualTo("Châu Thành");
        IssuerHeading dept = IssuerHeadings.derive("Phòng Tổng hợp", UnitKind.DEPARTMENT,
                "Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(dept.lines()).containsExactly("Văn phòng Tỉnh ủy Quảng Trị", "Phòng Tổng hợp");
        assertThat(dept.place()).isEqualTo("Quảng Trị");
    }
}
