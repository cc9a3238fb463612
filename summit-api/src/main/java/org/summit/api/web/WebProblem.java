package org.summit.api.web;

import io.micronaut.core.annotation.Introspected;
import org.summit.shared.ProblemCode;

/** The codes of the problems the HTTP layer itself finds: unreadable requests, unknown paths, failures. */
@Introspected
public enum WebProblem implements ProblemCode {
    JSON_MALFORMED("request.json.malformed", "The body is not JSON Summit can read"),
    JSON_TOO_DEEP("request.json.too-deep", "The body nests more deeply than Summit reads"),
    BODY_REQUIRED("request.body.required", "The request needs a body"),
    NOT_TEXT("request.value.not-text", "is to be text"),
    NOT_NUMBER("request.value.not-number", "is to be a number"),
    NOT_BOOLEAN("request.value.not-boolean", "is to be true or false"),
    NOT_DATE("request.value.not-date", "is to be a date such as 2016-03-23"),
    NOT_INSTANT("request.value.not-instant", "is to be a date and time such as 2016-03-23T09:00:00Z"),
    NOT_ID("request.value.not-id", "is to be an id (UUID)"),
    NOT_LIST("request.value.not-list", "is to be a list"),
    NOT_OBJECT("request.value.not-object", "is to be an object"),
    UNREADABLE_VALUE("request.value.unreadable", "cannot be read"),
    NOT_FOUND("request.not-found", "Nothing is at {path}"),
    HOST_NOT_ALLOWED(
            "request.host.not-allowed",
            "This server does not answer for the host name the request was sent to: open Summit at an address its"
                    + " operator allowed (SUMMIT_ALLOWED_HOSTS)"),
    METHOD_NOT_ALLOWED("request.method.not-allowed", "{path} does not take {method}"),
    NOT_ACCEPTABLE("request.not-acceptable", "The answer cannot be given in the media type asked for"),
    MEDIA_TYPE_UNSUPPORTED("request.media-type.unsupported", "This request's body has a media type not taken here"),
    BODY_TOO_LARGE("request.body.too-large", "The request is larger than Summit takes"),
    UNAUTHORIZED("request.unauthorized", "Log in first"),
    FORBIDDEN("request.forbidden", "You may not do this"),
    CSRF_TOKEN_MISSING(
            "request.csrf-token.missing",
            "This request needs the session's CSRF token in the X-CSRF-Token header: reload the page"),
    CONCURRENT_CHANGE(
            "request.concurrent-change",
            "Somebody changed the same thing at the same moment: reload it and apply your change again"),
    DATABASE_FAILED("server.database-failed", "The database failed; the change was not stored"),
    FAILED("server.failed", "Summit failed to answer; nothing was changed"),
    UNAVAILABLE("server.unavailable", "Summit cannot answer now: try again shortly");

    private final String code;
    private final String english;

    WebProblem(String code, String english) {
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
