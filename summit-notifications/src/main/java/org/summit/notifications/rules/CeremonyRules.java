package org.summit.notifications.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.summit.events.EventEnvelope;
import org.summit.events.ceremony.DeclarationSealed;
import org.summit.events.ceremony.SignatoryCalled;
import org.summit.events.ceremony.TabletDisconnected;
import org.summit.notices.NoticeKind;
import org.summit.notifications.delivery.NotificationSettings;
import org.summit.notifications.delivery.Notifier;
import org.summit.notifications.delivery.People;
import org.summit.notifications.messages.Letter;
import org.summit.notifications.messages.Phrase;
import org.summit.notifications.messages.PublicLinks;

/**
 * What the ceremony's events tell people: the signatory called to sign (the signatory is a delegate: their id is the
 * delegate id the cities context designated), every delegate that the declaration was sealed (with the links to the
 * sealed PDF and to the verification page), and the ceremony staff that a signing tablet disconnected.
 */
@Singleton
class CeremonyRules {

    static final String STAFF_LINK = "/staff";

    private final People people;
    private final Notifier notifier;
    private final PublicLinks links;
    private final NotificationSettings settings;

    CeremonyRules(People people, Notifier notifier, PublicLinks links, NotificationSettings settings) {
        this.people = people;
        this.notifier = notifier;
        this.links = links;
        this.settings = settings;
    }

    void called(SignatoryCalled called, EventEnvelope envelope) {
        people.delegate(called.signatoryId())
                .ifPresent(signatory -> notifier.send(
                        List.of(signatory),
                        Letter.of(NoticeKind.CEREMONY_CALLED, envelope.eventId(), null)
                                .body(Phrase.of(called.cityName()))));
    }

    void sealed(DeclarationSealed sealed, EventEnvelope envelope) {
        Phrase name = Phrase.of(sealed.name());
        notifier.send(
                people.everyDelegate(),
                Letter.of(NoticeKind.CEREMONY_SEALED, envelope.eventId(), sealed.verificationPath())
                        .title(name)
                        .body(name, Phrase.at(sealed.sealedAt(), settings.zone()))
                        .items(List.of(new Letter.Item(
                                Phrase.message("item.fingerprint"), Phrase.literal(sealed.fingerprint()))))
                        .links(List.of(new Letter.Link(
                                Phrase.message("ceremony.sealed.pdf"), links.absolute(sealed.pdfPath())))));
    }

    void disconnected(TabletDisconnected disconnected, EventEnvelope envelope) {
        Phrase city = Phrase.of(disconnected.cityName());
        notifier.send(
                people.staff(),
                Letter.of(NoticeKind.STAFF_TABLET_DISCONNECTED, envelope.eventId(), STAFF_LINK)
                        .title(city)
                        .body(city, Phrase.at(disconnected.disconnectedAt(), settings.zone()))
                        .items(List.of(new Letter.Item(
                                Phrase.message("item.device"), Phrase.literal(disconnected.deviceId())))));
    }
}
