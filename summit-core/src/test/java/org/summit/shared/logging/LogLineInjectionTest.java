package org.summit.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.status.Status;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application's own logback configuration (the {@code logback.xml} every Summit process runs with), fed values
 * a person could type: whatever they contain, each log event stays on the lines it is meant to have.
 */
class LogLineInjectionTest {

    private static final String FORGED = "12:00:00.000 INFO  [main] org.summit.accounts - organiser logged in";

    private LoggerContext context;
    private Captured captured;

    @BeforeEach
    void configureAsTheApplicationDoes() throws Exception {
        URL configuration = getClass().getResource("/logback.xml");
        assertThat(configuration).as("the application's logback.xml").isNotNull();
        context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(configuration);
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .as("logback.xml is read without errors")
                .noneMatch(status -> status.getLevel() == Status.ERROR);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("STDOUT");
        captured = new Captured(console.getEncoder());
        captured.setContext(context);
        captured.start();
        root.detachAppender(console);
        root.addAppender(captured);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aNameWithLineBreaksStaysOnItsLine() {
        String name = "Ann\n" + FORGED + "\r\n" + FORGED + "\u2028" + FORGED + "\u0085" + FORGED;

        context.getLogger("org.summit.cities").info("Delegate {} changed their profile", name);

        String out = captured.text();
        assertThat(out.lines().toList()).hasSize(1);
        assertThat(out).doesNotContain("\r", "\u2028", "\u0085").endsWith("changed their profile\n");
        assertThat(out).contains("Ann\\n12:00:00.000", "\\r\\n12:00", "\\u2028", "\\u0085");
    }

    @Test
    void aRightToLeftOverrideCannotReorderTheLine() {
        context.getLogger("org.summit.cities").warn("Refused city {}", "evil\u202Egnp.exe\u2066x\u2069");

        assertThat(captured.text())
                .doesNotContain("\u202E", "\u2066", "\u2069")
                .contains("evil\\u202Egnp.exe\\u2066x\\u2069");
    }

    @Test
    void otherControlCharactersAreVisible() {
        context.getLogger("org.summit.cities").info("Name {}", "a\u0000b\u0007c\u001Bd\te");

        assertThat(captured.text()).contains("a\\u0000b\\u0007c\\u001Bd\\te").doesNotContain("\u0000", "\u001B");
    }

    @Test
    void anExceptionMessageQuotingInputStaysOnItsLineWhileTheStackTraceKeepsItsLines() {
        Exception failure = new IllegalStateException(
                "import failed", new IllegalArgumentException("bad name 'x\n" + FORGED + "'"));

        context.getLogger("org.summit.cities").error("Import of {} failed", "file\r\n" + FORGED, failure);

        List<String> lines = captured.text().lines().toList();
        assertThat(lines).noneMatch(line -> line.startsWith(FORGED));
        assertThat(lines.get(0)).contains("file\\r\\n" + FORGED);
        assertThat(lines).contains("java.lang.IllegalStateException: import failed");
        assertThat(lines)
                .anyMatch(line -> line.startsWith("Caused by: java.lang.IllegalArgumentException: bad name 'x\\n"));
        assertThat(lines.stream().filter(line -> line.startsWith("\tat ")).count())
                .as("stack frames, one a line")
                .isGreaterThan(1);
    }

    @Test
    void ordinaryTextIsWrittenUnchanged() {
        context.getLogger("org.summit.cities").info("Delegate {} of {}", "馬丁 Claire Martin", "格勒諾布爾");

        assertThat(captured.text()).endsWith(" - Delegate 馬丁 Claire Martin of 格勒諾布爾\n");
    }

    /** Writes each event with the encoder (and so the pattern) of the configuration's console appender. */
    private static final class Captured extends AppenderBase<ILoggingEvent> {

        private final Encoder<ILoggingEvent> encoder;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Captured(Encoder<ILoggingEvent> encoder) {
            this.encoder = encoder;
        }

        @Override
        protected synchronized void append(ILoggingEvent event) {
            bytes.writeBytes(encoder.encode(event));
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
