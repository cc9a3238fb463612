package org.summit.ceremony;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.summit.events.ceremony.StrokePoint;
import org.summit.shared.LocalizedText;

/**
 * Everything a seal fixes, as it is fingerprinted and embedded in the sealed PDF: the ceremony, the declaration in
 * both languages, and every signatory in signing order with their signature's batches (after their last clear, up to
 * the one they confirmed) or their absence. {@link SealChain} computes the fingerprint from it.
 *
 * @param fingerprint the fingerprint {@link SealChain} computed from the other fields when it was sealed
 */
@Serdeable
// Every field is written, empty and null ones too: the record's JSON is its canonical form, the same for every reader.
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SealedRecord(
        String format,
        String ceremonyId,
        LocalizedText name,
        Declaration declaration,
        String textFingerprint,
        List<SignatureRecord> signatures,
        Instant sealedAt,
        String fingerprint) {

    public static final String FORMAT = "summit-sealed-declaration/1";

    /** One signatory's place in the sealed declaration. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SignatureRecord(
            int position,
            String signatoryId,
            String cityId,
            LocalizedText cityName,
            LocalizedText name,
            @Nullable LocalizedText title,
            String status,
            @Nullable Instant confirmedAt,
            List<SignedBatch> batches) {}

    /** One batch of a signature's strokes, with the time the server accepted it (the replay's clock). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SignedBatch(long seq, Instant acceptedAt, List<StrokePoint> points) {}

    SealedRecord withFingerprint(String computed) {
        return new SealedRecord(format, ceremonyId, name, declaration, textFingerprint, signatures, sealedAt, computed);
    }
}
