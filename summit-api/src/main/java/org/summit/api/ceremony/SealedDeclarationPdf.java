package org.summit.api.ceremony;

import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import org.summit.ceremony.SealedRecord;

/** Interim: replaced by the renderer being written beside this change. */
@Singleton
class SealedDeclarationPdf {

    byte[] render(SealedRecord record, String canonicalRecordJson, URI verificationUrl) {
        return canonicalRecordJson.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    Optional<String> embeddedRecord(byte[] pdf) {
        return Optional.empty();
    }
}
