package org.summit.notices;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a notification is about: the stable codes that preferences and the UI's texts use. */
public enum NoticeKind {
    SESSION_CHANGED("session.changed", Audience.DELEGATE),
    EXCHANGE_REQUESTED("exchange.requested", Audience.DELEGATE),
    EXCHANGE_ACCEPTED("exchange.accepted", Audience.DELEGATE),
    EXCHANGE_DECLINED("exchange.declined", Audience.DELEGATE),
    EXCHANGE_SCHEDULED("exchange.scheduled", Audience.DELEGATE),
    EXCHANGE_RESCHEDULED("exchange.rescheduled", Audience.DELEGATE),
    EXCHANGE_CANCELLED("exchange.cancelled", Audience.DELEGATE),
    CEREMONY_CALLED("ceremony.called", Audience.DELEGATE),
    CEREMONY_SEALED("ceremony.sealed", Audience.DELEGATE),
    ORGANISER_CONFLICT("organiser.conflict", Audience.ORGANISER),
    ORGANISER_UNPLACED("organiser.unplaced", Audience.ORGANISER),
    STAFF_TABLET_DISCONNECTED("staff.tablet-disconnected", Audience.STAFF),
    /** E-mail only, and never turned off: the link that lets someone in. */
    ACCOUNT_INVITATION("account.invitation", Audience.ANYONE),
    /** E-mail only: the daily digest of the e-mails that waited for it. */
    DIGEST("digest", Audience.ANYONE);

    /** Whom a kind is for, so that each person's preferences list only the kinds that reach them. */
    public enum Audience {
        DELEGATE,
        ORGANISER,
        STAFF,
        ANYONE
    }

    private final String code;
    private final Audience audience;

    NoticeKind(String code, Audience audience) {
        this.code = code;
        this.audience = audience;
    }

    public String code() {
        return code;
    }

    public Audience audience() {
        return audience;
    }

    /** Whether a person may turn it off: every kind but the invitation and the digest. */
    public boolean optional() {
        return this != ACCOUNT_INVITATION && this != DIGEST;
    }

    public static Optional<NoticeKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    /** The kinds a person of a role can choose about, in the order the preferences screen lists them. */
    public static List<NoticeKind> optionalFor(Audience audience) {
        return Arrays.stream(values())
                .filter(kind -> kind.optional() && kind.audience == audience)
                .toList();
    }
}
