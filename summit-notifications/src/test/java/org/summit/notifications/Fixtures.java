package org.summit.notifications;

import static org.awaitility.Awaitility.await;

import io.micronaut.data.model.Pageable;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.summit.events.accounts.AccountChanged;
import org.summit.events.cities.CityRegistered;
import org.summit.events.cities.DelegateAdded;
import org.summit.notices.Mail;
import org.summit.notices.MailRepository;
import org.summit.notices.Notice;
import org.summit.notices.NoticeRepository;
import org.summit.notices.Recipients;
import org.summit.notifications.projections.Accounts;
import org.summit.shared.LocalizedText;

/**
 * The people of a test, made the way notifications learns of them: cities and delegates from the cities events,
 * accounts from the accounts events, published on the real topics; each method waits until notifications knows them.
 */
public final class Fixtures {

    public static final Duration DELIVERY = Duration.ofSeconds(60);

    private final TestEvents events;
    private final RecipientDirectory directory;
    private final Accounts accounts;
    private final NoticeRepository notices;
    private final MailRepository mails;

    public Fixtures(
            TestEvents events,
            RecipientDirectory directory,
            Accounts accounts,
            NoticeRepository notices,
            MailRepository mails) {
        this.events = events;
        this.directory = directory;
        this.accounts = accounts;
        this.notices = notices;
        this.mails = mails;
    }

    /** A delegate of a test, with the address notifications keys them by. */
    public record Person(String id, String cityId, String email, String language) {

        public String key() {
            return Recipients.key(email);
        }
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a city (its names made from {@code name}) and returns its code. */
    public String city(String nameZhHant, String nameEn) {
        String code = "city-" + suffix();
        events.publish(new CityRegistered(
                code, LocalizedText.of(nameZhHant, nameEn), "CITY", "GUEST", "US", "America/New_York", null, 0));
        return code;
    }

    /** A member of the city's delegation, known to the directory when this returns. */
    public Person delegate(String cityId, String nameEn, String language) {
        String id = UUID.randomUUID().toString();
        String email = nameEn.replaceAll("[^A-Za-z]", "") + "." + suffix() + "@" + cityId + ".example";
        events.publish(new DelegateAdded(
                cityId,
                id,
                LocalizedText.of(nameEn + "（中文）", nameEn),
                LocalizedText.of("代表", "Delegate"),
                List.of("en", "zh-Hant"),
                false,
                null,
                null,
                email,
                language));
        await().atMost(DELIVERY).until(() -> directory.find(UUID.fromString(id)).isPresent());
        return new Person(id, cityId, email, language);
    }

    /** An account of a role, known to notifications when this returns. */
    public String account(String role, boolean active) {
        String email = role.toLowerCase() + "." + suffix() + "@summit.example";
        events.publish(new AccountChanged(
                UUID.randomUUID().toString(), email, "The " + role.toLowerCase(), role, null, active));
        await().atMost(DELIVERY).until(() -> accounts.byAddress(email).isPresent());
        return Recipients.key(email);
    }

    /** The account of someone already known by address (a delegate's, say); returns its id. */
    public String accountOf(String email, String role) {
        String id = UUID.randomUUID().toString();
        events.publish(new AccountChanged(id, email, email, role, null, true));
        await().atMost(DELIVERY).until(() -> accounts.find(id).isPresent());
        return id;
    }

    public List<Notice> notices(String recipient) {
        return notices.findByRecipientOrderByCreatedAtDesc(Recipients.key(recipient), Pageable.from(0, 1000));
    }

    public List<Notice> notices(String recipient, String kind) {
        return notices(recipient).stream()
                .filter(notice -> notice.kind().equals(kind))
                .toList();
    }

    public List<Mail> mails(String recipient) {
        String key = Recipients.key(recipient);
        return mails.findAllOrderByCreatedAtDesc(Pageable.from(0, 100_000)).stream()
                .filter(mail -> mail.recipient().equals(key))
                .toList();
    }

    public List<Mail> mails(String recipient, String kind) {
        return mails(recipient).stream()
                .filter(mail -> mail.kind().equals(kind))
                .toList();
    }
}
