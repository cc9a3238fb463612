package org.summit.notifications.delivery;

import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.summit.notices.Mail;

/**
 * The SMTP server, through Jakarta Mail (Eclipse Angus): opens a connection for a batch and turns a stored e-mail into
 * a MIME message: a plain-text and an HTML alternative, and the iCalendar attachment ({@code text/calendar;
 * method=PUBLISH}) of a change of time. The Message-ID is made from the e-mail's id, so the same e-mail always has
 * the same one.
 */
@Singleton
class SmtpGateway {

    private final SmtpSettings settings;
    private final Session session;

    SmtpGateway(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    /** A connection to the server, ready to send; the caller closes it. */
    Transport connect() throws MessagingException {
        Transport transport = session.getTransport(settings.tls() == SmtpSettings.Tls.SSL ? "smtps" : "smtp");
        if (settings.authenticates()) {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
        } else {
            transport.connect(settings.host(), settings.port(), null, null);
        }
        return transport;
    }

    void send(Transport transport, Mail mail) throws MessagingException {
        MimeMessage message = message(mail);
        transport.sendMessage(message, message.getAllRecipients());
    }

    /** The stored e-mail as the MIME message sent. */
    MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, "<" + mail.id() + "@summit>");
        message.setFrom(InternetAddress.parse(settings.from())[0]);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Content-Language", mail.language());
        // RFC 3834: an automatic message, to which auto-responders should not answer.
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textBody(), StandardCharsets.UTF_8.name(), "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(html);
        if (mail.calendar() == null) {
            message.setContent(alternative);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    mail.calendar().getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=PUBLISH")));
            calendar.setFileName("summit.ics");
            calendar.setDisposition(MimeBodyPart.ATTACHMENT);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(calendar);
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        for (String protocol : new String[] {"smtp", "smtps"}) {
            String prefix = "mail." + protocol + ".";
            properties.put(prefix + "host", settings.host());
            properties.put(prefix + "port", String.valueOf(settings.port()));
            properties.put(
                    prefix + "connectiontimeout",
                    String.valueOf(settings.connectTimeout().toMillis()));
            properties.put(prefix + "timeout", String.valueOf(settings.timeout().toMillis()));
            properties.put(
                    prefix + "writetimeout", String.valueOf(settings.timeout().toMillis()));
            properties.put(prefix + "auth", String.valueOf(settings.authenticates()));
        }
        if (settings.tls() == SmtpSettings.Tls.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.tls() == SmtpSettings.Tls.SSL) {
            properties.put("mail.smtps.ssl.enable", "true");
        }
        if (settings.tls() != SmtpSettings.Tls.NONE) {
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
            properties.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** A message whose Message-ID is the one given rather than a new one each time it is saved. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
