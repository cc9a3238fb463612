package org.summit.api.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.summit.accounts.Role;
import org.summit.api.web.ProblemResponses;
import org.summit.exchanges.BlockView;
import org.summit.exchanges.ExchangesProgramme;
import org.summit.exchanges.ExchangesService;
import org.summit.shared.LocalizedText;

/**
 * When exchanges can take place: every exchange block of the programme with its slots, for delegates to pick the
 * times they prefer from a list (a preferred time outside them is refused).
 */
@Controller("/api/exchanges/times")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.Names.DELEGATE, Role.Names.ORGANISER})
@ProblemResponses
@Tag(name = "Exchanges")
class ExchangeTimesController {

    /** A slot of an exchange block: local times in the summit's zone. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExchangeSlotTime")
    record SlotTime(LocalDateTime startsAt, LocalDateTime endsAt) {}

    /** An exchange block as delegates see it: where, when, and its slots. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExchangeBlockTimes")
    record BlockTimes(
            UUID blockId,
            UUID summitId,
            LocalizedText title,
            LocalizedText place,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            int meetingMinutes,
            List<SlotTime> slots) {

        static BlockTimes of(BlockView block) {
            return new BlockTimes(
                    block.session().id(),
                    block.session().summitId(),
                    block.session().title(),
                    block.place(),
                    block.session().startsAt(),
                    block.session().endsAt(),
                    block.meetingMinutes(),
                    block.slots().stream()
                            .map(slot -> new SlotTime(slot[0], slot[1]))
                            .toList());
        }
    }

    private final ExchangesProgramme programme;
    private final ExchangesService exchanges;

    ExchangeTimesController(ExchangesProgramme programme, ExchangesService exchanges) {
        this.programme = programme;
        this.exchanges = exchanges;
    }

    @Get
    @Operation(
            summary = "Every exchange block with its slots, by start: the times a delegate may prefer for an exchange"
                    + " (delegate, organiser)")
    List<BlockTimes> times() {
        return programme.summits().stream()
                .flatMap(summit -> exchanges.blocks(summit.id()).stream())
                .map(BlockTimes::of)
                .toList();
    }
}
