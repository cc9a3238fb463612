package org.summit.accounts;

import java.util.Locale;

/** How an audited action ended. */
public enum AuditOutcome {
    /** It was done. */
    OK,
    /** It was refused: by a rule, a missing right, or because too many attempts failed. */
    REFUSED,
    /** A login or password check failed: the e-mail or the password was wrong. */
    WRONG_CREDENTIALS;

    /** The code stored and sent, which the UI translates: {@code ok}, {@code refused}, {@code wrong-credentials}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
