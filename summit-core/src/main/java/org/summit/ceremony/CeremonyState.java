package org.summit.ceremony;

/** Where a ceremony is: drafted, ready (text locked, signatories fixed), open for signing, or sealed. */
public enum CeremonyState {
    DRAFT,
    READY,
    OPEN,
    SEALED;

    /** The state as the API writes it: {@code draft}, {@code ready}, {@code open}, {@code sealed}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
