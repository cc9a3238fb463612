package org.summit.notices;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.messaging.annotation.MessageBody;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.notifications.NoticeCreated;
import org.summit.shared.kafka.LiveEventsListener;

/**
 * Hands each {@code NoticeCreated} on the notifications topic to {@link LiveNotices}, in every process that serves
 * people's pages, each with a consumer group of its own. It keeps no inbox: the push changes no state, and one
 * delivered twice only makes an open page count its unread notifications again. A process of notifications alone,
 * which serves no page, turns it off with {@code summit.notices.live.enabled=false}.
 */
@LiveEventsListener(groupId = "summit-notices-live")
@Requires(property = "summit.notices.live.enabled", notEquals = "false")
class NoticesLiveListener {

    private static final String NOTICE_CREATED =
            EventCatalog.of(NoticeCreated.class).name();

    private final LiveNotices notices;
    private final EventCodec codec;

    NoticesLiveListener(LiveNotices notices, EventCodec codec) {
        this.notices = notices;
        this.codec = codec;
    }

    @Topic(Topics.NOTIFICATIONS)
    void onNotificationsEvent(@MessageBody String record) {
        EventEnvelope envelope = codec.decode(record);
        // Dispatch on the wire name: any other type on the topic (or one this build does not know) is passed over.
        if (NOTICE_CREATED.equals(envelope.type())) {
            notices.announce(codec.payload(envelope, NoticeCreated.class));
        }
    }
}
