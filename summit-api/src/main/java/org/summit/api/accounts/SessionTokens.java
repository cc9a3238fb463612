package org.summit.api.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.summit.accounts.Account;
import org.summit.accounts.Device;
import org.summit.accounts.Session;

/**
 * Issues the signed session token (a JWT in an HttpOnly cookie) and the CSRF token bound to it. The JWT names the
 * account as subject, the audience {@value #AUDIENCE} and the session id as {@code jti}; HS256 with the server's
 * secret is the only algorithm accepted. It carries no role: the role is read from the account on every request
 * ({@link CurrentAccountAuthentication}).
 */
@Singleton
class SessionTokens {

    static final String AUDIENCE = "summit";
    static final String ISSUER = "summit";
    static final String COOKIE = "SUMMIT_SESSION";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final Duration VALIDITY = Duration.ofHours(12);

    private final JwtTokenGenerator generator;
    private final Clock clock;
    private final SecretKeySpec csrfKey;

    SessionTokens(
            JwtTokenGenerator generator,
            Clock clock,
            @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        this.generator = generator;
        this.clock = clock;
        this.csrfKey = new SecretKeySpec(sha256("csrf:" + secret), "HmacSHA256");
    }

    String sessionToken(Account account, Session session) {
        Instant now = clock.instant();
        return generator
                .generateToken(Map.of(
                        "sub", account.id().toString(),
                        "email", account.email(),
                        "aud", AUDIENCE,
                        "iss", ISSUER,
                        "jti", session.id().toString(),
                        "iat", now.getEpochSecond(),
                        "nbf", now.getEpochSecond(),
                        "exp", session.expiresAt().getEpochSecond()))
                .orElseThrow(() -> new IllegalStateException("No session token could be signed"));
    }

    /**
     * The bearer credential of a paired device: its kind as role, its ceremony and signatory as claims (for the
     * device to read; the server reads them from the device's record).
     */
    String deviceToken(Device device) {
        Instant now = clock.instant();
        Map<String, Object> claims = new java.util.HashMap<>();
        claims.put("sub", "device:" + device.id());
        claims.put("roles", List.of(device.kind().code()));
        claims.put("aud", AUDIENCE);
        claims.put("iss", ISSUER);
        claims.put("jti", device.id().toString());
        claims.put("ceremonyId", device.ceremonyId());
        if (device.signatoryId() != null) {
            claims.put("signatoryId", device.signatoryId());
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", device.expiresAt().getEpochSecond());
        return generator
                .generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("No device token could be signed"));
    }

    /** The CSRF token of a session: an HMAC of its id, so it cannot be guessed or planted by another site. */
    String csrfToken(String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(csrfKey);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean csrfTokenMatches(String sessionId, String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        csrfToken(sessionId).getBytes(StandardCharsets.US_ASCII),
                        presented.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
