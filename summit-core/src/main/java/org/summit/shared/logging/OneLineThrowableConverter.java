package org.summit.shared.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * {@code %oneLineEx} in the log pattern: the stack trace as usual, one frame a line, but each exception's message
 * (which often quotes the input that failed) kept on its own line ({@link OneLine}).
 */
public class OneLineThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return super.throwableProxyToString(new OneLineMessages(throwable));
    }

    /** The same exception, its causes and suppressed ones, with one-line messages. */
    private record OneLineMessages(IThrowableProxy original) implements IThrowableProxy {

        @Override
        public String getOverridingMessage() {
            return OneLine.of(original.getOverridingMessage());
        }

        @Override
        public String getMessage() {
            return OneLine.of(original.getMessage());
        }

        @Override
        public String getClassName() {
            return original.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return original.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return original.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return original.getCause() == null ? null : new OneLineMessages(original.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = original.getSuppressed();
            if (suppressed == null) {
                return null;
            }
            IThrowableProxy[] oneLine = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                oneLine[i] = new OneLineMessages(suppressed[i]);
            }
            return oneLine;
        }

        @Override
        public boolean isCyclic() {
            return original.isCyclic();
        }
    }
}
