package org.summit.ceremony;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A sealed declaration: the record fingerprinted (JSON), its fingerprint, and the sealed PDF once rendered. */
@MappedEntity("ceremony_seal")
record Seal(
        @Id UUID ceremonyId,
        String fingerprint,
        String record,
        Instant sealedAt,
        String sealedBy,
        @Nullable byte[] pdf,
        @Nullable String pdfSha256) {}
