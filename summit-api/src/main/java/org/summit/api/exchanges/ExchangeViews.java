package org.summit.api.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.summit.events.exchanges.FollowUp;
import org.summit.events.exchanges.PreferredTime;
import org.summit.exchanges.BlockSetup;
import org.summit.exchanges.BlockView;
import org.summit.exchanges.ExchangeCity;
import org.summit.exchanges.ExchangeDelegate;
import org.summit.exchanges.ExchangeRequest;
import org.summit.exchanges.ExchangeTable;
import org.summit.shared.LocalizedText;

/** What the exchanges' HTTP API sends and reads. */
final class ExchangeViews {

    private ExchangeViews() {}

    /** A city to choose from: its code (to send back) and its name in both languages (to show). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExchangeCityChoice")
    record CityChoice(String id, LocalizedText name) {
        static CityChoice of(ExchangeCity city) {
            return new CityChoice(city.cityId(), city.name());
        }
    }

    /** A member of a delegation: their id (to send back) and name (to show). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExchangeMember")
    record Member(UUID id, LocalizedText name) {
        static Member of(ExchangeDelegate delegate) {
            return new Member(delegate.id(), delegate.name());
        }
    }

    /**
     * A request for an exchange.
     *
     * @param invitedCityIds the cities asked (their ids from {@code GET /api/exchanges/cities}); two or more for a
     *     multilateral exchange
     * @param theme one of the declaration's themes, or null with a subject
     * @param subject a free subject in both languages, or null with a theme
     * @param memberIds the members of my delegation who attend (from {@code GET /api/exchanges/members})
     * @param preferredTimes times within the exchange blocks, local to the summit; may be empty
     */
    @Serdeable
    @Schema(name = "ExchangeRequest")
    record NewExchange(
            List<String> invitedCityIds,

            @Nullable
            @Schema(
                    allowableValues = {
                        "SMART_PUBLIC_SERVICES",
                        "INFRASTRUCTURE",
                        "SMART_CITY_INDUSTRY",
                        "INNOVATION",
                        "GOVERNMENT_INDUSTRY_ACADEMIA"
                    })
            String theme,

            @Nullable LocalizedText subject,
            LocalizedText note,
            List<String> memberIds,
            @Nullable List<TimeRange> preferredTimes,
            boolean interpretation) {

        ExchangeRequest toRequest() {
            return new ExchangeRequest(
                    invitedCityIds, theme, subject, note, memberIds, TimeRange.times(preferredTimes), interpretation);
        }
    }

    /** A span of time, local to the summit. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExchangeTimeRange")
    record TimeRange(LocalDateTime startsAt, LocalDateTime endsAt) {
        static List<PreferredTime> times(@Nullable List<TimeRange> ranges) {
            return ranges == null
                    ? List.of()
                    : ranges.stream()
                            .map(range -> range == null ? null : new PreferredTime(range.startsAt(), range.endsAt()))
                            .toList();
        }

        static List<TimeRange> of(List<PreferredTime> times) {
            return times.stream()
                    .map(time -> new TimeRange(time.startsAt(), time.endsAt()))
                    .toList();
        }
    }

    /** An acceptance: who of my delegation attends. */
    @Serdeable
    @Schema(name = "ExchangeAcceptance")
    record Acceptance(List<String> memberIds) {}

    /** Why: for a decline or a cancellation. */
    @Serdeable
    @Schema(name = "ExchangeReason")
    record Reason(String reason) {}

    /** Other times my city would prefer. */
    @Serdeable
    @Schema(name = "ExchangeTimesProposal")
    record Proposal(List<TimeRange> preferredTimes) {}

    /** One follow-up action of an outcome. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExchangeFollowUp")
    record Action(String action, String owner, @Nullable LocalDate due) {
        FollowUp toFollowUp() {
            return new FollowUp(action, owner, due);
        }
    }

    /** My city's outcome of an exchange. */
    @Serdeable
    @Schema(name = "ExchangeOutcomeInput")
    record OutcomeInput(String summary, @Nullable List<Action> actions, boolean mouIntended) {
        List<FollowUp> followUps() {
            return actions == null
                    ? List.of()
                    : actions.stream()
                            .map(action -> action == null ? null : action.toFollowUp())
                            .toList();
        }
    }

    /** Where to place an exchange by hand: a table of a block, from the start of one of its slots. */
    @Serdeable
    @Schema(name = "ExchangePlacementInput")
    record PlacementInput(UUID blockId, UUID tableId, LocalDateTime startsAt, boolean pinned) {}

    /** A city of an exchange with its answer. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExchangeParty")
    record PartyView(
            String cityId,
            LocalizedText cityName,
            boolean requesting,

            @Schema(allowableValues = {"pending", "times-proposed", "accepted", "declined"})
            String answer,

            List<Member> members,
            List<TimeRange> preferredTimes,
            @Nullable String reason,
            @Nullable Instant answeredAt) {}

    /** Where and when an exchange takes place. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExchangePlacement")
    record PlacementView(
            UUID summitId,
            UUID blockId,
            UUID tableId,
            @Nullable LocalizedText place,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            boolean pinned) {}

    /** A city's outcome of an exchange. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExchangeOutcome")
    record OutcomeView(
            String cityId,
            LocalizedText cityName,
            String summary,
            List<Action> actions,
            boolean mouIntended,
            Instant recordedAt) {}

    /**
     * An exchange with every city's answer.
     *
     * @param status requested (waiting for answers), agreed, declined or cancelled
     * @param topic the theme's name or the subject, in both languages
     * @param title the topic with the cities taking part
     * @param placement where and when, once placed
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Exchange")
    record ExchangeView(
            UUID id,

            @Schema(allowableValues = {"requested", "agreed", "declined", "cancelled"})
            String status,

            @Nullable String theme,
            LocalizedText topic,
            LocalizedText title,
            LocalizedText note,
            boolean interpretation,
            String requestingCityId,
            List<PartyView> cities,
            @Nullable PlacementView placement,
            List<OutcomeView> outcomes,
            @Nullable String cancelledByCityId,
            @Nullable String cancelReason,
            Instant requestedAt,
            long version) {}

    /** A table of an exchange block. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExchangeTable")
    record TableView(@Nullable UUID id, LocalizedText name, int capacity, boolean interpretation) {
        static TableView of(ExchangeTable table) {
            return new TableView(table.id(), table.name(), table.capacity(), table.interpretation());
        }

        BlockSetup.TableSetup toSetup() {
            return new BlockSetup.TableSetup(id, name, capacity, interpretation);
        }
    }

    /** An exchange block of the programme with its settings and slots. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ExchangeBlock")
    record BlockDetails(
            UUID id,
            UUID summitId,
            LocalizedText title,
            LocalizedText place,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            int meetingMinutes,
            List<TableView> tables,
            List<TimeRange> slots,
            long version) {
        static BlockDetails of(BlockView block) {
            return new BlockDetails(
                    block.session().id(),
                    block.session().summitId(),
                    block.session().title(),
                    block.place(),
                    block.session().startsAt(),
                    block.session().endsAt(),
                    block.meetingMinutes(),
                    block.tables().stream().map(TableView::of).toList(),
                    block.slots().stream()
                            .map(slot -> new TimeRange(slot[0], slot[1]))
                            .toList(),
                    block.version());
        }
    }

    /**
     * An exchange block's settings.
     *
     * @param meetingMinutes how long a meeting lasts (10 to 240; default 30)
     * @param place the place's name guests read, or null for the block's title
     * @param tables the tables in order: with its id an existing one, without a new one; one left out is removed
     * @param version the version edited (from the block), for optimistic locking
     */
    @Serdeable
    @Schema(name = "ExchangeBlockSettings")
    record BlockSettingsInput(
            @Nullable Integer meetingMinutes,
            @Nullable LocalizedText place,
            List<TableView> tables,
            @Nullable Long version) {
        BlockSetup toSetup() {
            return new BlockSetup(
                    meetingMinutes,
                    place,
                    tables == null
                            ? List.of()
                            : tables.stream()
                                    .map(table -> table == null ? null : table.toSetup())
                                    .toList());
        }
    }

    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
