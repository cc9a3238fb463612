package org.summit.notifications;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.EventEnvelope;
import org.summit.events.cities.CityWithdrawn;
import org.summit.events.cities.DelegateAdded;
import org.summit.events.cities.DelegateRemoved;
import org.summit.events.cities.DelegateUpdated;
import org.summit.notices.Recipients;
import org.summit.shared.LocalizedText;
import org.summit.shared.inbox.EventHandlers;
import org.summit.shared.inbox.Inbox;

/**
 * Whom notifications can write to: every member of every attending city's delegation, with their name, e-mail
 * address and writing language. Notifications keeps this copy itself, built from the cities context's events
 * alone, so that it never reads the cities context's tables and works the same in a process of its own. Each
 * event changes the directory once, however often Kafka delivers it.
 */
@Singleton
public class RecipientDirectory {

    static final String CONSUMER = "notifications-recipients";
    private static final Logger LOG = LoggerFactory.getLogger(RecipientDirectory.class);

    private final RecipientRepository recipients;
    private final EventHandlers handlers;

    RecipientDirectory(RecipientRepository recipients, Inbox inbox) {
        this.recipients = recipients;
        this.handlers = inbox.handlers(CONSUMER)
                .on(DelegateAdded.class, (added, envelope) -> added(added, envelope.occurredAt()))
                .on(DelegateUpdated.class, (updated, envelope) -> updated(updated, envelope.occurredAt()))
                .on(DelegateRemoved.class, (removed, envelope) -> removed(removed))
                .on(CityWithdrawn.class, (withdrawn, envelope) -> withdrawn(withdrawn))
                .build();
    }

    /** Applies an event of the cities topic, once; the events that name nobody to write to are passed over. */
    void apply(EventEnvelope event) {
        if (!handlers.apply(event)) {
            LOG.debug("Recipient directory: passed over {} {}", event.type(), event.eventId());
        }
    }

    public Optional<Recipient> find(UUID delegateId) {
        return recipients.findById(delegateId);
    }

    /** The members of a city's delegation, by English name. */
    public List<Recipient> ofCity(String cityId) {
        return recipients.findByCityIdOrderByNameEnAsc(cityId);
    }

    /** Every recipient of every city, by English name. */
    public List<Recipient> all() {
        return recipients.findAllOrderByNameEnAsc();
    }

    /** The delegate an e-mail address belongs to (the latest, if several share it), as "my agenda" links them. */
    public Optional<Recipient> byAddress(String email) {
        return recipients.findByAddress(Recipients.key(email)).stream().findFirst();
    }

    public long count() {
        return recipients.count();
    }

    private void added(DelegateAdded added, Instant occurredAt) {
        put(added.delegateId(), added.cityId(), added.name(), added.email(), added.preferredLanguage(), occurredAt);
    }

    private void updated(DelegateUpdated updated, Instant occurredAt) {
        put(
                updated.delegateId(),
                updated.cityId(),
                updated.name(),
                updated.email(),
                updated.preferredLanguage(),
                occurredAt);
    }

    // An add for a delegate already here updates the entry too: whatever arrives last is the latest profile,
    // since the events of one city are keyed by it and so arrive in order.
    private void put(
            String delegateId, String cityId, LocalizedText name, String email, String language, Instant occurredAt) {
        Recipient recipient = new Recipient(
                UUID.fromString(delegateId), cityId, name.zhHant(), name.en(), email, language, occurredAt);
        boolean known = recipients.existsById(recipient.delegateId());
        if (known) {
            recipients.update(recipient);
        } else {
            recipients.save(recipient);
        }
        // Names are public (every delegation's list shows them); the e-mail address stays out of the log.
        LOG.info(
                "Recipient directory: {} {} {} / {} ({}, writes in {})",
                known ? "updated" : "added",
                recipient.delegateId(),
                name.en(),
                name.zhHant(),
                cityId,
                language);
    }

    private void removed(DelegateRemoved removed) {
        UUID delegateId = UUID.fromString(removed.delegateId());
        if (recipients.existsById(delegateId)) {
            recipients.deleteById(delegateId);
            LOG.info("Recipient directory: removed {} ({})", delegateId, removed.cityId());
        }
    }

    private void withdrawn(CityWithdrawn withdrawn) {
        int removed = recipients.deleteByCityId(withdrawn.cityId());
        LOG.info("Recipient directory: removed the {} recipients of withdrawn {}", removed, withdrawn.cityId());
    }
}
