package vn.tdkt.security.service;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id (OWASP's first choice: memory-hard, no length limit, so a
 * 128-character Vietnamese passphrase of 300+ bytes hashes whole, where bcrypt stops at 72 bytes),
 * named in the hash ({@code {argon2id}$argon2id$v=19$m=19456,t=2,p=1$…}) through Spring's
 * delegating encoder. Hashes of the old {@code {bcrypt}} scheme still verify and are replaced by
 * Argon2id at the next successful login ({@link TdktUserDetailsService#updatePassword}).
 * Every password is brought to Unicode NFC first: the same passphrase typed on a keyboard that
 * sends combining marks (NFD) is the same password.
 */
public final class PasswordHashing {

    static final String ID = "argon2id";

    /** OWASP Password Storage Cheat Sheet (2025): m = 19 MiB, t = 2, p = 1; 16-byte salt, 32-byte hash. */
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;

    private static final Semaphore CONCURRENT = new Semaphore(
            Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), true);

    private PasswordHashing() {
    }

    public static PasswordEncoder encoder() {
        PasswordEncoder argon2 = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB,
                ITERATIONS);
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(ID, Map.of(
                ID, argon2,
                "argon2@SpringSecurity_v5_8", argon2,
                "argon2", argon2,
                "bcrypt", new BCryptPasswordEncoder()));
        return new Nfc(delegating);
    }

    /**
     * NFC before hashing; an old hash made from the keyboard's own form (NFD) still verifies.
     * At most {@link #CONCURRENT} hashes run at once: each takes 19 MiB, and a flood of logins
     * must queue rather than exhaust the heap.
     */
    private record Nfc(PasswordEncoder delegate) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return limited(() -> delegate.encode(PasswordPolicy.normalise(rawPassword)));
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            String nfc = PasswordPolicy.normalise(rawPassword);
            if (limited(() -> delegate.matches(nfc, encodedPassword))) {
                return true;
            }
            return rawPassword != null && encodedPassword != null && encodedPassword.startsWith("{bcrypt}")
                    && !nfc.contentEquals(rawPassword) && limited(() -> delegate.matches(rawPassword, encodedPassword));
        }

        private static <T> T limited(Supplier<T> hashing) {
            CONCURRENT.acquireUninterruptibly();
            try {
                return hashing.get();
            } finally {
                CONCURRENT.release();
            }
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
