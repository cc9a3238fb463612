package org.summit.accounts;

/** The kinds of entries in the {@link AuditLog}. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    PASSWORD_CHANGED,
    INVITATION_CREATED,
    INVITATION_ACCEPTED,
    ROLE_CHANGED,
    CITY_WITHDRAWN,
    CITIES_IMPORTED,
    DEVICE_PAIRING_ISSUED,
    DEVICE_PAIRED,
    ACCESS_DENIED
}
