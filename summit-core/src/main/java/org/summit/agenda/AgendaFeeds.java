package org.summit.agenda;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.summit.agenda.AgendaRepositories.FeedRepository;
import org.summit.shared.NotFoundException;

/**
 * Personal calendar feeds: a person's agenda of one summit at a secret URL that calendar apps poll without logging
 * in. The URL's token is 32 random bytes (URL-safe Base64, 43 characters), shown once when issued; only its SHA-256
 * is stored. One feed per person and summit: issuing again replaces the old token, revoking deletes it, and either
 * way the old URL finds nothing from that moment on.
 */
@Singleton
public class AgendaFeeds {

    /** Whose feed a token opens. */
    public record FeedOwner(UUID accountId, UUID summitId) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedRepository feeds;
    private final SummitRepository summits;
    private final Clock clock;

    AgendaFeeds(FeedRepository feeds, SummitRepository summits, Clock clock) {
        this.feeds = feeds;
        this.summits = summits;
        this.clock = clock;
    }

    /** A new secret token for the person's feed of the summit, replacing (and so revoking) any earlier one. */
    @Transactional
    public String issue(UUID accountId, UUID summitId) {
        if (!summits.existsById(summitId)) {
            throw new NotFoundException(AgendaProblem.SUMMIT_NOT_FOUND, Map.of("id", summitId.toString()));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.deleteByAccountIdAndSummitId(accountId, summitId);
        feeds.save(new AgendaFeed(UUID.randomUUID(), accountId, summitId, hash(token), clock.instant()));
        return token;
    }

    /** When the person's current feed of the summit was issued, if they have one (its token is not kept). */
    @Transactional(readOnly = true)
    public Optional<Instant> issuedAt(UUID accountId, UUID summitId) {
        return feeds.findByAccountIdAndSummitId(accountId, summitId).map(AgendaFeed::createdAt);
    }

    /** Revokes the person's feed of the summit; revoking one that is not there changes nothing. */
    @Transactional
    public void revoke(UUID accountId, UUID summitId) {
        feeds.deleteByAccountIdAndSummitId(accountId, summitId);
    }

    /** Whose feed the token opens, or 404 {@code agenda.feed.not-found}. */
    @Transactional(readOnly = true)
    public FeedOwner owner(String token) {
        return feeds.findByTokenHash(hash(token))
                .map(feed -> new FeedOwner(feed.accountId(), feed.summitId()))
                .orElseThrow(() -> new NotFoundException(AgendaProblem.FEED_NOT_FOUND, Map.of()));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
