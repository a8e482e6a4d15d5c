package vn.tdkt.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.tdkt.support.Refusals.assertRefused;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password policy (ASVS 5.0 V6.2) and the way passwords are hashed, without a database. */
class PasswordPolicyTest {

    /** 58 characters, 75 bytes in UTF-8: more than bcrypt's 72. */
    static final String PASSPHRASE = "Tôi yêu Quảng Trị quê hương tôi mãi mãi bên sông Thạch Hãn";

    private final PasswordPolicy policy = PasswordPolicy.shipped();

    private void accepted(String password) {
        assertThatCode(() -> policy.check(password, "canbo.tonghop", "Lê Thị Hồng Nhung")).as(password)
                .doesNotThrowAnyException();
    }

    private void refused(String key, String password) {
        try {
            assertRefused(key, "password", () -> policy.check(password, "canbo.tonghop", "Lê Thị Hồng Nhung"));
        } catch (AssertionError e) {
            throw new AssertionError(password + ": " + e.getMessage(), e);
        }
    }

    @Test
    void a_vietnamese_passphrase_of_75_bytes_is_accepted_without_digits_or_symbols() {
        assertThat(PASSPHRASE.getBytes(StandardCharsets.UTF_8)).hasSize(75);
        accepted(PASSPHRASE);
        accepted("ngựa ô phi nước đại");
        accepted("correct horse battery staple");
        accepted("Bảy con mèo đen ngủ trên mái nhà kho cũ, ".repeat(4).substring(0, 128));
    }

    @Test
    void a_password_needs_12_to_128_characters_counted_as_letters_not_bytes() {
        refused("error.password.tooShort", "Demo@2026");
        refused("error.password.tooShort", "ngắn quá đi");
        refused("error.password.tooShort", "            ");
        accepted("đường về quê");
        refused("error.password.tooLong", "ô".repeat(129));
    }

    @Test
    void common_and_breached_passwords_are_refused_also_dressed_up() {
        assertThat(policy.size()).isGreaterThan(3000);
        for (String common : new String[] {"matkhau123456", "Matkhau@123456", "Mật khẩu 2026!", "123456789012",
                "1234567890qwerty", "qwertyuiop123", "1q2w3e4r5t6y", "Password1234!", "P@ssw0rd2026!",
                "anhyeuem123456", "Anh yêu em 1990", "emyeuanh2026@", "iloveyouiloveyou", "aaaaaaaaaaaaaaa",
                "abcabcabcabc", "!@#$%^&*()_+", "zaq12wsxcde3", "Quảng Trị 2026!", "thiduakhenthuong2026",
                "vietnam20112000", "hanoi muathu 2024", "0987654321!!"}) {
            refused("error.password.common", common);
        }
    }

    @Test
    void a_password_holding_the_user_name_or_the_full_name_is_refused_whatever_the_accents_and_case() {
        refused("error.password.containsUsername", "Canbo.TongHop của Quảng Trị");
        refused("error.password.containsUsername", "cánbộ tổnghợp mãi đỉnh");
        refused("error.password.containsName", "LE THI HONG NHUNG xinh đẹp");
        accepted("Nhung thích hoa sen trắng");
    }

    @Test
    void control_and_invisible_characters_are_refused() {
        refused("error.password.controlCharacters", "mật khẩu\u202Edài hơn mười hai");
        refused("error.password.controlCharacters", "mật khẩu\tdài hơn mười hai");
    }

    @Test
    void new_passwords_are_argon2id_and_the_same_passphrase_typed_with_combining_marks_matches() {
        PasswordEncoder encoder = PasswordHashing.encoder();
        String hash = encoder.encode(PASSPHRASE);
        assertThat(hash).startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("Quảng");

        String decomposed = Normalizer.normalize(PASSPHRASE, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(PASSPHRASE);
        assertThat(encoder.matches(decomposed, hash)).isTrue();
        assertThat(encoder.matches(PASSPHRASE + " ", hash)).isFalse();
        // Nothing is cut off: bcrypt would ignore everything after the 72nd byte.
        assertThat(encoder.matches(PASSPHRASE.substring(0, PASSPHRASE.length() - 1), hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void an_old_bcrypt_hash_still_verifies_and_asks_to_be_upgraded() {
        PasswordEncoder encoder = PasswordHashing.encoder();
        String old = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .encode("Thu@2026x");
        assertThat(encoder.matches("Thu@2026x", old)).isTrue();
        assertThat(encoder.upgradeEncoding(old)).isTrue();
    }
}
