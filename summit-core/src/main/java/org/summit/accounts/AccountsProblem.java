package org.summit.accounts;

import io.micronaut.core.annotation.Introspected;
import org.summit.shared.ProblemCode;

/** The codes of the rules of accounts, sessions, invitations and device pairing. */
@Introspected
public enum AccountsProblem implements ProblemCode {
    LOGIN_WRONG("login.wrong-credentials", "E-mail or password is wrong"),
    LOGIN_THROTTLED("login.throttled", "Too many failed attempts: try again in {minutes} minutes"),
    PASSWORD_WRONG("password.wrong", "The current password is wrong"),
    PASSWORD_THROTTLED("password.throttled", "Too many wrong current passwords: try again in {minutes} minutes"),
    PASSWORD_LENGTH("password.length", "A password has {min} to {max} characters"),
    ACCOUNT_NOT_FOUND("account.not-found", "There is no such account"),
    ACCOUNT_EMAIL_TAKEN("account.email.taken", "There is already an account for {email}"),
    DELEGATE_NEEDS_CITY("account.city.required", "A delegate belongs to an attending city: choose it"),
    CITY_NOT_ATTENDING("account.city.not-attending", "There is no attending city '{code}': register it first"),
    ACCOUNT_DEACTIVATE_SELF(
            "account.deactivate.self", "You cannot deactivate your own account: ask another organiser to do it"),
    NO_SESSION("session.none", "Nobody is logged in"),
    INVITATION_NOT_FOUND("invitation.not-found", "There is no such invitation"),
    INVITATION_GONE("invitation.gone", "This invitation has been used or has expired: ask an organiser for a new one"),
    PAIRING_CODE_GONE(
            "pairing.code.gone", "This pairing code is unknown, used or expired: ask the staff for a new one"),
    PAIRING_THROTTLED("pairing.throttled", "Too many wrong pairing codes from here: try again in {minutes} minutes"),
    PAIRING_CEREMONY_UNKNOWN(
            "pairing.ceremony.unknown", "There is no ceremony '{ceremonyId}': pair devices for the current summit's"),
    PAIRING_SIGNATORY_UNKNOWN(
            "pairing.signatory.unknown",
            "'{signatoryId}' is not a signatory on the signing roll: designate the signatory first"),
    DEVICE_NOT_FOUND("device.not-found", "There is no such paired device"),
    PAIRING_SIGNATORY_REQUIRED("pairing.signatory.required", "A tablet is paired for one signatory: choose it"),
    PAIRING_SIGNATORY_FOR_SCREEN(
            "pairing.signatory.not-for-screens", "A screen shows the whole ceremony: choose no signatory");

    private final String code;
    private final String english;

    AccountsProblem(String code, String english) {
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
