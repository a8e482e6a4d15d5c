package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tdkt.decision.domain.DocumentNumber;

class DocumentNumberTest {

    @Test
    void type_and_body_codes_with_lower_case_letters_are_read_as_printed() {
        DocumentNumber ttg = DocumentNumber.parse("1234/QĐ-TTg");
        assertThat(ttg.wellFormed()).isTrue();
        assertThat(ttg.seq()).isEqualTo(1234);
        assertThat(ttg.type()).isEqualTo("QĐ");
        assertThat(ttg.body()).isEqualTo("TTg");

        DocumentNumber submission = DocumentNumber.parse("45-TTr/VPTU");
        assertThat(submission.wellFormed()).isTrue();
        assertThat(submission.type()).isEqualTo("TTr");
        assertThat(submission.body()).isEqualTo("VPTU");
    }

    @Test
    void an_en_dash_and_a_leading_so_are_what_people_type() {
        assertThat(DocumentNumber.parse("15–QĐ/VPTU")).isEqualTo(new DocumentNumber("15-QĐ/VPTU", 15, "QĐ", "VPTU"));
        assertThat(DocumentNumber.parse("Số 163/QĐ–UBND")).isEqualTo(
                new DocumentNumber("163/QĐ-UBND", 163, "QĐ", "UBND"));
        assertThat(DocumentNumber.parse("Số: 36-HD/VPTW").seq()).isEqualTo(36);
        assertThat(DocumentNumber.parse("số 07 - QĐ / VPTU").printed()).isEqualTo("07-QĐ/VPTU");
    }

    @Test
    void qd_and_qđ_leading_zeros_and_letter_case_are_the_same_number() {
        String identity = DocumentNumber.parse("05-QĐ/VPTU").identity();
        assertThat(DocumentNumber.parse("5-QD/VPTU").identity()).isEqualTo(identity);
        assertThat(DocumentNumber.parse("5-qđ/vptu").identity()).isEqualTo(identity);
        assertThat(DocumentNumber.parse("Số 05–QĐ/VPTU").identity()).isEqualTo(identity);
        assertThat(DocumentNumber.parse("6-QĐ/VPTU").identity()).isNotEqualTo(identity);
        assertThat(DocumentNumber.parse("5-CT/VPTU").identity()).isNotEqualTo(identity);
    }

    @Test
    void a_number_in_no_known_shape_is_kept_and_flagged() {
        DocumentNumber odd = DocumentNumber.parse("QĐ số 15 ngày 3/2");
        assertThat(odd.wellFormed()).isFalse();
        assertThat(odd.printed()).isEqualTo("QĐ số 15 ngày 3/2");
    }
}
