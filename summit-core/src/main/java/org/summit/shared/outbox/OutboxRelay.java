package org.summit.shared.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Pageable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what the {@link Outbox} holds, oldest first, and marks each message published once the broker has
 * acknowledged it. A message is marked only after its acknowledgement, so a crash or an unreachable broker can
 * cause a message to be published again but never to be lost; consumers drop the repeat by its event id.
 *
 * <p>One relay runs per database. Messages are sent in id order over an idempotent producer with at most five
 * requests in flight, which keeps every aggregate's events in order on its partition.
 */
@Singleton
@Requires(property = "summit.outbox.relay.enabled", notEquals = "false")
@Requires(property = "kafka.enabled", notEquals = "false")
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRepository messages;
    private final OutboxPublisher publisher;
    private final Clock clock;
    private final int batchSize;
    private final Duration ackTimeout;
    private volatile boolean brokerUnreachable;

    OutboxRelay(
            OutboxRepository messages,
            OutboxPublisher publisher,
            Clock clock,
            @Value("${summit.outbox.relay.batch-size:500}") int batchSize,
            @Value("${summit.outbox.relay.ack-timeout:30s}") Duration ackTimeout) {
        this.messages = messages;
        this.publisher = publisher;
        this.clock = clock;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
    }

    @Scheduled(
            fixedDelay = "${summit.outbox.relay.interval:100ms}",
            initialDelay = "${summit.outbox.relay.initial-delay:1s}")
    void relayOnSchedule() {
        try {
            while (relayBatch() == batchSize) {
                // A full batch means more are waiting: keep going instead of waiting for the next tick.
            }
            if (brokerUnreachable) {
                LOG.info("Outbox relay is publishing again");
                brokerUnreachable = false;
            }
        } catch (RuntimeException e) {
            if (!brokerUnreachable) {
                LOG.warn("Outbox relay cannot publish now, will retry: {}", e.getMessage());
                brokerUnreachable = true;
            }
        }
    }

    /**
     * Publishes one batch of pending messages and returns how many were acknowledged and marked.
     *
     * @throws OutboxRelayException when the broker did not acknowledge one of them; those before it are marked
     */
    public synchronized int relayBatch() {
        List<OutboxMessage> batch = messages.findByPublishedAtIsNullOrderByIdAsc(Pageable.from(0, batchSize));
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            acks.add(publisher.publish(
                    message.topic(),
                    message.messageKey(),
                    message.envelope(),
                    message.eventType(),
                    message.eventId().toString()));
        }
        List<Long> acknowledged = new ArrayList<>(batch.size());
        try {
            for (int i = 0; i < batch.size(); i++) {
                acks.get(i).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(batch.get(i).id());
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new OutboxRelayException("The broker did not acknowledge outbox message", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxRelayException("Interrupted while waiting for the broker", e);
        } finally {
            if (!acknowledged.isEmpty()) {
                messages.markPublished(acknowledged, clock.instant());
            }
        }
        return acknowledged.size();
    }

    /** The broker did not acknowledge a message in time; the relay retries it later. */
    public static final class OutboxRelayException extends RuntimeException {
        OutboxRelayException(String message, Throwable cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}
