package org.summit.ceremony;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One drafted version of a ceremony's declaration, each language version as JSON ({@link DeclarationText}). */
@MappedEntity("ceremony_declaration")
record DeclarationVersion(
        @Id UUID id,
        UUID ceremonyId,
        int version,
        String textZhHant,
        String textEn,
        LocalDate signedOn,
        String editedBy,
        Instant editedAt) {}
