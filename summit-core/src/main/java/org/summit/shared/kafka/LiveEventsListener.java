package org.summit.shared.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.context.annotation.AliasFor;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A consumer that pushes events on to the browsers connected to this process, the other way of consuming beside
 * {@link EventsListener}. Every process gets a consumer group of its own (the group id with a unique suffix), so each
 * instance of summit-api sees every record and tells its own browsers; it starts at the end of the topic, since a
 * browser that connects later reads the current state over HTTP first, and keeps no inbox: a push changes no state,
 * and one delivered twice only makes a page fetch what it already shows.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@KafkaListener(uniqueGroupId = true, offsetReset = OffsetReset.LATEST, offsetStrategy = OffsetStrategy.AUTO)
public @interface LiveEventsListener {

    /** The consumer group's prefix, for example {@code summit-agenda-live}; each process adds its own suffix. */
    @AliasFor(annotation = KafkaListener.class, member = "groupId")
    String groupId();
}
