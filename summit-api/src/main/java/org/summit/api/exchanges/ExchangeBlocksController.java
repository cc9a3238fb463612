package org.summit.api.exchanges;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.summit.accounts.Role;
import org.summit.api.exchanges.ExchangeViews.BlockDetails;
import org.summit.api.exchanges.ExchangeViews.BlockSettingsInput;
import org.summit.api.web.ProblemResponses;
import org.summit.exchanges.ExchangesService;

/**
 * The exchange blocks of a summit's programme (its {@code EXCHANGE_BLOCK} sessions) and the organisers' settings of
 * each: its tables and the meeting length that cuts it into slots.
 */
@Controller("/api/exchange-blocks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ORGANISER)
@ProblemResponses
@Tag(name = "Exchanges")
class ExchangeBlocksController {

    private final ExchangesService exchanges;

    ExchangeBlocksController(ExchangesService exchanges) {
        this.exchanges = exchanges;
    }

    @Get("/summit/{summitId}")
    @Operation(summary = "The exchange blocks of a summit, by start, with their tables and slots (organiser)")
    List<BlockDetails> blocks(UUID summitId) {
        return exchanges.blocks(summitId).stream().map(BlockDetails::of).toList();
    }

    @Put("/{blockId}")
    @Operation(
            summary = "Set a block's meeting length, place name and tables (organiser); exchanges placed at a removed"
                    + " table or at a time that is no longer a slot lose their place")
    BlockDetails configure(UUID blockId, @Body BlockSettingsInput settings) {
        return BlockDetails.of(exchanges.configureBlock(blockId, settings.toSetup(), settings.version()));
    }
}
