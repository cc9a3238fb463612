package org.summit.shared.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %oneLineMsg} in the log pattern: the message, with whatever its arguments brought in kept on its line
 * ({@link OneLine}).
 */
public class OneLineMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return OneLine.of(super.convert(event));
    }
}
