package org.summit.api.agenda;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.summit.agenda.AgendaProblem;
import org.summit.agenda.AgendaService;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitService;
import org.summit.api.pdf.PdfFonts;
import org.summit.api.web.ProblemResponses;
import org.summit.shared.NotFoundException;

/**
 * The published programme as a PDF to print, in both languages at once ({@link AgendaPrint}). Written once per
 * release: a release never changes, so the PDF of its number is kept and served again.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "Agenda")
class AgendaPrintController {

    static final MediaType PDF = MediaType.of("application/pdf");

    private record Printed(int release, byte[] body) {}

    private final AgendaService agenda;
    private final SummitService summits;
    private final AgendaPrint print;
    private final Map<UUID, Printed> printed = new ConcurrentHashMap<>();

    AgendaPrintController(AgendaService agenda, SummitService summits, PdfFonts fonts) {
        this.agenda = agenda;
        this.summits = summits;
        this.print = new AgendaPrint(fonts);
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/api/summits/{summitId}/agenda.pdf", produces = "application/pdf")
    @Operation(
            summary = "The latest release as a PDF to print, in Traditional Chinese and English (anyone)",
            description = "A4, one table per day; the Chinese is embedded (Noto Sans TC), so it prints on any"
                    + " machine. 404 summit.not-found or agenda.not-published before the first release.")
    @ApiResponse(responseCode = "200", description = "The PDF (application/pdf)")
    HttpResponse<byte[]> pdf(UUID summitId) {
        Summit summit = summits.find(summitId)
                .orElseThrow(
                        () -> new NotFoundException(AgendaProblem.SUMMIT_NOT_FOUND, Map.of("id", summitId.toString())));
        int number = agenda.latestReleaseNumber(summitId);
        if (number == 0) {
            throw new NotFoundException(AgendaProblem.NOT_PUBLISHED, Map.of());
        }
        Printed current = printed.get(summitId);
        if (current == null || current.release() != number) {
            PublishedAgenda release = agenda.latest(summitId)
                    .orElseThrow(() -> new NotFoundException(AgendaProblem.NOT_PUBLISHED, Map.of()));
            current = new Printed(release.release(), print.write(release, summit.name(), summit.venue()));
            printed.put(summitId, current);
        }
        return HttpResponse.ok(current.body())
                .contentType(PDF)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"programme-r" + current.release() + ".pdf\"");
    }
}
