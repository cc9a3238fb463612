package org.summit.shared.kafka;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How Summit's topics are created: one node in the embedded mode, three replicas in production.
 *
 * @param partitions partitions per topic; the key (aggregate id) keeps one aggregate's events on one partition
 * @param replicationFactor copies of each partition
 * @param minInsyncReplicas copies that must have a record before {@code acks=all} succeeds
 */
@ConfigurationProperties("summit.kafka.topics")
public record TopicSettings(
        @Bindable(defaultValue = "6") int partitions,
        @Bindable(defaultValue = "1") short replicationFactor,
        @Bindable(defaultValue = "1") int minInsyncReplicas) {}
