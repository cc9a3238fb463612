package org.summit.shared.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.summit.events.DomainEvent;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;

/**
 * How every consumer of Summit's events is written: it decodes the envelope, dispatches on the event's wire name to
 * the handler registered for it, and applies that handler once, recording the event id in the same transaction
 * (through the {@link Inbox}). An event type the consumer has no handler for is passed over without a record, so
 * only what was applied is recorded, and a type this build does not know never holds the consumer up.
 *
 * <pre>{@code
 * handlers = inbox.handlers("ceremony-signing-roll")
 *         .on(CityRegistered.class, (registered, envelope) -> ...)
 *         .on(CityWithdrawn.class, (withdrawn, envelope) -> ...)
 *         .build();
 * ...
 * handlers.apply(codec.decode(record));
 * }</pre>
 */
public final class EventHandlers {

    private final String consumer;
    private final Inbox inbox;
    private final EventCodec codec;
    private final Map<String, Handler<?>> byWireName;
    private final BiConsumer<DomainEvent, EventEnvelope> everyEvent;

    private EventHandlers(Builder builder) {
        this.consumer = builder.consumer;
        this.inbox = builder.inbox;
        this.codec = builder.codec;
        this.byWireName = Map.copyOf(builder.byWireName);
        this.everyEvent = builder.everyEvent;
    }

    /**
     * Applies the event once if this consumer handles its type.
     *
     * @return true when it was applied now; false when its type is not handled here or it was applied before
     */
    public boolean apply(EventEnvelope envelope) {
        Handler<?> handler = byWireName.get(envelope.type());
        if (handler == null && everyEvent == null) {
            return false;
        }
        return inbox.applyOnce(consumer, envelope, applied -> {
            if (handler != null) {
                handler.apply(codec, applied);
            } else {
                everyEvent.accept(null, applied);
            }
        });
    }

    /** The consumer's name, under which the inbox records what it applied. */
    public String consumer() {
        return consumer;
    }

    private record Handler<E extends DomainEvent>(Class<E> type, BiConsumer<E, EventEnvelope> handle) {
        void apply(EventCodec codec, EventEnvelope envelope) {
            handle.accept(codec.payload(envelope, type), envelope);
        }
    }

    /** Registers the handlers of one consumer. */
    public static final class Builder {
        private final String consumer;
        private final Inbox inbox;
        private final EventCodec codec;
        private final Map<String, Handler<?>> byWireName = new HashMap<>();
        private BiConsumer<DomainEvent, EventEnvelope> everyEvent;

        Builder(String consumer, Inbox inbox, EventCodec codec) {
            this.consumer = consumer;
            this.inbox = inbox;
            this.codec = codec;
        }

        /** Handles events of {@code type}, with their envelope (for its id and time). */
        public <E extends DomainEvent> Builder on(Class<E> type, BiConsumer<E, EventEnvelope> handler) {
            String wireName = EventCatalog.of(type).name();
            if (byWireName.putIfAbsent(wireName, new Handler<>(type, handler)) != null) {
                throw new IllegalStateException(consumer + " handles " + wireName + " twice");
            }
            return this;
        }

        /**
         * Records every event of the topic, also those this build does not know (the payload is then not decoded):
         * for a consumer whose job is the trail itself. Handlers for single types take precedence.
         */
        public Builder onEveryEnvelope(java.util.function.Consumer<EventEnvelope> handler) {
            this.everyEvent = (unused, envelope) -> handler.accept(envelope);
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(this);
        }
    }
}
