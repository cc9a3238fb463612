package org.summit.accounts;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Argon2id password hashes, with the parameters OWASP recommends as a minimum (19 MiB, 2 passes). */
@Singleton
class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final String unusedHash = encoder.encode("a password nobody has, to spend the same time");

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** Spends as long as a real check, so an unknown e-mail cannot be told from a wrong password by timing. */
    void spendTheTimeOfACheck(String password) {
        encoder.matches(password, unusedHash);
    }
}
