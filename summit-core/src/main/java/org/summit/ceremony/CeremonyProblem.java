package org.summit.ceremony;

import io.micronaut.core.annotation.Introspected;
import org.summit.shared.ProblemCode;

/** The codes of the ceremony's rules: the declaration, the steps of the ceremony, the strokes and the seal. */
@Introspected
public enum CeremonyProblem implements ProblemCode {
    CEREMONY_NOT_FOUND("ceremony.not-found", "There is no such ceremony"),
    NO_CEREMONY("ceremony.none", "No ceremony has been set up yet"),
    DECLARATION_VERSION_MISSING("declaration.version.missing", "give this language version of the declaration"),
    DECLARATION_ARTICLES_MISSING("declaration.articles.missing", "give at least one article"),
    DECLARATION_ARTICLES_TOO_MANY("declaration.articles.too-many", "a declaration has at most {max} articles"),
    DECLARATION_DATE_MISSING("declaration.date.missing", "give the date the declaration is signed on"),
    DECLARATION_LOCKED(
            "declaration.locked",
            "The declaration was locked when the ceremony was made ready (fingerprint {fingerprint}): it cannot change"),
    WRONG_STATE("ceremony.state.wrong", "The ceremony is {state}: this step needs it {needed}"),
    NO_SIGNATORIES("ceremony.signatories.none", "No city on the signing roll has a designated signatory"),
    SIGNATORY_MISSING(
            "ceremony.signatory.missing",
            "{city} signs but has no designated signatory: designate one on the city's page, or make it an observer"),
    SIGNATORY_NOT_FOUND("ceremony.signatory.not-found", "This ceremony has no such signatory"),
    SIGNATORY_DONE("ceremony.signatory.done", "{name} has already {status}: this cannot change now"),
    SIGNATORY_NOT_CALLED("ceremony.signatory.not-called", "{name} has not been called to sign"),
    NOBODY_TO_CALL("ceremony.call.nobody", "Every signatory has been called"),
    NOT_ONE_BY_ONE("ceremony.call.everyone", "Signing is open for everyone at once: there is nobody to call"),
    SIGNATURE_EMPTY("ceremony.signature.empty", "There is nothing to confirm: sign first"),
    SIGNATURE_UNACKNOWLEDGED(
            "ceremony.signature.unacknowledged",
            "The server has strokes up to {accepted} but the tablet confirms up to {lastSeq}: wait for every stroke"
                    + " to arrive"),
    SEAL_WAITING("ceremony.seal.waiting", "{count} signatories have neither confirmed nor been marked absent: {names}"),
    SEAL_STROKES_PENDING(
            "ceremony.seal.strokes-pending",
            "Some strokes of {name}'s signature are still on their way to the record: seal again in a moment"),
    NOT_SEALED("ceremony.not-sealed", "The declaration has not been sealed yet"),
    STROKES_REFUSED("ceremony.strokes.refused", "The strokes were refused: {reason}"),
    PDF_UNREADABLE("ceremony.verification.unreadable", "The file is not a sealed declaration of this system");

    private final String code;
    private final String english;

    CeremonyProblem(String code, String english) {
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
