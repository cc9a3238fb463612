package org.summit.notifications;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * A real SMTP server in the test's JVM (GreenMail), on a port of its own that it keeps across a stop and a start, like
 * a mail server restarting. What it received before a stop is kept too (GreenMail starts afresh), so a test sees every
 * message the application delivered.
 */
public final class TestSmtpServer implements AutoCloseable {

    private final int port = TestKafkaBroker.freePort();
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail greenMail;

    public static TestSmtpServer started() {
        TestSmtpServer server = new TestSmtpServer();
        server.start();
        return server;
    }

    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    public synchronized void stop() {
        if (greenMail != null) {
            Managers managers = greenMail.getManagers();
            greenMail.stop();
            managers.getImapHostManager().getAllMessages().stream()
                    .map(StoredMessage::getMimeMessage)
                    .forEach(earlier::add);
            greenMail = null;
        }
    }

    /**
     * Goes down after it has accepted {@code accepted} more messages: the next one is refused before it is stored
     * (its connection breaks) and the server stops. So the outage falls in the middle of a batch, yet on a message's
     * boundary: each message the server acknowledged is kept, and none is kept that it did not acknowledge (a server
     * stopped while it stores a message keeps it without saying so, and its sender rightly sends it again).
     */
    public synchronized void goDownAfter(int accepted) {
        MessageDeliveryHandler delivering = greenMail.getUserManager().getMessageDeliveryHandler();
        AtomicInteger count = new AtomicInteger();
        AtomicBoolean down = new AtomicBoolean();
        greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
            if (count.incrementAndGet() > accepted || down.get()) {
                if (down.compareAndSet(false, true)) {
                    new Thread(this::stop, "smtp-outage").start();
                }
                throw new UserException("going down");
            }
            return delivering.handle(message, address);
        });
    }

    /**
     * Holds the {@code nth} message from now on before storing it, until {@link Hold#release()}: its sender waits for
     * the server's answer meanwhile, so a test can stop the sender while it is sending a message.
     */
    public synchronized Hold holdAt(int nth) {
        MessageDeliveryHandler delivering = greenMail.getUserManager().getMessageDeliveryHandler();
        Hold hold = new Hold();
        AtomicInteger count = new AtomicInteger();
        greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
            if (count.incrementAndGet() == nth) {
                hold.held.countDown();
                try {
                    if (!hold.released.await(2, TimeUnit.MINUTES)) {
                        throw new UserException("held too long");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UserException("interrupted");
                }
            }
            return delivering.handle(message, address);
        });
        return hold;
    }

    /** A message held by the server on its way in. */
    public static final class Hold {
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** Whether the held message has arrived (and waits). */
        public boolean holding() {
            return held.getCount() == 0;
        }

        /** Lets it in: stored, and acknowledged to its sender. */
        public void release() {
            released.countDown();
        }
    }

    public synchronized boolean running() {
        return greenMail != null;
    }

    public int port() {
        return port;
    }

    /** The application's settings that send through this server. */
    public Map<String, String> applicationProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("summit.notifications.smtp.host", "127.0.0.1");
        properties.put("summit.notifications.smtp.port", String.valueOf(port));
        properties.put("summit.notifications.smtp.tls", "none");
        properties.put("summit.notifications.smtp.from", "Summit <summit@summit.example>");
        return properties;
    }

    /** Every message received, across restarts. */
    public synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (greenMail != null) {
            all.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        }
        return all;
    }

    /** The messages received for an address. */
    public List<MimeMessage> to(String address) {
        return received().stream()
                .filter(message -> recipients(message).contains(address.toLowerCase()))
                .toList();
    }

    public static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null
                    ? List.of()
                    : Arrays.stream(to)
                            .map(address -> address.toString().toLowerCase())
                            .collect(Collectors.toList());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
