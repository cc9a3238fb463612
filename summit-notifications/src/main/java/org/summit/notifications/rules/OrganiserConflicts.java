package org.summit.notifications.rules;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.summit.notices.NoticeKind;
import org.summit.notifications.delivery.Notifier;
import org.summit.notifications.delivery.People;
import org.summit.notifications.messages.Letter;
import org.summit.notifications.messages.Phrase;
import org.summit.notifications.projections.Conflicts.Overlap;

/** Tells the organisers of the overlaps that one event made appear, in one notification. */
@Singleton
class OrganiserConflicts {

    static final String LINK = "/organiser/exchanges";

    private final People people;
    private final Notifier notifier;

    OrganiserConflicts(People people, Notifier notifier) {
        this.people = people;
        this.notifier = notifier;
    }

    void tell(List<Overlap> appeared, UUID eventId) {
        if (appeared.isEmpty()) {
            return;
        }
        List<Letter.Item> items = appeared.stream()
                .map(overlap -> new Letter.Item(
                        people.name(overlap.delegateId()),
                        Phrase.message(
                                "organiser.conflict.item",
                                Phrase.of(overlap.exchange().title()),
                                Phrase.of(overlap.exchange().place()),
                                Phrase.span(
                                        overlap.exchange().startsAt(),
                                        overlap.exchange().endsAt()),
                                Phrase.of(overlap.session().title()),
                                Phrase.span(
                                        overlap.session().startsAt(),
                                        overlap.session().endsAt()))))
                .toList();
        notifier.send(
                people.organisers(),
                Letter.of(NoticeKind.ORGANISER_CONFLICT, eventId, LINK).items(items));
    }
}
