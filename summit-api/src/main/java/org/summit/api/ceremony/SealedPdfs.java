package org.summit.api.ceremony;

import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.summit.ceremony.CeremonyProblem;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.SealChain;
import org.summit.ceremony.SealedRecord;
import org.summit.shared.NotFoundException;

/**
 * The sealed PDF of a ceremony: rendered once from the sealed record and kept, so that the file people download is
 * always the same bytes, the ones whose SHA-256 the verification compares an uploaded copy with.
 */
@Singleton
class SealedPdfs {

    private final CeremonyService ceremonies;
    private final SealedDeclarationPdf renderer;
    private final SealChain chain;

    SealedPdfs(CeremonyService ceremonies, SealedDeclarationPdf renderer, SealChain chain) {
        this.ceremonies = ceremonies;
        this.renderer = renderer;
        this.chain = chain;
    }

    /** The sealed PDF, rendered now if the seal has none yet (a process stopped between the seal and the PDF). */
    CeremonyService.SealedPdf sealed(UUID ceremonyId, String origin) {
        Optional<CeremonyService.SealedPdf> kept = ceremonies.sealedPdf(ceremonyId);
        if (kept.isPresent()) {
            return kept.get();
        }
        SealedRecord record = ceremonies
                .sealedRecord(ceremonyId)
                .orElseThrow(() -> new NotFoundException(CeremonyProblem.NOT_SEALED));
        byte[] pdf = renderer.render(record, chain.canonical(record), URI.create(origin + "/verify/" + ceremonyId));
        return ceremonies.keepPdf(ceremonyId, pdf);
    }

    /** The canonical record embedded in a PDF, if it is one of ours. */
    Optional<String> embeddedRecord(byte[] pdf) {
        return renderer.embeddedRecord(pdf);
    }
}
