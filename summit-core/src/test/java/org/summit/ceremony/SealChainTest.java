package org.summit.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summit.events.ceremony.StrokePoint;
import org.summit.shared.LocalizedText;

/** The seal's fingerprint holds the text and every point: one character or one point changed gives another. */
class SealChainTest {

    private final SealChain chain = new SealChain(JsonMapper.createDefault());

    @Test
    void aRecordReadBackFromItsCanonicalJsonHasTheSameFingerprint() throws IOException {
        SealedRecord record = sealed(DemoDeclaration.TAIPEI_2016, points(0.25));

        SealedRecord readBack = chain.read(chain.canonical(record));

        assertThat(readBack).isEqualTo(record);
        assertThat(chain.consistent(readBack)).isTrue();
        assertThat(chain.fingerprint(readBack)).isEqualTo(record.fingerprint()).matches("[0-9a-f]{64}");
    }

    @Test
    void oneCharacterOfEitherLanguageVersionChangesTheFingerprint() {
        SealedRecord record = sealed(DemoDeclaration.TAIPEI_2016, points(0.25));
        Declaration original = DemoDeclaration.TAIPEI_2016;
        List<String> articles = new ArrayList<>(original.zhHant().articles());
        articles.set(1, articles.get(1).replace("城市", "都市"));
        Declaration altered = new Declaration(
                new DeclarationText(
                        original.zhHant().title(),
                        original.zhHant().preamble(),
                        articles,
                        original.zhHant().place()),
                original.en(),
                original.signedOn());
        SealedRecord forged = new SealedRecord(
                record.format(),
                record.ceremonyId(),
                record.name(),
                altered,
                record.textFingerprint(),
                record.signatures(),
                record.sealedAt(),
                record.fingerprint());

        assertThat(chain.consistent(forged)).isFalse();
        assertThat(chain.fingerprint(forged)).isNotEqualTo(record.fingerprint());
    }

    @Test
    void onePointMovedChangesTheFingerprint() {
        SealedRecord record = sealed(DemoDeclaration.TAIPEI_2016, points(0.25));
        SealedRecord moved = sealed(DemoDeclaration.TAIPEI_2016, points(0.2501));

        assertThat(chain.fingerprint(moved)).isNotEqualTo(record.fingerprint());
        assertThat(chain.consistent(new SealedRecord(
                        moved.format(),
                        moved.ceremonyId(),
                        moved.name(),
                        moved.declaration(),
                        moved.textFingerprint(),
                        moved.signatures(),
                        moved.sealedAt(),
                        record.fingerprint())))
                .isFalse();
    }

    private SealedRecord sealed(Declaration declaration, List<StrokePoint> points) {
        SealedRecord unsealed = new SealedRecord(
                SealedRecord.FORMAT,
                "0e9b2a8e-5c0e-4b8e-9f7e-0a1b2c3d4e5f",
                LocalizedText.of("簽署典禮", "Signing"),
                declaration,
                chain.textFingerprint(declaration),
                List.of(
                        new SealedRecord.SignatureRecord(
                                1,
                                "2b1c6a4e-1111-4c8e-9f7e-0a1b2c3d4e5f",
                                "taipei",
                                LocalizedText.of("臺北市", "Taipei"),
                                LocalizedText.of("柯市長", "Mayor Ko"),
                                null,
                                "confirmed",
                                Instant.parse("2016-03-23T08:00:00Z"),
                                List.of(new SealedRecord.SignedBatch(
                                        1, Instant.parse("2016-03-23T07:59:58Z"), points))),
                        new SealedRecord.SignatureRecord(
                                2,
                                "2b1c6a4e-2222-4c8e-9f7e-0a1b2c3d4e5f",
                                "pisek",
                                LocalizedText.of("皮塞克", "Písek"),
                                LocalizedText.of("諾特", "Josef Knot"),
                                LocalizedText.of("副市長", "Deputy Mayor"),
                                "absent",
                                null,
                                List.of())),
                Instant.parse("2016-03-23T08:05:00Z"),
                "");
        return unsealed.withFingerprint(chain.fingerprint(unsealed));
    }

    private static List<StrokePoint> points(double x) {
        return List.of(
                new StrokePoint(0, x, 0.5, 0.5, 1_458_719_998_000L),
                new StrokePoint(0, 0.5, 0.6, 0.7, 1_458_719_998_016L));
    }
}
