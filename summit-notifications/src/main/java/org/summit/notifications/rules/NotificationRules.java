package org.summit.notifications.rules;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.EventEnvelope;
import org.summit.events.accounts.AccountChanged;
import org.summit.events.accounts.AccountInvited;
import org.summit.events.agenda.AgendaPublished;
import org.summit.events.agenda.SessionBookmarkRemoved;
import org.summit.events.agenda.SessionBookmarked;
import org.summit.events.agenda.SessionCancelled;
import org.summit.events.agenda.SessionChanged;
import org.summit.events.agenda.SessionMoved;
import org.summit.events.agenda.SessionScheduled;
import org.summit.events.agenda.SummitCreated;
import org.summit.events.agenda.SummitRevised;
import org.summit.events.ceremony.DeclarationSealed;
import org.summit.events.ceremony.SignatoryCalled;
import org.summit.events.ceremony.TabletDisconnected;
import org.summit.events.cities.CityRegistered;
import org.summit.events.cities.CityUpdated;
import org.summit.events.exchanges.ExchangeAccepted;
import org.summit.events.exchanges.ExchangeCancelled;
import org.summit.events.exchanges.ExchangeDeclined;
import org.summit.events.exchanges.ExchangeRequested;
import org.summit.events.exchanges.ExchangeRescheduled;
import org.summit.events.exchanges.ExchangeScheduled;
import org.summit.events.exchanges.ExchangeSchedulingFinished;
import org.summit.events.exchanges.ExchangeUnscheduled;
import org.summit.notifications.projections.Cities;
import org.summit.notifications.projections.Programme;
import org.summit.shared.inbox.EventHandlers;
import org.summit.shared.inbox.Inbox;

/**
 * Turns the contexts' events into notifications for people: one consumer (inbox name {@value #CONSUMER}) for every
 * topic notifications reads, so that each event updates notifications' own copies (cities, summits, sessions,
 * bookmarks, exchanges, accounts) and writes what it tells people in one transaction, once, however often Kafka delivers it.
 * The rules themselves: {@link AgendaRules}, {@link ExchangeRules}, {@link CeremonyRules}, {@link AccountRules}.
 */
@Singleton
public class NotificationRules {

    public static final String CONSUMER = "notifications-rules";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationRules.class);

    private final EventHandlers handlers;

    NotificationRules(
            Inbox inbox,
            Cities cities,
            Programme programme,
            AgendaRules agenda,
            ExchangeRules exchanges,
            CeremonyRules ceremony,
            AccountRules accounts) {
        this.handlers = inbox.handlers(CONSUMER)
                .on(
                        CityRegistered.class,
                        (registered, envelope) ->
                                cities.keep(registered.cityId(), registered.name(), envelope.occurredAt()))
                .on(
                        CityUpdated.class,
                        (updated, envelope) -> cities.keep(updated.cityId(), updated.name(), envelope.occurredAt()))
                .on(
                        SummitCreated.class,
                        (created, envelope) -> programme.keepSummit(
                                created.summitId(), created.name(), created.timeZone(), envelope.occurredAt()))
                .on(
                        SummitRevised.class,
                        (revised, envelope) -> programme.keepSummit(
                                revised.summitId(), revised.name(), revised.timeZone(), envelope.occurredAt()))
                .on(SessionScheduled.class, agenda::scheduled)
                .on(SessionChanged.class, agenda::changed)
                .on(SessionMoved.class, agenda::moved)
                .on(SessionCancelled.class, agenda::cancelled)
                .on(SessionBookmarked.class, agenda::starred)
                .on(SessionBookmarkRemoved.class, agenda::unstarred)
                .on(AgendaPublished.class, agenda::published)
                .on(ExchangeRequested.class, exchanges::requested)
                .on(ExchangeAccepted.class, exchanges::accepted)
                .on(ExchangeDeclined.class, exchanges::declined)
                .on(ExchangeScheduled.class, exchanges::scheduled)
                .on(ExchangeRescheduled.class, exchanges::rescheduled)
                .on(ExchangeUnscheduled.class, exchanges::unscheduled)
                .on(ExchangeCancelled.class, exchanges::cancelled)
                .on(ExchangeSchedulingFinished.class, exchanges::finished)
                .on(SignatoryCalled.class, ceremony::called)
                .on(DeclarationSealed.class, ceremony::sealed)
                .on(TabletDisconnected.class, ceremony::disconnected)
                .on(AccountChanged.class, accounts::changed)
                .on(AccountInvited.class, accounts::invited)
                .build();
    }

    /** Applies an event once; the types no rule needs are passed over. */
    public void apply(EventEnvelope event) {
        if (handlers.apply(event)) {
            LOG.debug("Rules applied {} {}", event.type(), event.eventId());
        }
    }
}
