package org.summit.ceremony;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ceremony context's tables; no other context reads them. */
final class CeremonyRepositories {

    private CeremonyRepositories() {}

    @JdbcRepository(dialect = Dialect.H2)
    interface Ceremonies extends CrudRepository<Ceremony, UUID> {
        Optional<Ceremony> findFirstOrderByCreatedAtDesc();
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Declarations extends CrudRepository<DeclarationVersion, UUID> {
        Optional<DeclarationVersion> findByCeremonyIdAndVersion(UUID ceremonyId, int version);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Signatories extends CrudRepository<Signatory, UUID> {
        List<Signatory> findByCeremonyIdOrderByPosition(UUID ceremonyId);

        Optional<Signatory> findByCeremonyIdAndSignatoryId(UUID ceremonyId, UUID signatoryId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface StrokeBatches extends CrudRepository<StrokeBatch, Long> {

        /** Stores a batch unless one with its signatory and number is stored: a redelivery changes nothing. */
        @Query("""
                INSERT INTO ceremony_stroke_batch (ceremony_id, signatory_id, seq, cleared, points, accepted_at)
                SELECT :ceremonyId, :signatoryId, :seq, :cleared, :points, :acceptedAt FROM (VALUES (1))
                WHERE NOT EXISTS (SELECT 1 FROM ceremony_stroke_batch
                                  WHERE ceremony_id = :ceremonyId AND signatory_id = :signatoryId AND seq = :seq)""")
        int storeOnce(UUID ceremonyId, UUID signatoryId, long seq, boolean cleared, String points, Instant acceptedAt);

        List<StrokeBatch> findByCeremonyIdOrderBySeq(UUID ceremonyId);

        @Query("SELECT COALESCE(MAX(seq), 0) FROM ceremony_stroke_batch WHERE ceremony_id = :ceremonyId"
                + " AND signatory_id = :signatoryId")
        long lastSeq(UUID ceremonyId, UUID signatoryId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Seals extends CrudRepository<Seal, UUID> {

        /** Keeps the PDF unless one is kept: the first one stays, the one whose hash verification compares. */
        @Query(
                "UPDATE ceremony_seal SET pdf = :pdf, pdf_sha256 = :sha256 WHERE ceremony_id = :ceremonyId AND pdf IS NULL")
        int keepPdf(UUID ceremonyId, byte[] pdf, String sha256);
    }
}
