package vn.tdkt.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void the_file_name_goes_to_the_browser_in_ascii_and_in_utf8_per_rfc_5987() {
        assertThat(Downloads.contentDisposition("Quyết định 12-QĐ-VPTU.pdf")).isEqualTo(
                "attachment; filename=\"Quyet-dinh-12-QD-VPTU.pdf\"; "
                        + "filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2012-Q%C4%90-VPTU.pdf");
    }
}
