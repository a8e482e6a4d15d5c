package vn.tdkt.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.base.domain.VietnameseText;

class VietnameseTextTest {

    @Test
    void folding_strips_tones_and_letter_marks_and_d_stroke() {
        assertThat(VietnameseText.fold("  Văn phòng Tỉnh ủy   Quảng Trị ")).isEqualTo("van phong tinh uy quang tri");
        assertThat(VietnameseText.fold("ĐẶNG Thị Ánh")).isEqualTo("dang thi anh");
        assertThat(VietnameseText.fold("Nguyễn Văn Ánh")).isEqualTo("nguyen van anh");
    }

    @Test
    void decomposed_input_is_stored_composed() {
        String decomposed = java.text.Normalizer.normalize("Quảng Trị", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.clean(decomposed)).isEqualTo("Quảng Trị").hasSize(9);
        assertThat(VietnameseText.personSortKey(decomposed + " An"))
                .isEqualTo(VietnameseText.personSortKey("Quảng Trị An"));
    }

    @Test
    void vietnamese_letters_follow_the_alphabet_not_unicode() {
        List<String> names = new ArrayList<>(List.of("Ư", "U", "Đ", "E", "D", "Ơ", "Ô", "O", "Â", "Ă", "A", "Ê"));
        names.sort(VietnameseText.PERSON_NAME_ORDER);
        assertThat(names).containsExactly("A", "Ă", "Â", "D", "Đ", "E", "Ê", "O", "Ô", "Ơ", "U", "Ư");
    }

    @Test
    void tones_only_break_ties_in_the_order_none_grave_hook_tilde_acute_dot() {
        List<String> names = new ArrayList<>(List.of("Mạ", "Má", "Mã", "Mả", "Mà", "Ma", "Mai"));
        names.sort(VietnameseText.PERSON_NAME_ORDER);
        assertThat(names).containsExactly("Ma", "Mà", "Mả", "Mã", "Má", "Mạ", "Mai");
    }

    @Test
    void people_sort_by_given_name_then_family_and_middle_names() {
        List<String> names = new ArrayList<>(List.of("Trần Văn Bình", "Nguyễn Văn Bình", "Lê Thị Ánh",
                "Võ Văn Anh", "Nguyễn Thị Lan"));
        names.sort(VietnameseText.PERSON_NAME_ORDER);
        assertThat(names).containsExactly("Võ Văn Anh", "Lê Thị Ánh", "Nguyễn Văn Bình", "Trần Văn Bình",
                "Nguyễn Thị Lan");
    }

    @Test
    void a_dot_below_with_circumflex_is_read_as_circumflex_letter() {
        // NFD puts the dot below before the circumflex in "ậ"; both must be recognised.
        assertThat(VietnameseText.textKey("ậ")).isEqualTo(VietnameseText.textKey("â").charAt(0) + "05");
        List<String> names = new ArrayList<>(List.of("Ậu", "Au", "Ău"));
        names.sort(VietnameseText.PERSON_NAME_ORDER);
        assertThat(names).containsExactly("Au", "Ău", "Ậu");
    }

    @Test
    void sort_keys_use_only_characters_that_sort_alike_in_every_collation() {
        assertThat(VietnameseText.personSortKey("Nguyễn Thị Ánh Đào")).matches("[0-9A-Z]+");
    }

    @Test
    void old_and_new_tone_placement_are_the_same_name_and_sort_together() {
        assertThat(VietnameseText.sameName("Nguyễn Thị Thuỷ", "Nguyễn Thị Thủy")).isTrue();
        assertThat(VietnameseText.sameName("Lê Hoà", "Lê Hòa")).isTrue();
        assertThat(VietnameseText.sameName("Thuý", "Thúy")).isTrue();
        assertThat(VietnameseText.personSortKey("Trần Thị Thuỷ"))
                .isEqualTo(VietnameseText.personSortKey("Trần Thị Thủy"));
        assertThat(VietnameseText.sameName("Thủy", "Thúy")).isFalse();
        List<String> names = new ArrayList<>(List.of("Thủy", "Thuyên", "Thuỳ", "Thúy", "Thuy", "Thuỷ"));
        names.sort(VietnameseText.PERSON_NAME_ORDER);
        assertThat(names).containsExactly("Thuy", "Thuỳ", "Thủy", "Thuỷ", "Thúy", "Thuyên");
    }

    @Test
    void texts_sort_syllable_by_syllable_with_the_tone_of_each_syllable() {
        List<String> units = new ArrayList<>(List.of("Mà Anh", "Ma Bình", "Ma"));
        units.sort(java.util.Comparator.comparing(VietnameseText::textKey));
        assertThat(units).containsExactly("Ma", "Ma Bình", "Mà Anh");
    }

    @Test
    void unicode_spaces_are_spaces_and_the_eth_is_the_vietnamese_d() {
        String pasted = "\u00A0Nguyễn\u00A0Văn\u202FAnh\u2007 \u200B";
        assertThat(VietnameseText.clean(pasted)).isEqualTo("Nguyễn Văn Anh");
        assertThat(VietnameseText.fold(pasted)).isEqualTo("nguyen van anh");
        assertThat(VietnameseText.clean("\u00D0ặng Văn \u00D0ức")).isEqualTo("Đặng Văn Đức");
        assertThat(VietnameseText.fold("\u00D0ặng")).isEqualTo("dang");
        assertThat(VietnameseText.sameName("\u00D0ặng\u00A0Văn Đức", "Đặng Văn Đức")).isTrue();
    }

    @Test
    void text_already_clean_is_kept_and_every_flaw_is_still_cleaned_one_at_a_time() {
        String clean = "Nguyễn Văn Anh, 163/QĐ-UBND";
        assertThat(VietnameseText.clean(clean)).isSameAs(clean);
        for (String flawed : List.of(" Nguyễn Văn Anh", "Nguyễn Văn Anh ", "Nguyễn  Văn Anh", "Nguyễn\tVăn Anh",
                "Nguyễn\u00A0Văn Anh", "Nguyễn \u200BVăn Anh", "Nguyễn\uFEFF Văn Anh", "Nguyê\u0303n Văn Anh",
                "Nguyễn Văn\u2028Anh", "Nguyễn Văn\u0085Anh")) {
            assertThat(VietnameseText.clean(flawed)).as(flawed).isEqualTo("Nguyễn Văn Anh");
        }
        assertThat(VietnameseText.clean("\u00D0\u00F0\u0189")).isEqualTo("ĐđĐ");
    }

    @Test
    void search_words_split_numbers_at_their_signs() {
        assertThat(VietnameseText.searchWords("163/QĐ-UBND")).containsExactly("163", "/", "qd", "-", "ubnd");
        assertThat(VietnameseText.searchKey(" Trần\u00A0Thị  Thu Hà ")).isEqualTo("tran thi thu ha");
        assertThat(VietnameseText.searchWords("50%")).containsExactly("50", "%");
        assertThat(VietnameseText.searchWords("  ")).isEmpty();
    }
}
