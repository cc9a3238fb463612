package org.summit.api.web;

import io.micronaut.http.HttpStatus;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problem the API answers with, each with its status and the stable {@code type} URI its problems
 * carry. The URI is relative to the API and leads to this kind's documentation ({@code GET /api/problems/{kind}}).
 */
public enum ProblemKind {
    INVALID_INPUT("invalid-input", HttpStatus.BAD_REQUEST, "Values of the request break rules: see errors[]"),
    INVALID_FILE("invalid-file", HttpStatus.BAD_REQUEST, "An uploaded file cannot be taken: errors[] by line"),
    UNREADABLE_REQUEST(
            "unreadable-request", HttpStatus.BAD_REQUEST, "The request cannot be read: malformed JSON or a value"),
    HOST_NOT_ALLOWED(
            "host-not-allowed", HttpStatus.BAD_REQUEST, "The request names a host this server does not answer for"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Nobody is logged in, or the credentials are wrong"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "The one asking may not do this"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Nothing is there, or the one asking may not see it"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "The path does not take this method"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "The answer cannot be given in the media type asked"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "The change conflicts with what is stored now"),
    GONE("gone", HttpStatus.GONE, "It existed but can no longer be used"),
    TOO_LARGE("too-large", HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request is larger than Summit takes"),
    UNSUPPORTED_MEDIA_TYPE(
            "unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body's media type is not taken here"),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many attempts: wait (Retry-After)"),
    SERVER_ERROR("server-error", HttpStatus.INTERNAL_SERVER_ERROR, "Summit failed; nothing was changed"),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Summit cannot answer now: try again (Retry-After)");

    /** Where the problem types are documented, relative to the server. */
    public static final String TYPE_BASE = "/api/problems/";

    private final String slug;
    private final HttpStatus status;
    private final String description;

    ProblemKind(String slug, HttpStatus status, String description) {
        this.slug = slug;
        this.status = status;
        this.description = description;
    }

    public String slug() {
        return slug;
    }

    /** The problem's {@code type}: a URI that stays the same for every problem of this kind. */
    public String type() {
        return TYPE_BASE + slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String description() {
        return description;
    }

    public static Optional<ProblemKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }

    /** The kind an error status of the framework stands for. */
    public static ProblemKind ofStatus(int status) {
        return Arrays.stream(values())
                .filter(kind -> kind.status.getCode() == status
                        && kind != INVALID_INPUT
                        && kind != INVALID_FILE
                        && kind != HOST_NOT_ALLOWED)
                .findFirst()
                .orElse(status >= 500 ? SERVER_ERROR : UNREADABLE_REQUEST);
    }
}
