package org.summit.ceremony;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The seal's fingerprint, a SHA-256 hash chain: the first link is the fingerprint of the declaration's canonical text
 * (both language versions); each signatory, in signing order, adds a link over the previous one and their canonical
 * signature (their city, name, status, confirmation time and every batch with its points and times); the last link
 * also takes the ceremony's id and the time of sealing. Canonical means the JSON this system writes for the value,
 * fields in the order of the records, so the same record always gives the same fingerprint and a changed character
 * or point gives another.
 */
@Singleton
public class SealChain {

    private final JsonMapper json;

    SealChain(JsonMapper json) {
        this.json = json;
    }

    /** The fingerprint of the declaration's canonical text. */
    public String textFingerprint(Declaration declaration) {
        return sha256(canonical(declaration));
    }

    /** The fingerprint of a record, computed from everything but its own {@code fingerprint} field. */
    public String fingerprint(SealedRecord record) {
        String link = textFingerprint(record.declaration());
        for (SealedRecord.SignatureRecord signature : record.signatures()) {
            link = sha256(link + "\n" + canonical(signature));
        }
        return sha256(link + "\n" + record.ceremonyId() + "\n" + record.sealedAt());
    }

    /**
     * Whether a record holds together: its text fingerprint and its fingerprint are the ones its content gives.
     */
    public boolean consistent(SealedRecord record) {
        return textFingerprint(record.declaration()).equals(record.textFingerprint())
                && fingerprint(record).equals(record.fingerprint());
    }

    public String canonical(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public SealedRecord read(String canonicalRecord) throws IOException {
        return json.readValue(canonicalRecord, SealedRecord.class);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
