package org.summit.shared.kafka;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
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
 * A consumer of Summit's event topics, with the delivery every consumer needs: it starts from the earliest event
 * its group has not applied, commits the offset after each record is applied, and retries a record whose processing
 * failed rather than skipping it (the consumer drops repeats itself, through the inbox).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@KafkaListener(
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR, retryCount = 10))
public @interface EventsListener {

    /** The consumer group: one per process role that keeps its own copy, for example {@code summit-ceremony}. */
    @AliasFor(annotation = KafkaListener.class, member = "groupId")
    String groupId();
}
