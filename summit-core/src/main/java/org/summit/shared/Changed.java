package org.summit.shared;

import java.util.ArrayList;
import java.util.List;
import org.summit.events.DomainEvent;

/**
 * What an aggregate's intent method returns: its new state and the events the intent raised, in order. The
 * service saves the state and appends the events to the outbox in one transaction. An intent that changes nothing
 * raises no event, and the service then saves nothing.
 *
 * @param state the aggregate after the change
 * @param events what happened, one event per intent
 */
public record Changed<T>(T state, List<DomainEvent> events) {

    public Changed {
        events = List.copyOf(events);
    }

    public static <T> Changed<T> to(T state, DomainEvent... events) {
        return new Changed<>(state, List.of(events));
    }

    /** Nothing changed: the aggregate as it was, and no event. */
    public static <T> Changed<T> nothing(T state) {
        return new Changed<>(state, List.of());
    }

    public boolean changedAnything() {
        return !events.isEmpty();
    }

    /** This change followed by another of the same aggregate: the later state, every event in order. */
    public Changed<T> then(java.util.function.Function<T, Changed<T>> next) {
        Changed<T> after = next.apply(state);
        List<DomainEvent> all = new ArrayList<>(events);
        all.addAll(after.events());
        return new Changed<>(after.state(), all);
    }
}
