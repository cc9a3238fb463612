package org.summit.events;

import java.util.List;
import java.util.Optional;
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
import org.summit.events.ceremony.CeremonyPrepared;
import org.summit.events.ceremony.DeclarationLocked;
import org.summit.events.ceremony.DeclarationSealed;
import org.summit.events.ceremony.ScreenPaired;
import org.summit.events.ceremony.SignatoryCalled;
import org.summit.events.ceremony.SignatoryMarkedAbsent;
import org.summit.events.ceremony.SignatureCleared;
import org.summit.events.ceremony.SignatureConfirmed;
import org.summit.events.ceremony.SigningOpened;
import org.summit.events.ceremony.StrokesDrawn;
import org.summit.events.ceremony.TabletDisconnected;
import org.summit.events.ceremony.TabletPaired;
import org.summit.events.cities.CityRegistered;
import org.summit.events.cities.CityUpdated;
import org.summit.events.cities.CityWithdrawn;
import org.summit.events.cities.DelegateAdded;
import org.summit.events.cities.DelegateRemoved;
import org.summit.events.cities.DelegateUpdated;
import org.summit.events.cities.HeadOfDelegationAppointed;
import org.summit.events.cities.HeadOfDelegationVacated;
import org.summit.events.cities.ProtocolOrderChanged;
import org.summit.events.cities.SignatoryDesignated;
import org.summit.events.cities.SignatoryWithdrawn;
import org.summit.events.exchanges.ExchangeAccepted;
import org.summit.events.exchanges.ExchangeCancelled;
import org.summit.events.exchanges.ExchangeDeclined;
import org.summit.events.exchanges.ExchangeOutcomeRecorded;
import org.summit.events.exchanges.ExchangeRequested;
import org.summit.events.exchanges.ExchangeRescheduled;
import org.summit.events.exchanges.ExchangeScheduled;
import org.summit.events.exchanges.ExchangeSchedulingFinished;
import org.summit.events.exchanges.ExchangeTimesProposed;
import org.summit.events.exchanges.ExchangeUnscheduled;
import org.summit.events.notifications.MailDeadLettered;
import org.summit.events.notifications.NoticeCreated;

/**
 * Every event Summit publishes, with the name it travels under, its schema version and its topic. The wire name
 * is kept here, not derived from the class, so that renaming a class never changes a contract.
 */
public final class EventCatalog {

    /** One published event type. */
    public record Entry(Class<? extends DomainEvent> javaType, String name, int schemaVersion, String topic) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry(SummitCreated.class, "SummitCreated", 1, Topics.AGENDA),
            new Entry(SummitRevised.class, "SummitRevised", 1, Topics.AGENDA),
            new Entry(SessionScheduled.class, "SessionScheduled", 1, Topics.AGENDA),
            new Entry(SessionChanged.class, "SessionChanged", 1, Topics.AGENDA),
            new Entry(SessionMoved.class, "SessionMoved", 1, Topics.AGENDA),
            new Entry(SessionCancelled.class, "SessionCancelled", 1, Topics.AGENDA),
            new Entry(AgendaPublished.class, "AgendaPublished", 1, Topics.AGENDA),
            new Entry(SessionBookmarked.class, "SessionBookmarked", 1, Topics.AGENDA),
            new Entry(SessionBookmarkRemoved.class, "SessionBookmarkRemoved", 1, Topics.AGENDA),
            new Entry(CityRegistered.class, "CityRegistered", 1, Topics.CITIES),
            new Entry(CityUpdated.class, "CityUpdated", 1, Topics.CITIES),
            new Entry(CityWithdrawn.class, "CityWithdrawn", 1, Topics.CITIES),
            new Entry(DelegateAdded.class, "DelegateAdded", 1, Topics.CITIES),
            new Entry(DelegateUpdated.class, "DelegateUpdated", 1, Topics.CITIES),
            new Entry(DelegateRemoved.class, "DelegateRemoved", 1, Topics.CITIES),
            new Entry(SignatoryDesignated.class, "SignatoryDesignated", 1, Topics.CITIES),
            new Entry(SignatoryWithdrawn.class, "SignatoryWithdrawn", 1, Topics.CITIES),
            new Entry(HeadOfDelegationAppointed.class, "HeadOfDelegationAppointed", 1, Topics.CITIES),
            new Entry(HeadOfDelegationVacated.class, "HeadOfDelegationVacated", 1, Topics.CITIES),
            new Entry(ProtocolOrderChanged.class, "ProtocolOrderChanged", 1, Topics.CITIES),
            new Entry(ExchangeRequested.class, "ExchangeRequested", 1, Topics.EXCHANGES),
            new Entry(ExchangeAccepted.class, "ExchangeAccepted", 1, Topics.EXCHANGES),
            new Entry(ExchangeDeclined.class, "ExchangeDeclined", 1, Topics.EXCHANGES),
            new Entry(ExchangeTimesProposed.class, "ExchangeTimesProposed", 1, Topics.EXCHANGES),
            new Entry(ExchangeScheduled.class, "ExchangeScheduled", 1, Topics.EXCHANGES),
            new Entry(ExchangeRescheduled.class, "ExchangeRescheduled", 1, Topics.EXCHANGES),
            new Entry(ExchangeUnscheduled.class, "ExchangeUnscheduled", 1, Topics.EXCHANGES),
            new Entry(ExchangeCancelled.class, "ExchangeCancelled", 1, Topics.EXCHANGES),
            new Entry(ExchangeOutcomeRecorded.class, "ExchangeOutcomeRecorded", 1, Topics.EXCHANGES),
            new Entry(ExchangeSchedulingFinished.class, "ExchangeSchedulingFinished", 1, Topics.EXCHANGES),
            new Entry(CeremonyPrepared.class, "CeremonyPrepared", 1, Topics.CEREMONY),
            new Entry(DeclarationLocked.class, "DeclarationLocked", 1, Topics.CEREMONY),
            new Entry(TabletPaired.class, "TabletPaired", 1, Topics.CEREMONY),
            new Entry(ScreenPaired.class, "ScreenPaired", 1, Topics.CEREMONY),
            new Entry(SigningOpened.class, "SigningOpened", 1, Topics.CEREMONY),
            new Entry(SignatoryCalled.class, "SignatoryCalled", 1, Topics.CEREMONY),
            new Entry(SignatureConfirmed.class, "SignatureConfirmed", 1, Topics.CEREMONY),
            new Entry(SignatoryMarkedAbsent.class, "SignatoryMarkedAbsent", 1, Topics.CEREMONY),
            new Entry(DeclarationSealed.class, "DeclarationSealed", 1, Topics.CEREMONY),
            new Entry(TabletDisconnected.class, "TabletDisconnected", 1, Topics.CEREMONY),
            new Entry(StrokesDrawn.class, "StrokesDrawn", 1, Topics.CEREMONY_STROKES),
            new Entry(SignatureCleared.class, "SignatureCleared", 1, Topics.CEREMONY_STROKES),
            new Entry(AccountChanged.class, "AccountChanged", 1, Topics.ACCOUNTS),
            new Entry(AccountInvited.class, "AccountInvited", 1, Topics.ACCOUNTS),
            new Entry(NoticeCreated.class, "NoticeCreated", 1, Topics.NOTIFICATIONS),
            new Entry(MailDeadLettered.class, "MailDeadLettered", 1, Topics.NOTIFICATIONS_DEAD_LETTERS));

    private EventCatalog() {}

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Entry of(Class<? extends DomainEvent> javaType) {
        return ENTRIES.stream()
                .filter(entry -> entry.javaType().equals(javaType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        javaType.getName() + " is not in the event catalog; add it before publishing it"));
    }

    public static Optional<Entry> named(String name) {
        return ENTRIES.stream().filter(entry -> entry.name().equals(name)).findFirst();
    }
}
