package org.summit.api.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.summit.agenda.AgendaProblem;
import org.summit.agenda.AgendaService;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.SummitService;
import org.summit.api.web.ProblemResponses;
import org.summit.api.web.PublicOrigin;
import org.summit.shared.LocalizedText;
import org.summit.shared.NotFoundException;

/**
 * The published programme, for everyone: the latest release as the JSON document it was frozen into, rendered and
 * compressed once per release by {@link PublishedReleases}, with an ETag naming the summit and the release (a request
 * whose If-None-Match names it gets a 304). While this instance knows its rendering is the latest, {@link
 * FreshReleaseFilter} answers before the request gets here; this controller answers the rest, after asking the
 * database which release is the latest.
 */
@Controller("/api/summits/{summitId}/agenda")
@ProblemResponses
@Tag(name = "Agenda")
class PublishedAgendaController {

    private final AgendaService agenda;
    private final SummitService summits;
    private final PublishedReleases releases;

    PublishedAgendaController(AgendaService agenda, SummitService summits, PublishedReleases releases) {
        this.agenda = agenda;
        this.summits = summits;
        this.releases = releases;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The latest published release of the programme, with its changelog (anyone)",
            description = "Times are local to the release's timeZone. Answers with an ETag; send it back in"
                    + " If-None-Match to get a 304 while no new release is out. 404 agenda.not-published before the"
                    + " first release.")
    @ApiResponse(
            responseCode = "200",
            description = "The release",
            content = @Content(schema = @Schema(implementation = PublishedAgenda.class)))
    @ApiResponse(responseCode = "304", description = "The release named by If-None-Match is still the latest")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<byte[]> latest(UUID summitId, HttpRequest<?> request) {
        return PublishedReleases.answer(releases.confirmLatest(summitId), request);
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/schedule.xml", produces = MediaType.APPLICATION_XML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(
            summary = "The latest release as a c3voc/frab schedule.xml, for schedule apps (anyone)",
            description = "In English, or in Traditional Chinese with ?lang=zh-Hant; the format holds one language.")
    @ApiResponse(responseCode = "200", description = "The schedule, valid against the c3voc schedule.xml schema")
    HttpResponse<String> scheduleXml(UUID summitId, @Nullable @QueryValue String lang) {
        PublishedAgenda release =
                agenda.latest(summitId).orElseThrow(() -> new NotFoundException(AgendaProblem.NOT_PUBLISHED, Map.of()));
        LocalizedText name = summits.find(summitId).orElseThrow().name();
        return HttpResponse.ok(FrabSchedule.xml(release, name, !"zh-Hant".equals(lang)))
                .contentType(MediaType.APPLICATION_XML_TYPE);
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/schedule.json", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(
            summary = "The latest release as a c3voc schedule.json, for schedule apps (anyone)",
            description = "In English, or in Traditional Chinese with ?lang=zh-Hant; the format holds one language.")
    @ApiResponse(responseCode = "200", description = "The schedule, valid against the c3voc schedule.json schema")
    Map<String, Object> scheduleJson(UUID summitId, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        PublishedAgenda release =
                agenda.latest(summitId).orElseThrow(() -> new NotFoundException(AgendaProblem.NOT_PUBLISHED, Map.of()));
        LocalizedText name = summits.find(summitId).orElseThrow().name();
        return FrabScheduleJson.document(release, name, !"zh-Hant".equals(lang), PublicOrigin.of(request));
    }
}
