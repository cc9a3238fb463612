package org.summit.notices;

import io.micronaut.core.annotation.Introspected;
import org.summit.shared.ProblemCode;

/** The codes of the rules of a person's notifications, their preferences and the organisers' mailbox. */
@Introspected
public enum NoticesProblem implements ProblemCode {
    NOTICE_NOT_FOUND("notice.not-found", "You have no such notification"),
    LIMIT_OUT_OF_RANGE("notice.limit.out-of-range", "lists {min} to {max} at a time"),
    KIND_UNKNOWN("notice.kind.unknown", "'{value}' is not a kind of notification"),
    KIND_NOT_OFFERED(
            "notice.kind.not-offered",
            "'{value}' is not a notification you can choose about: it is for another role, or cannot be turned off"),
    KIND_TWICE("notice.kind.twice", "'{value}' is listed more than once"),
    LANGUAGE_UNKNOWN(
            "notice.language.unknown",
            "'{value}' is not a language Summit writes to people in: zh-Hant or en (or nothing, for the default)"),
    MAIL_NOT_FOUND("mailbox.mail.not-found", "There is no such e-mail"),
    MAIL_NOT_DEAD(
            "mailbox.retry.not-dead",
            "The e-mail is {state}: only an e-mail that failed every attempt (DEAD) can be retried");

    private final String code;
    private final String english;

    NoticesProblem(String code, String english) {
        this.code = code;
        this.english = english;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String english() {
        return english;
    }
}
