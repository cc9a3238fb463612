package org.summit.exchanges;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summit.events.exchanges.ExchangeSchedulingFinished;
import org.summit.events.exchanges.FollowUp;
import org.summit.events.exchanges.PreferredTime;
import org.summit.events.exchanges.UnplacedExchange;
import org.summit.shared.Choices;
import org.summit.shared.ConflictException;
import org.summit.shared.ForbiddenException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.NotFoundException;
import org.summit.shared.SharedProblem;
import org.summit.shared.Texts;
import org.summit.shared.Versions;
import org.summit.shared.Violations;
import org.summit.shared.outbox.Outbox;

/**
 * The exchanges context's intents, each one transaction that changes exchanges and appends their events to the
 * outbox, and refuses bad input with a problem code before anything is stored. Delegates request, answer, cancel and
 * record outcomes for their own city; organisers set the blocks' tables, place exchanges by hand (with the same
 * checks the solver keeps: nobody in two places, table free and big enough, interpretation where needed) and apply
 * a scheduling run's result.
 */
@Singleton
public class ExchangesService implements BlockChanges, CityWithdrawals {

    /** Who settles a withdrawn city's exchanges, and why, as their events say. */
    static final String SUMMIT = "summit";

    static final String WITHDRAWN = "該城市已退出高峰會。 The city withdrew from the summit.";

    /** The longest free text of a reason, summary, action or owner, in characters. */
    public static final int MAX_TEXT = 2000;

    private final ExchangeStore exchanges;
    private final ExchangesDirectory directory;
    private final ExchangesProgramme programme;
    private final ExchangesRepositories.BlockSettingsRows settings;
    private final ExchangesRepositories.TableRows tables;
    private final Outbox outbox;
    private final SchedulingRunStore.Rows runs;
    private final Clock clock;

    ExchangesService(
            ExchangeStore exchanges,
            ExchangesDirectory directory,
            ExchangesProgramme programme,
            ExchangesRepositories.BlockSettingsRows settings,
            ExchangesRepositories.TableRows tables,
            Outbox outbox,
            SchedulingRunStore.Rows runs,
            Clock clock) {
        this.exchanges = exchanges;
        this.directory = directory;
        this.programme = programme;
        this.settings = settings;
        this.tables = tables;
        this.outbox = outbox;
        this.runs = runs;
        this.clock = clock;
    }

    // ----- delegates -----

    /**
     * A delegate asks other cities for an exchange. Refused: an account of no city (403); invited cities that are
     * the own city, unknown, withdrawn or repeated; members who are not of the delegate's city; preferred times that
     * end before they start or lie outside every exchange block; an open request between the same cities on the same
     * theme or subject (409).
     */
    @Transactional
    public Exchange request(Actor actor, ExchangeRequest request) {
        String cityId = cityOf(actor);
        Violations problems = new Violations();
        Theme theme = request.theme() == null || request.theme().isBlank()
                ? null
                : problems.read(() -> Choices.parse(Theme.class, "theme", request.theme()));
        LocalizedText subject = problems.read(() -> subject(request.subject()));
        LocalizedText note = problems.read(() -> Texts.requireBilingual("note", request.note()));
        List<String> invited = request.invitedCityIds() == null ? List.of() : request.invitedCityIds();
        for (int i = 0; i < invited.size(); i++) {
            String invitedId = invited.get(i);
            String field = "invitedCityIds[" + i + "]";
            if (invitedId == null || invitedId.equals(cityId)) {
                continue; // the aggregate names these
            }
            Optional<ExchangeCity> city = directory.city(invitedId);
            if (city.isEmpty()) {
                problems.add(field, ExchangesProblem.CITY_UNKNOWN, Map.of("city", Texts.abbreviate(invitedId)));
            } else if (city.get().withdrawn()) {
                problems.add(
                        field,
                        ExchangesProblem.CITY_WITHDRAWN,
                        Map.of("city", city.get().name()));
            }
        }
        List<String> members = request.memberIds() == null ? List.of() : request.memberIds();
        checkMembers(problems, cityId, members);
        List<PreferredTime> times = request.preferredTimes() == null ? List.of() : request.preferredTimes();
        checkTimes(problems, "preferredTimes", times);
        Exchange exchange = problems.build(() -> Exchange.request(
                UUID.randomUUID(),
                cityId,
                invited,
                theme,
                subject,
                note,
                members,
                times,
                request.interpretation(),
                actor.by(),
                clock.instant()));
        Set<String> cities = new HashSet<>(exchange.cityIds());
        exchanges.openOnTopic(exchange.topicKey()).stream()
                .filter(open -> new HashSet<>(open.cityIds()).equals(cities))
                .findFirst()
                .ifPresent(open -> {
                    throw new ConflictException(
                            ExchangesProblem.DUPLICATE,
                            Map.of("exchangeId", open.id().toString()));
                });
        exchanges.save(exchange, true);
        outbox.appendAll(exchange.events());
        return exchange;
    }

    /** The delegate's city accepts and names who of its delegation attends. */
    @Transactional
    public Exchange accept(Actor actor, UUID exchangeId, List<String> memberIds) {
        String cityId = cityOf(actor);
        Exchange exchange = find(exchangeId);
        Violations problems = new Violations();
        checkMembers(problems, cityId, memberIds == null ? List.of() : memberIds);
        requireInvited(exchange, cityId);
        problems.throwIfAny();
        exchange.accept(cityId, memberIds, actor.by(), clock.instant());
        return save(exchange);
    }

    /** The delegate's city declines, saying why. */
    @Transactional
    public Exchange decline(Actor actor, UUID exchangeId, String reason) {
        String cityId = cityOf(actor);
        Exchange exchange = find(exchangeId);
        requireInvited(exchange, cityId);
        String why = Texts.requireText("reason", reason, MAX_TEXT, true).strip();
        exchange.decline(cityId, why, actor.by(), clock.instant());
        return save(exchange);
    }

    /** The delegate's city proposes other times (within the exchange blocks), still to accept or decline. */
    @Transactional
    public Exchange proposeTimes(Actor actor, UUID exchangeId, List<PreferredTime> times) {
        String cityId = cityOf(actor);
        Exchange exchange = find(exchangeId);
        requireInvited(exchange, cityId);
        Violations problems = new Violations();
        checkTimes(problems, "preferredTimes", times == null ? List.of() : times);
        problems.throwIfAny();
        exchange.proposeTimes(cityId, times, actor.by(), clock.instant());
        return save(exchange);
    }

    /** A city taking part calls the exchange off, saying why; its place, if any, is free again. */
    @Transactional
    public Exchange cancel(Actor actor, UUID exchangeId, String reason) {
        String cityId = cityOf(actor);
        Exchange exchange = find(exchangeId);
        if (!exchange.involves(cityId)) {
            throw new ForbiddenException(ExchangesProblem.NOT_A_PARTY, Map.of("city", cityName(cityId)));
        }
        String why = Texts.requireText("reason", reason, MAX_TEXT, true).strip();
        exchange.cancel(cityId, why, actor.by());
        return save(exchange);
    }

    /** A city that takes part records (or replaces) its outcome of the agreed exchange. */
    @Transactional
    public Exchange recordOutcome(
            Actor actor, UUID exchangeId, String summary, List<FollowUp> actions, boolean mouIntended) {
        String cityId = cityOf(actor);
        Exchange exchange = find(exchangeId);
        Party party = exchange.party(cityId);
        if (party == null || !party.attends()) {
            throw new ForbiddenException(ExchangesProblem.NOT_A_PARTY, Map.of("city", cityName(cityId)));
        }
        Violations problems = new Violations();
        String text = problems.read(() -> Texts.requireText("summary", summary, MAX_TEXT, true));
        List<FollowUp> cleaned = new ArrayList<>();
        List<FollowUp> given = actions == null ? List.of() : actions;
        if (given.size() > Exchange.MAX_ACTIONS) {
            problems.add("actions", ExchangesProblem.ACTIONS_TOO_MANY, Map.of("max", Exchange.MAX_ACTIONS));
        } else {
            for (int i = 0; i < given.size(); i++) {
                FollowUp action = given.get(i);
                String field = "actions[" + i + "]";
                if (action == null) {
                    problems.add(field, SharedProblem.VALUE_REQUIRED);
                    continue;
                }
                String what = problems.read(() -> Texts.requireLine(field + ".action", action.action(), 500));
                String owner = problems.read(() -> Texts.requireLine(field + ".owner", action.owner(), 200));
                if (what != null && owner != null) {
                    cleaned.add(new FollowUp(what.strip(), owner.strip(), action.due()));
                }
            }
        }
        problems.throwIfAny();
        exchange.recordOutcome(cityId, text.strip(), cleaned, mouIntended, actor.by(), clock.instant());
        return save(exchange);
    }

    // ----- reads -----

    @Transactional
    public Exchange find(UUID exchangeId) {
        return exchanges.find(exchangeId).orElseThrow(() -> new NotFoundException(ExchangesProblem.EXCHANGE_NOT_FOUND));
    }

    /** An exchange as a delegate may see it: only one their city is part of (404 otherwise, not to reveal it). */
    @Transactional
    public Exchange findFor(Actor actor, UUID exchangeId) {
        String cityId = cityOf(actor);
        Exchange exchange = find(exchangeId);
        if (!exchange.involves(cityId)) {
            throw new NotFoundException(ExchangesProblem.EXCHANGE_NOT_FOUND);
        }
        return exchange;
    }

    /** Every exchange, oldest request first (organisers). */
    @Transactional
    public List<Exchange> all() {
        return exchanges.all();
    }

    /** The exchanges the actor's city asked for or is invited to, oldest first. */
    @Transactional
    public List<Exchange> ofMyCity(Actor actor) {
        return exchanges.ofCity(cityOf(actor));
    }

    /** The cities the actor's city can ask: every city of the summit but itself and those withdrawn, by name. */
    @Transactional
    public List<ExchangeCity> askableCities(Actor actor) {
        String cityId = cityOf(actor);
        return directory.cities().stream()
                .filter(city -> !city.withdrawn() && !city.cityId().equals(cityId))
                .toList();
    }

    /** The members of the actor's city's delegation, to name who attends. */
    @Transactional
    public List<ExchangeDelegate> myDelegation(Actor actor) {
        return directory.delegatesOf(cityOf(actor));
    }

    /** The exchange blocks of a summit with their settings, by start. */
    @Transactional
    public List<BlockView> blocks(UUID summitId) {
        return programme.blocks(summitId).stream().map(this::view).toList();
    }

    @Transactional
    public BlockView block(UUID blockId) {
        return view(
                programme.block(blockId).orElseThrow(() -> new NotFoundException(ExchangesProblem.BLOCK_NOT_FOUND)));
    }

    /** The title of an exchange as its events carry it: its theme's or subject's name with the cities' names. */
    @Transactional
    public LocalizedText title(Exchange exchange) {
        List<ExchangeCity> cities = exchange.attendingCityIds().stream()
                .map(id -> directory.city(id).orElse(new ExchangeCity(id, id, id, false, Instant.EPOCH)))
                .toList();
        LocalizedText topic = exchange.topic();
        return LocalizedText.of(
                topic.zhHant() + "："
                        + cities.stream().map(ExchangeCity::nameZhHant).collect(Collectors.joining("、")),
                topic.en() + ": " + cities.stream().map(ExchangeCity::nameEn).collect(Collectors.joining(", ")));
    }

    /** Where a placed exchange is, as its events say it (the block's place and the table), or null if unplaced. */
    @Transactional
    @Nullable
    public LocalizedText placeName(Exchange exchange) {
        Placement placement = exchange.placement();
        if (placement == null) {
            return null;
        }
        return programme
                .block(placement.blockId())
                .map(this::view)
                .flatMap(block -> block.tables().stream()
                        .filter(table -> table.id().equals(placement.tableId()))
                        .findFirst()
                        .map(table -> place(block, table)))
                .orElse(null);
    }

    // ----- organisers -----

    /**
     * Sets an exchange block's meeting length, place name and tables. Exchanges placed at a removed table, or whose
     * time no longer is a slot of the block, lose their place ({@code ExchangeUnscheduled}); those at kept tables
     * are told the table's new name.
     */
    @Transactional
    public BlockView configureBlock(UUID blockId, BlockSetup setup, @Nullable Long expectedVersion) {
        ProgrammeSession block =
                programme.block(blockId).orElseThrow(() -> new NotFoundException(ExchangesProblem.BLOCK_NOT_FOUND));
        programme.lockPlacements(block.summitId());
        Violations problems = new Violations();
        int minutes = setup.meetingMinutes() == null ? BlockSettings.DEFAULT_MEETING_MINUTES : setup.meetingMinutes();
        if (minutes < BlockSettings.MIN_MEETING_MINUTES || minutes > BlockSettings.MAX_MEETING_MINUTES) {
            problems.add(
                    "meetingMinutes",
                    ExchangesProblem.MEETING_LENGTH,
                    Map.of("min", BlockSettings.MIN_MEETING_MINUTES, "max", BlockSettings.MAX_MEETING_MINUTES));
        }
        LocalizedText place = setup.place() == null
                        || (blankOrNull(setup.place().zhHant())
                                && blankOrNull(setup.place().en()))
                ? null
                : problems.read(() -> Texts.requireBilingual("place", setup.place()));
        List<BlockSetup.TableSetup> given = setup.tables() == null ? List.of() : setup.tables();
        if (given.size() > ExchangeTable.MAX_PER_BLOCK) {
            problems.add("tables", ExchangesProblem.TABLES_TOO_MANY, Map.of("max", ExchangeTable.MAX_PER_BLOCK));
        }
        Map<UUID, ExchangeTable> existing = tables.findByBlockIdOrderByPosition(blockId).stream()
                .collect(Collectors.toMap(ExchangeTable::id, Function.identity()));
        List<ExchangeTable> wanted = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            BlockSetup.TableSetup table = given.get(i);
            String field = "tables[" + i + "]";
            if (table == null) {
                problems.add(field, SharedProblem.VALUE_REQUIRED);
                continue;
            }
            LocalizedText name = problems.read(() -> Texts.requireBilingual(field + ".name", table.name()));
            if (table.capacity() < ExchangeTable.MIN_CAPACITY || table.capacity() > ExchangeTable.MAX_CAPACITY) {
                problems.add(
                        field + ".capacity",
                        ExchangesProblem.TABLE_CAPACITY,
                        Map.of("min", ExchangeTable.MIN_CAPACITY, "max", ExchangeTable.MAX_CAPACITY));
            }
            if (table.id() != null && !existing.containsKey(table.id())) {
                problems.add(field + ".id", ExchangesProblem.TABLE_NOT_IN_BLOCK);
            }
            if (name != null) {
                wanted.add(new ExchangeTable(
                        table.id() == null ? UUID.randomUUID() : table.id(),
                        blockId,
                        i + 1,
                        name.zhHant().strip(),
                        name.en().strip(),
                        table.capacity(),
                        table.interpretation()));
            }
        }
        problems.throwIfAny();
        Optional<BlockSettings> current = settings.findById(blockId);
        if (current.isPresent()) {
            Versions.check(current.get().version(), expectedVersion, block.title());
        }
        BlockSettings saved = new BlockSettings(
                blockId,
                minutes,
                place == null ? null : place.zhHant().strip(),
                place == null ? null : place.en().strip(),
                current.map(BlockSettings::version).orElse(0L),
                clock.instant());
        if (current.isPresent()) {
            settings.update(saved);
        } else {
            settings.save(saved);
        }
        boolean placeRenamed =
                !java.util.Objects.equals(current.map(BlockSettings::place).orElse(null), saved.place());
        Set<UUID> renamed = wanted.stream()
                .filter(table -> placeRenamed
                        || (existing.containsKey(table.id())
                                && !existing.get(table.id()).name().equals(table.name())))
                .map(ExchangeTable::id)
                .collect(Collectors.toSet());
        tables.deleteByBlockId(blockId);
        wanted.forEach(tables::save);
        refit(blockId, renamed);
        return block(blockId);
    }

    /**
     * Places an agreed exchange by hand at a table of a block from the start of one of its slots, pinned or not;
     * refused when the table is too small or lacks the interpretation it needs, is taken then, or a participant is in
     * another exchange or speaks or moderates a session then, and while a scheduling run of the summit goes (409
     * {@code exchange.scheduling.running}).
     */
    @Transactional
    public Exchange place(UUID exchangeId, UUID blockId, UUID tableId, LocalDateTime startsAt, boolean pinned) {
        Exchange exchange = find(exchangeId);
        exchange.requireAgreed();
        BlockView block = block(blockId);
        programme.lockPlacements(block.session().summitId());
        ExchangeTable table = block.tables().stream()
                .filter(candidate -> candidate.id().equals(tableId))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("tableId", ExchangesProblem.TABLE_NOT_IN_BLOCK));
        if (startsAt == null || !block.isSlotStart(startsAt)) {
            throw InvalidInputException.of(
                    "startsAt",
                    ExchangesProblem.SLOT_OUTSIDE_BLOCK,
                    Map.of(
                            "startsAt", String.valueOf(startsAt),
                            "minutes", block.meetingMinutes(),
                            "blockStartsAt", block.session().startsAt().toString(),
                            "blockEndsAt", block.session().endsAt().toString()));
        }
        if (runs.existsBySummitIdAndRunningLock(
                block.session().summitId(), block.session().summitId())) {
            // A run's result is applied as a whole: a meeting placed meanwhile could sit where the run puts another.
            throw new ConflictException(ExchangesProblem.SCHEDULING_RUNNING);
        }
        Placement where = new Placement(
                block.session().summitId(),
                blockId,
                tableId,
                startsAt,
                startsAt.plusMinutes(block.meetingMinutes()),
                pinned);
        checkFree(exchange, where, table);
        exchange.place(where, title(exchange), place(block, table));
        return save(exchange);
    }

    /** Lets scheduling re-runs move a pinned exchange again. */
    @Transactional
    public Exchange unpin(UUID exchangeId) {
        Exchange exchange = find(exchangeId);
        exchange.requireAgreed();
        Placement placement = exchange.placement();
        if (placement == null) {
            throw new ConflictException(ExchangesProblem.NOT_PLACED);
        }
        BlockView block = block(placement.blockId());
        ExchangeTable table = table(block, placement.tableId());
        exchange.unpin(title(exchange), place(block, table));
        return save(exchange);
    }

    /**
     * The placed exchanges of a summit that break a rule now, each with the first rule it breaks (the codes of a
     * refused hand placement): the programme changed after they were placed (a participant now speaks or moderates
     * a session then), or they were placed before a rule was kept. Organisers move them, or re-run scheduling.
     */
    @Transactional
    public List<PlacementConflict> conflicts(UUID summitId) {
        Map<UUID, BlockView> blocks = new HashMap<>();
        blocks(summitId).forEach(block -> blocks.put(block.session().id(), block));
        List<PlacementConflict> found = new ArrayList<>();
        for (Exchange exchange : exchanges.withStatus(List.of(ExchangeStatus.AGREED))) {
            Placement placement = exchange.placement();
            if (placement == null || !placement.summitId().equals(summitId)) {
                continue;
            }
            BlockView block = blocks.get(placement.blockId());
            Optional<ExchangeTable> table = block == null
                    ? Optional.empty()
                    : block.tables().stream()
                            .filter(candidate -> candidate.id().equals(placement.tableId()))
                            .findFirst();
            table.flatMap(at -> conflict(exchange, placement, at))
                    .ifPresent(conflict ->
                            found.add(new PlacementConflict(exchange.id(), conflict.code(), conflict.args())));
        }
        return found;
    }

    /**
     * What a scheduling run of {@code summitId} works on. Refused (409 {@code exchange.scheduling.no-blocks}) when no
     * exchange block of the summit has a table.
     */
    @Transactional
    public SchedulingInput schedulingInput(UUID summitId) {
        List<BlockView> blocks = blocks(summitId).stream()
                .filter(block -> !block.tables().isEmpty())
                .toList();
        if (blocks.isEmpty()) {
            throw new ConflictException(ExchangesProblem.NO_BLOCKS);
        }
        List<SchedulingInput.Slot> slots = new ArrayList<>();
        List<SchedulingInput.Table> tableList = new ArrayList<>();
        for (BlockView block : blocks) {
            String blockId = block.session().id().toString();
            for (LocalDateTime[] slot : block.slots()) {
                slots.add(new SchedulingInput.Slot(
                        SchedulingInput.slotId(block.session().id(), slot[0]), blockId, slot[0], slot[1]));
            }
            block.tables()
                    .forEach(table -> tableList.add(new SchedulingInput.Table(
                            table.id().toString(), blockId, table.capacity(), table.interpretation())));
        }
        List<SchedulingInput.Meeting> meetings = new ArrayList<>();
        for (Exchange exchange : exchanges.withStatus(List.of(ExchangeStatus.AGREED))) {
            Placement placement = exchange.placement();
            if (placement != null && !placement.summitId().equals(summitId)) {
                continue;
            }
            SchedulingInput.SlotPlacement at = placement == null
                    ? null
                    : new SchedulingInput.SlotPlacement(
                            SchedulingInput.slotId(placement.blockId(), placement.startsAt()),
                            placement.tableId().toString());
            meetings.add(new SchedulingInput.Meeting(
                    exchange.id().toString(),
                    new LinkedHashSet<>(exchange.participantIds()),
                    exchange.interpretation(),
                    exchange.preferredTimes().stream()
                            .map(time -> new SchedulingInput.TimeRange(time.startsAt(), time.endsAt()))
                            .toList(),
                    placement != null && placement.pinned() ? at : null,
                    at));
        }
        List<SchedulingInput.Busy> busy = new ArrayList<>();
        for (ProgrammeSession session : programme.busySessions(summitId)) {
            session.peopleIds()
                    .forEach(person -> busy.add(new SchedulingInput.Busy(
                            person,
                            session.startsAt(),
                            session.endsAt(),
                            session.id().toString())));
        }
        return new SchedulingInput(summitId, meetings, slots, tableList, busy);
    }

    /**
     * Applies a finished scheduling run of {@code summitId} in one transaction: each agreed exchange it placed gets
     * that place ({@code ExchangeScheduled} the first time, {@code ExchangeRescheduled} when it moved), each one it
     * could not place loses the place it had ({@code ExchangeUnscheduled}). Pinned exchanges keep their place, and
     * exchanges cancelled or declined while the run went on are passed over; placements naming slots or tables that
     * no longer exist are unplaced rather than stored. Last, {@code ExchangeSchedulingFinished} tells organisers how
     * many agreed exchanges have a place now and which ones the run left without one, and why.
     */
    @Transactional
    public SchedulingRun.Applied applySchedule(UUID summitId, UUID runId, SchedulingRun run) {
        programme.lockPlacements(summitId);
        Map<String, BlockView> blocksById = new HashMap<>();
        Map<String, ExchangeTable> tablesById = new HashMap<>();
        for (BlockView block : blocks(summitId)) {
            blocksById.put(block.session().id().toString(), block);
            block.tables().forEach(table -> tablesById.put(table.id().toString(), table));
        }
        Map<String, String> unplacedReasons = new HashMap<>();
        run.unplaced().forEach(unplaced -> unplacedReasons.put(unplaced.meetingId(), unplaced.reason()));
        int scheduled = 0;
        int rescheduled = 0;
        int unscheduled = 0;
        int unchanged = 0;
        int placed = 0;
        List<UnplacedExchange> unplaced = new ArrayList<>();
        for (Exchange exchange : exchanges.withStatus(List.of(ExchangeStatus.AGREED))) {
            String id = exchange.id().toString();
            Placement before = exchange.placement();
            if (before != null && (before.pinned() || !before.summitId().equals(summitId))) {
                unchanged++;
                placed += before.summitId().equals(summitId) ? 1 : 0;
                continue;
            }
            SchedulingInput.SlotPlacement at = run.placements().get(id);
            if (at != null) {
                ExchangeTable table = tablesById.get(at.tableId());
                String blockId = at.slotId().contains("/")
                        ? at.slotId().substring(0, at.slotId().indexOf('/'))
                        : "";
                BlockView block = blocksById.get(blockId);
                LocalDateTime startsAt = block == null ? null : slotStart(at.slotId());
                if (table == null
                        || block == null
                        || startsAt == null
                        || !table.blockId().equals(block.session().id())
                        || !block.isSlotStart(startsAt)) {
                    unplacedReasons.put(id, "exchange.unplaced.block-changed");
                } else {
                    Placement where = new Placement(
                            summitId,
                            block.session().id(),
                            table.id(),
                            startsAt,
                            startsAt.plusMinutes(block.meetingMinutes()),
                            false);
                    placed++;
                    if (where.equals(before)) {
                        unchanged++;
                    } else {
                        exchange.place(where, title(exchange), place(block, table));
                        save(exchange);
                        if (before == null) {
                            scheduled++;
                        } else {
                            rescheduled++;
                        }
                    }
                    continue;
                }
            }
            String reason = unplacedReasons.get(id);
            if (reason != null) {
                // Only the exchanges the run was given have a reason: one agreed while it ran is not its to place.
                unplaced.add(new UnplacedExchange(id, reason, title(exchange)));
            }
            if (before != null && reason != null) {
                exchange.unschedule(reason);
                save(exchange);
                unscheduled++;
            } else {
                unchanged++;
                placed += before == null ? 0 : 1;
            }
        }
        outbox.append(new ExchangeSchedulingFinished(summitId.toString(), runId.toString(), placed, unplaced));
        return new SchedulingRun.Applied(scheduled, rescheduled, unscheduled, unchanged);
    }

    /** The exchanges placed in the block that no longer fit it (moved, shortened, removed) lose their place. */
    @Override
    public void blockChanged(UUID blockId) {
        refit(blockId, Set.of());
    }

    @Override
    public void cityWithdrew(String cityId) {
        for (Exchange exchange : exchanges.ofCity(cityId)) {
            if (exchange.status().open()) {
                exchange.cityWithdrew(cityId, WITHDRAWN, SUMMIT, clock.instant());
                if (!exchange.events().isEmpty()) {
                    save(exchange);
                }
            }
        }
    }

    // ----- checks and helpers -----

    /**
     * Takes the exchanges placed in the block that no longer fit it out of their place (the block removed, their
     * table removed, made smaller than they need or without the interpretation they need, their time no longer a
     * slot), and tells those at a renamed table or place where they are now.
     */
    private void refit(UUID blockId, Set<UUID> renamedTables) {
        Optional<BlockView> block = programme.block(blockId).map(this::view);
        for (Exchange exchange : exchanges.inBlock(blockId)) {
            Placement placement = exchange.placement();
            if (placement == null) {
                continue;
            }
            if (block.isEmpty()) {
                exchange.unschedule("exchange.unplaced.block-removed");
                save(exchange);
                continue;
            }
            Optional<ExchangeTable> table = block.get().tables().stream()
                    .filter(candidate -> candidate.id().equals(placement.tableId()))
                    .findFirst();
            if (table.isEmpty()) {
                exchange.unschedule("exchange.unplaced.table-removed");
                save(exchange);
            } else if (!block.get().isSlotStart(placement.startsAt())
                    || !placement
                            .endsAt()
                            .equals(placement.startsAt().plusMinutes(block.get().meetingMinutes()))) {
                exchange.unschedule("exchange.unplaced.block-changed");
                save(exchange);
            } else if (exchange.participantIds().size() > table.get().capacity()
                    || (exchange.interpretation() && !table.get().interpretation())) {
                exchange.unschedule("exchange.unplaced.table-changed");
                save(exchange);
            } else if (renamedTables.contains(table.get().id())) {
                exchange.announce(title(exchange), place(block.get(), table.get()));
                save(exchange);
            }
        }
    }

    private void checkFree(Exchange exchange, Placement where, ExchangeTable table) {
        Optional<ConflictException> conflict = conflict(exchange, where, table);
        if (conflict.isPresent()) {
            throw conflict.get();
        }
    }

    /** The first rule the exchange at {@code where} breaks, if any: the same checks as a hand placement. */
    private Optional<ConflictException> conflict(Exchange exchange, Placement where, ExchangeTable table) {
        List<String> participants = exchange.participantIds();
        if (participants.size() > table.capacity()) {
            return Optional.of(new ConflictException(
                    ExchangesProblem.TABLE_TOO_SMALL,
                    Map.of("table", table.name(), "capacity", table.capacity(), "count", participants.size())));
        }
        if (exchange.interpretation() && !table.interpretation()) {
            return Optional.of(new ConflictException(
                    ExchangesProblem.TABLE_WITHOUT_INTERPRETATION, Map.of("table", table.name())));
        }
        Set<String> mine = new HashSet<>(participants);
        for (Exchange other : exchanges.withStatus(List.of(ExchangeStatus.AGREED))) {
            Placement there = other.placement();
            if (other.id().equals(exchange.id())
                    || there == null
                    || !there.overlaps(where.startsAt(), where.endsAt())) {
                continue;
            }
            if (there.tableId().equals(where.tableId())) {
                return Optional.of(new ConflictException(
                        ExchangesProblem.TABLE_TAKEN, Map.of("table", table.name(), "title", title(other))));
            }
            for (String person : other.participantIds()) {
                if (mine.contains(person)) {
                    return Optional.of(new ConflictException(
                            ExchangesProblem.PARTICIPANT_IN_EXCHANGE,
                            Map.of("name", personName(person), "title", title(other))));
                }
            }
        }
        for (ProgrammeSession session : programme.busySessions(where.summitId())) {
            if (!session.overlaps(where.startsAt(), where.endsAt())) {
                continue;
            }
            for (String person : session.peopleIds()) {
                if (mine.contains(person)) {
                    return Optional.of(new ConflictException(
                            ExchangesProblem.PARTICIPANT_IN_SESSION,
                            Map.of("name", personName(person), "title", session.title())));
                }
            }
        }
        return Optional.empty();
    }

    private void checkMembers(Violations problems, String cityId, List<String> members) {
        Map<String, ExchangeDelegate> known = directory.delegates(members).stream()
                .collect(Collectors.toMap(delegate -> delegate.id().toString(), Function.identity()));
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            ExchangeDelegate delegate = member == null ? null : known.get(member.toLowerCase(java.util.Locale.ROOT));
            if (delegate == null || !delegate.cityId().equals(cityId)) {
                problems.add(
                        "memberIds[" + i + "]",
                        ExchangesProblem.MEMBER_NOT_OF_CITY,
                        Map.of("member", Texts.abbreviate(member), "city", cityName(cityId)));
            }
        }
    }

    private void checkTimes(Violations problems, String field, List<PreferredTime> times) {
        List<ProgrammeSession> blocks = programme.allBlocks();
        for (int i = 0; i < times.size(); i++) {
            PreferredTime time = times.get(i);
            String at = field + "[" + i + "]";
            if (time == null || time.startsAt() == null || time.endsAt() == null) {
                problems.add(at, SharedProblem.VALUE_REQUIRED);
            } else if (!time.endsAt().isAfter(time.startsAt())) {
                problems.add(
                        at,
                        ExchangesProblem.TIME_BACKWARDS,
                        Map.of(
                                "startsAt",
                                time.startsAt().toString(),
                                "endsAt",
                                time.endsAt().toString()));
            } else if (blocks.stream()
                    .noneMatch(block -> !time.startsAt().isBefore(block.startsAt())
                            && !time.endsAt().isAfter(block.endsAt()))) {
                problems.add(
                        at,
                        ExchangesProblem.TIME_OUTSIDE_BLOCKS,
                        Map.of(
                                "startsAt",
                                time.startsAt().toString(),
                                "endsAt",
                                time.endsAt().toString()));
            }
        }
    }

    private void requireInvited(Exchange exchange, String cityId) {
        Party party = exchange.party(cityId);
        if (party == null || party.requesting()) {
            throw new ForbiddenException(ExchangesProblem.NOT_INVITED, Map.of("city", cityName(cityId)));
        }
    }

    private Exchange save(Exchange exchange) {
        exchanges.save(exchange, false);
        outbox.appendAll(exchange.events());
        return exchanges.find(exchange.id()).orElseThrow();
    }

    private BlockView view(ProgrammeSession session) {
        Optional<BlockSettings> set = settings.findById(session.id());
        LocalizedText place = set.map(BlockSettings::place).orElse(null);
        return new BlockView(
                session,
                set.map(BlockSettings::meetingMinutes).orElse(BlockSettings.DEFAULT_MEETING_MINUTES),
                place == null ? session.title() : place,
                tables.findByBlockIdOrderByPosition(session.id()),
                set.map(BlockSettings::version).orElse(0L));
    }

    private static ExchangeTable table(BlockView block, UUID tableId) {
        return block.tables().stream()
                .filter(table -> table.id().equals(tableId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ExchangesProblem.TABLE_NOT_IN_BLOCK));
    }

    private static LocalizedText place(BlockView block, ExchangeTable table) {
        return LocalizedText.of(
                block.place().zhHant() + "・" + table.nameZhHant(), block.place().en() + " · " + table.nameEn());
    }

    private static LocalDateTime slotStart(String slotId) {
        try {
            return LocalDateTime.parse(slotId.substring(slotId.indexOf('/') + 1));
        } catch (RuntimeException notASlot) {
            return null;
        }
    }

    private String cityOf(Actor actor) {
        if (actor.cityId() == null || actor.cityId().isBlank()) {
            throw new ForbiddenException(ExchangesProblem.NO_CITY);
        }
        return actor.cityId();
    }

    private LocalizedText cityName(String cityId) {
        return directory.city(cityId).map(ExchangeCity::name).orElse(LocalizedText.of(cityId, cityId));
    }

    private LocalizedText personName(String delegateId) {
        return directory.delegates(List.of(delegateId)).stream()
                .findFirst()
                .map(ExchangeDelegate::name)
                .orElse(LocalizedText.of(delegateId, delegateId));
    }

    private static LocalizedText subject(LocalizedText subject) {
        if (subject == null || (blankOrNull(subject.zhHant()) && blankOrNull(subject.en()))) {
            return null;
        }
        Texts.requireBilingual("subject", subject);
        return LocalizedText.of(subject.zhHant().strip(), subject.en().strip());
    }

    private static boolean blankOrNull(String text) {
        return text == null || text.isBlank();
    }
}
