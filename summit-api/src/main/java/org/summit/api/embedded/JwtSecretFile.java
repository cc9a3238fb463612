package org.summit.api.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs session tokens when SUMMIT_JWT_SECRET is not given: 256 random bits made on first start and
 * kept in the data directory, readable by its owner only, so sessions survive a restart. Several instances must
 * share one key: give them the same SUMMIT_JWT_SECRET.
 */
final class JwtSecretFile {

    static final String NAME = "jwt-secret";

    private JwtSecretFile() {}

    static String readOrCreate(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
            Files.createDirectories(dataDir);
            Files.writeString(file, secret, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // A file system without POSIX permissions (Windows): the directory's own protection applies.
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the session signing key in " + file, e);
        }
    }
}
