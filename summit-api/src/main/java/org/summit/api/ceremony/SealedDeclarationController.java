package org.summit.api.ceremony;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.summit.api.ceremony.CeremonyViews.Verification;
import org.summit.api.web.ProblemResponses;
import org.summit.api.web.PublicOrigin;
import org.summit.ceremony.CeremonyProblem;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.SealChain;
import org.summit.ceremony.SealedRecord;
import org.summit.shared.InvalidFileException;
import org.summit.shared.NotFoundException;

/**
 * What anyone may read of a sealed declaration: its record (the replay draws it), its PDF, and its verification, by
 * the ceremony's id or by an uploaded copy of the PDF.
 */
@Controller("/api/ceremonies")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "Ceremony", description = "The signing of the declaration")
class SealedDeclarationController {

    /** A sealed PDF is a few hundred kilobytes; anything far larger is not one. */
    static final int MAX_UPLOAD = 20 * 1024 * 1024;

    private final CeremonyService ceremonies;
    private final SealedPdfs pdfs;
    private final SealChain chain;

    SealedDeclarationController(CeremonyService ceremonies, SealedPdfs pdfs, SealChain chain) {
        this.ceremonies = ceremonies;
        this.pdfs = pdfs;
        this.chain = chain;
    }

    @Get("/{id}/record")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            summary = "The sealed record (anyone, once sealed): the declaration, every signature's strokes with the"
                    + " times they were accepted (the replay's clock), the fingerprint")
    SealedRecord record(UUID id) {
        return ceremonies.sealedRecord(id).orElseThrow(() -> new NotFoundException(CeremonyProblem.NOT_SEALED));
    }

    @Get("/{id}/sealed.pdf")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Produces("application/pdf")
    @Operation(
            summary = "The sealed declaration as a PDF (anyone, once sealed): both language versions, every signature"
                    + " as vector strokes, the fingerprint and a QR code of the verification page; always the same"
                    + " bytes")
    @ApiResponse(
            responseCode = "200",
            description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<byte[]> pdf(UUID id, HttpRequest<?> request) {
        CeremonyService.SealedPdf pdf = pdfs.sealed(id, PublicOrigin.of(request));
        return HttpResponse.ok(pdf.bytes())
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "inline; filename=\"sealed-declaration-" + id + ".pdf\"")
                .header("ETag", "\"" + pdf.sha256() + "\"");
    }

    @Get("/{id}/verification")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            summary = "Verify a sealed ceremony by its id (anyone): recomputes the fingerprint from the stored text and"
                    + " strokes and compares it with the one sealed")
    Verification verify(UUID id) {
        SealedRecord sealed =
                ceremonies.sealedRecord(id).orElseThrow(() -> new NotFoundException(CeremonyProblem.NOT_SEALED));
        boolean intact = chain.consistent(sealed);
        boolean asSealed = ceremonies.stillAsSealed(id);
        return new Verification(
                intact && asSealed, id, sealed.name(), sealed.fingerprint(), sealed.sealedAt(), intact, asSealed, null);
    }

    @Post("/verification")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Consumes("application/pdf")
    @Operation(
            summary = "Verify an uploaded copy of a sealed PDF (anyone): recomputes the fingerprint of the record it"
                    + " carries, compares it with the seal stored for its ceremony, and the file with the sealed PDF")
    Verification verifyFile(@Body byte[] pdf) {
        if (pdf == null || pdf.length == 0 || pdf.length > MAX_UPLOAD) {
            throw InvalidFileException.of(CeremonyProblem.PDF_UNREADABLE, java.util.Map.of(), 0);
        }
        Optional<SealedRecord> carried = pdfs.embeddedRecord(pdf).flatMap(this::read);
        if (carried.isEmpty()) {
            throw InvalidFileException.of(CeremonyProblem.PDF_UNREADABLE, java.util.Map.of(), 0);
        }
        SealedRecord record = carried.get();
        boolean intact = chain.consistent(record);
        Optional<UUID> id = id(record.ceremonyId());
        Optional<SealedRecord> stored = id.flatMap(ceremonies::sealedRecord);
        boolean matchesSeal = stored.map(seal -> seal.fingerprint().equals(record.fingerprint()))
                        .orElse(false)
                && stored.map(seal -> seal.equals(record)).orElse(false);
        Boolean fileMatches = id.flatMap(ceremonies::sealedPdf)
                .map(sealedPdf -> sealedPdf.sha256().equals(SealChain.sha256(pdf)))
                .orElse(false);
        return new Verification(
                intact && matchesSeal && fileMatches,
                id.orElse(null),
                record.name(),
                record.fingerprint(),
                record.sealedAt(),
                intact,
                matchesSeal,
                fileMatches);
    }

    private Optional<SealedRecord> read(String json) {
        try {
            return Optional.of(chain.read(json));
        } catch (IOException | RuntimeException notARecord) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> id(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}
