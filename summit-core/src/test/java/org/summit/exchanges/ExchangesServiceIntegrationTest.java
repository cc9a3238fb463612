package org.summit.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.events.DomainEvent;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.agenda.SessionCancelled;
import org.summit.events.agenda.SessionMoved;
import org.summit.events.agenda.SessionScheduled;
import org.summit.events.agenda.SummitCreated;
import org.summit.events.exchanges.ExchangeSchedulingFinished;
import org.summit.events.exchanges.FollowUp;
import org.summit.events.exchanges.PreferredTime;
import org.summit.events.exchanges.UnplacedExchange;
import org.summit.shared.CityCode;
import org.summit.shared.ConflictException;
import org.summit.shared.ForbiddenException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.Refusal;
import org.summit.shared.Refused;
import org.summit.shared.inbox.Inbox;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;
import org.summit.shared.outbox.Outbox;

/**
 * The exchanges context through a real broker: it learns the cities, delegations and programme from their events
 * (once each), and every intent either stores its change with its events or is refused storing nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "summit.exchanges.scheduling.time-limit", value = "5s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangesServiceIntegrationTest implements KafkaTestSupport {

    private static final LocalDateTime BLOCK_START = LocalDateTime.of(2016, 3, 23, 14, 0);
    private static final LocalDateTime BLOCK_END = BLOCK_START.plusHours(2);

    @Inject
    CitiesService cities;

    @Inject
    ExchangesService exchanges;

    @Inject
    ExchangesDirectory directory;

    @Inject
    ExchangesProgramme programme;

    @Inject
    Outbox outbox;

    @Inject
    SchedulingRuns runs;

    @Inject
    SchedulingRunStore.Rows runRows;

    @Inject
    Inbox inbox;

    @Inject
    EventCodec codec;

    @Inject
    TransactionOperations<Connection> database;

    private String orlando;
    private String eindhoven;
    private String taipei;
    private String withdrawn;
    private Delegate olive;
    private Delegate oscar;
    private Delegate ann;
    private Delegate bart;
    private Delegate tsai;
    private UUID summit;
    private UUID block;
    private UUID keynote;
    private EventEnvelope blockScheduled;

    @BeforeEach
    void aSummitWithAnExchangeBlockAndFourCities() {
        orlando = city("奧蘭多", "Orlando");
        eindhoven = city("恩荷芬", "Eindhoven");
        taipei = city("臺北", "Taipei");
        withdrawn = city("皮塞克", "Písek");
        olive = delegate(orlando, "Olive");
        oscar = delegate(orlando, "Oscar");
        ann = delegate(eindhoven, "Ann");
        bart = delegate(eindhoven, "Bart");
        tsai = delegate(taipei, "Tsai");
        cities.withdraw(new CityCode(withdrawn));
        summit = UUID.randomUUID();
        block = UUID.randomUUID();
        keynote = UUID.randomUUID();
        publish(new SummitCreated(
                summit.toString(),
                LocalizedText.of("高峰會", "Summit"),
                LocalizedText.of("臺北", "Taipei"),
                LocalDate.of(2016, 3, 23),
                LocalDate.of(2016, 3, 24),
                "Asia/Taipei"));
        blockScheduled = publish(session(block, "EXCHANGE_BLOCK", BLOCK_START, BLOCK_END, List.of(), null));
        publish(session(
                keynote,
                "KEYNOTE",
                BLOCK_START,
                BLOCK_START.plusMinutes(30),
                List.of(ann.id().toString()),
                null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(directory.city(withdrawn))
                    .hasValueSatisfying(city -> assertThat(city.withdrawn()).isTrue());
            // Each city's events have a partition of their own: one city's delegates arriving says nothing of
            // another's.
            assertThat(directory.delegatesOf(orlando)).hasSize(2);
            assertThat(directory.delegatesOf(eindhoven)).hasSize(2);
            assertThat(directory.delegatesOf(taipei)).hasSize(1);
            assertThat(programme.busySessions(summit))
                    .extracting(ProgrammeSession::id)
                    .containsExactly(keynote);
            assertThat(programme.blocks(summit))
                    .extracting(ProgrammeSession::id)
                    .containsExactly(block);
        });
    }

    @Test
    void learnsTheCopiesFromEventsOnceAndFollowsTheDraftsCurrentState() {
        assertThat(directory.city(orlando)).hasValueSatisfying(city -> {
            assertThat(city.name()).isEqualTo(LocalizedText.of("奧蘭多", "Orlando"));
            assertThat(city.withdrawn()).isFalse();
        });
        assertThat(directory.delegatesOf(eindhoven))
                .extracting(ExchangeDelegate::nameEn)
                .containsExactly("Ann", "Bart");
        assertThat(programme.summit(summit))
                .hasValueSatisfying(known -> assertThat(known.timeZone()).isEqualTo("Asia/Taipei"));
        long applied = inbox.appliedCount(ExchangesProgramme.CONSUMER);

        programme.apply(blockScheduled);

        assertThat(inbox.appliedCount(ExchangesProgramme.CONSUMER))
                .as("a redelivery is not applied")
                .isEqualTo(applied);
        publish(new SessionMoved(
                summit.toString(),
                keynote.toString(),
                2,
                UUID.randomUUID().toString(),
                BLOCK_END,
                BLOCK_END.plusMinutes(30)));
        publish(new SessionMoved(
                summit.toString(),
                keynote.toString(),
                1,
                UUID.randomUUID().toString(),
                BLOCK_START,
                BLOCK_START.plusMinutes(30)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(inbox.appliedCount(ExchangesProgramme.CONSUMER))
                        .isEqualTo(applied + 2));
        assertThat(programme.busySessions(summit))
                .as("an older version arriving late does not undo the newer one")
                .singleElement()
                .satisfies(session -> assertThat(session.startsAt()).isEqualTo(BLOCK_END));
    }

    @Test
    void orlandoAsksEindhovenWhichAcceptsAndTheOrganiserPlacesItAllOnTheTopic() {
        KafkaConsumer<String, String> reader =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.EXCHANGES);

        Exchange asked = exchanges.request(as(orlando), request(List.of(eindhoven), List.of(olive)));
        assertThat(asked.status()).isEqualTo(ExchangeStatus.REQUESTED);
        assertThat(exchanges.ofMyCity(as(eindhoven))).extracting(Exchange::id).containsExactly(asked.id());
        Exchange agreed =
                exchanges.accept(as(eindhoven), asked.id(), List.of(bart.id().toString()));
        assertThat(agreed.status()).isEqualTo(ExchangeStatus.AGREED);
        BlockView configured = exchanges.configureBlock(block, tables(table("1 號桌", "Table 1", 4, false)), null);
        Exchange placed =
                exchanges.place(asked.id(), block, configured.tables().get(0).id(), BLOCK_START.plusMinutes(30), true);

        assertThat(placed.placement().endsAt()).isEqualTo(BLOCK_START.plusMinutes(60));
        assertThat(placed.placement().pinned()).isTrue();
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            seen.addAll(KafkaTestSupport.poll(reader, Duration.ofMillis(200)));
            assertThat(seen)
                    .filteredOn(record -> record.key().equals(asked.id().toString()))
                    .extracting(record -> codec.decode(record.value()).type())
                    .containsExactly("ExchangeRequested", "ExchangeAccepted", "ExchangeScheduled");
        });
        reader.close();
        assertThat(exchanges.title(placed).en()).isEqualTo("Innovation: Orlando, Eindhoven");
    }

    @Test
    void everyRefusedRequestStoresNothing() {
        Exchange open = exchanges.request(as(orlando), request(List.of(eindhoven), List.of(olive)));

        assertRefusedStoringNothing(
                InvalidInputException.class,
                "exchange.city.own",
                () -> exchanges.request(as(orlando), request(List.of(orlando), List.of(olive))));
        assertThat(Refused.fieldsAndCodes(
                        () -> exchanges.request(as(orlando), request(List.of(withdrawn, "atlantis"), List.of(olive)))))
                .containsExactly(
                        tuple("invitedCityIds[0]", "exchange.city.withdrawn"),
                        tuple("invitedCityIds[1]", "exchange.city.unknown"));
        assertThat(Refused.fieldsAndCodes(() -> exchanges.request(as(orlando), request(List.of(taipei), List.of(ann)))))
                .containsExactly(tuple("memberIds[0]", "exchange.member.not-of-city"));
        ExchangeRequest outside = new ExchangeRequest(
                List.of(taipei),
                "innovation",
                null,
                LocalizedText.of("你好", "Hello"),
                List.of(olive.id().toString()),
                List.of(new PreferredTime(BLOCK_END, BLOCK_END.plusMinutes(30))),
                false);
        assertThat(Refused.fieldsAndCodes(() -> exchanges.request(as(orlando), outside)))
                .containsExactly(tuple("preferredTimes[0]", "exchange.time.outside-blocks"));
        assertRefusedStoringNothing(
                ConflictException.class,
                "exchange.duplicate",
                () -> exchanges.request(as(eindhoven), request(List.of(orlando), List.of(ann))));
        assertRefusedStoringNothing(
                ForbiddenException.class,
                "exchange.caller.no-city",
                () -> exchanges.request(
                        new Actor("organiser@example.org", null), request(List.of(taipei), List.of(olive))));
        assertThat(exchanges.all()).extracting(Exchange::id).contains(open.id()).doesNotHaveDuplicates();
        assertThat(exchanges.ofMyCity(as(taipei))).isEmpty();
    }

    @Test
    void onlyAnInvitedCityAnswersOnceAndOnlyACityTakingPartRecordsAnOutcome() {
        Exchange asked = exchanges.request(as(orlando), request(List.of(eindhoven), List.of(olive)));

        assertRefusedStoringNothing(
                ForbiddenException.class,
                "exchange.not-invited",
                () -> exchanges.accept(as(taipei), asked.id(), List.of(tsai.id().toString())));
        assertRefusedStoringNothing(
                ForbiddenException.class,
                "exchange.not-invited",
                () -> exchanges.decline(as(orlando), asked.id(), "changed our mind"));
        exchanges.accept(as(eindhoven), asked.id(), List.of(ann.id().toString()));
        assertRefusedStoringNothing(
                ConflictException.class,
                "exchange.answer.already",
                () -> exchanges.decline(as(eindhoven), asked.id(), "after all, no"));
        assertRefusedStoringNothing(
                ForbiddenException.class,
                "exchange.not-a-party",
                () -> exchanges.recordOutcome(as(taipei), asked.id(), "We were not there", List.of(), false));

        Exchange followed = exchanges.recordOutcome(
                as(eindhoven),
                asked.id(),
                "Agreed to share open-data APIs",
                List.of(new FollowUp("Send API documentation", "IT office", LocalDate.of(2016, 4, 30))),
                true);
        assertThat(followed.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.cityId()).isEqualTo(eindhoven);
            assertThat(outcome.mouIntended()).isTrue();
            assertThat(outcome.actions()).extracting(FollowUp::owner).containsExactly("IT office");
        });
    }

    @Test
    void aHandPlacementThatBreaksARuleIsRefusedWithItsReason() {
        BlockView configured = exchanges.configureBlock(
                block, tables(table("小桌", "Small table", 2, false), table("口譯桌", "Interpreted table", 6, true)), null);
        UUID small = configured.tables().get(0).id();
        UUID interpreted = configured.tables().get(1).id();
        Exchange withAnn = agreed(List.of(olive), ann);
        Exchange big = agreed(List.of(olive, oscar), bart, "INFRASTRUCTURE");
        Exchange taipeiOne = exchanges.request(as(orlando), request(List.of(taipei), List.of(oscar)));
        exchanges.accept(as(taipei), taipeiOne.id(), List.of(tsai.id().toString()));

        assertRefusedStoringNothing(
                ConflictException.class,
                "exchange.placement.participant-in-session",
                () -> exchanges.place(withAnn.id(), block, small, BLOCK_START, false));
        assertRefusedStoringNothing(
                ConflictException.class,
                "exchange.placement.capacity",
                () -> exchanges.place(big.id(), block, small, BLOCK_START, false));
        assertRefusedStoringNothing(
                InvalidInputException.class,
                "exchange.slot.outside-block",
                () -> exchanges.place(withAnn.id(), block, small, BLOCK_START.plusMinutes(45), false));
        assertRefusedStoringNothing(
                InvalidInputException.class,
                "exchange.slot.outside-block",
                () -> exchanges.place(withAnn.id(), block, small, BLOCK_END, false));
        exchanges.place(withAnn.id(), block, small, BLOCK_START.plusMinutes(30), false);
        assertRefusedStoringNothing(
                ConflictException.class,
                "exchange.placement.table-taken",
                () -> exchanges.place(taipeiOne.id(), block, small, BLOCK_START.plusMinutes(30), false));
        assertRefusedStoringNothing(
                ConflictException.class,
                "exchange.placement.participant-in-exchange",
                () -> exchanges.place(big.id(), block, interpreted, BLOCK_START.plusMinutes(30), false));
        assertRefusedStoringNothing(
                InvalidInputException.class,
                "exchange.table.not-in-block",
                () -> exchanges.place(big.id(), block, UUID.randomUUID(), BLOCK_START.plusMinutes(60), false));

        Exchange needsInterpretation = exchanges.request(
                as(taipei),
                new ExchangeRequest(
                        List.of(eindhoven),
                        null,
                        LocalizedText.of("路燈", "Street lights"),
                        LocalizedText.of("你好", "Hi"),
                        List.of(tsai.id().toString()),
                        List.of(),
                        true));
        exchanges.accept(
                as(eindhoven), needsInterpretation.id(), List.of(bart.id().toString()));
        exchanges.configureBlock(
                block,
                tables(
                        kept(table("小桌", "Small table", 2, false), small),
                        kept(table("口譯桌", "Interpreted table", 6, true), interpreted),
                        table("另一桌", "Another table", 4, false)),
                configured.version());
        UUID another = exchanges.block(block).tables().get(2).id();
        assertRefusedStoringNothing(
                ConflictException.class,
                "exchange.placement.interpretation",
                () -> exchanges.place(needsInterpretation.id(), block, another, BLOCK_START.plusMinutes(60), false));
    }

    @Test
    void theSchedulingInputHasEveryAgreedMeetingSlotTableAndBusyTimeAndARunIsAppliedAtOnce() {
        assertThat(Refused.code(ConflictException.class, () -> exchanges.schedulingInput(summit)))
                .isEqualTo("exchange.scheduling.no-blocks");
        BlockView configured = exchanges.configureBlock(block, tables(table("1 號桌", "Table 1", 4, false)), null);
        String tableId = configured.tables().get(0).id().toString();
        Exchange first = agreed(List.of(olive), ann);
        Exchange second = agreed(List.of(oscar), bart, "INFRASTRUCTURE");
        Exchange requested = exchanges.request(as(orlando), request(List.of(taipei), List.of(olive)));

        SchedulingInput input = exchanges.schedulingInput(summit);

        assertThat(input.meetings())
                .as("agreed ones only (the class's other tests leave agreed, unplaced exchanges too)")
                .extracting(SchedulingInput.Meeting::id)
                .contains(first.id().toString(), second.id().toString())
                .doesNotContain(requested.id().toString());
        assertThat(input.meetings())
                .filteredOn(meeting -> meeting.id().equals(first.id().toString()))
                .singleElement()
                .satisfies(meeting -> assertThat(meeting.participantIds())
                        .containsExactly(olive.id().toString(), ann.id().toString()));
        assertThat(input.slots())
                .extracting(SchedulingInput.Slot::startsAt)
                .containsExactly(
                        BLOCK_START,
                        BLOCK_START.plusMinutes(30),
                        BLOCK_START.plusMinutes(60),
                        BLOCK_START.plusMinutes(90));
        assertThat(input.tables()).extracting(SchedulingInput.Table::id).containsExactly(tableId);
        assertThat(input.busy())
                .containsExactly(new SchedulingInput.Busy(
                        ann.id().toString(), BLOCK_START, BLOCK_START.plusMinutes(30), keynote.toString()));

        long written = outbox.written();
        UUID firstRun = UUID.randomUUID();
        SchedulingRun.Applied applied = exchanges.applySchedule(
                summit,
                firstRun,
                new SchedulingRun(
                        Map.of(
                                first.id().toString(),
                                        new SchedulingInput.SlotPlacement(
                                                input.slots().get(1).id(), tableId),
                                second.id().toString(),
                                        new SchedulingInput.SlotPlacement(
                                                input.slots().get(2).id(), tableId)),
                        List.of()));
        assertThat(applied.scheduled()).isEqualTo(2);
        assertThat(outbox.written()).as("two placements, then the run's end").isEqualTo(written + 3);
        assertThat(lastWritten())
                .isEqualTo(new ExchangeSchedulingFinished(summit.toString(), firstRun.toString(), 2, List.of()));

        applied = exchanges.applySchedule(
                summit,
                UUID.randomUUID(),
                new SchedulingRun(
                        Map.of(
                                first.id().toString(),
                                new SchedulingInput.SlotPlacement(
                                        input.slots().get(3).id(), tableId)),
                        List.of(new SchedulingRun.Unplaced(second.id().toString(), "exchange.unplaced.no-slot"))));

        assertThat(List.of(applied.scheduled(), applied.rescheduled(), applied.unscheduled()))
                .containsExactly(0, 1, 1);
        assertThat(exchanges.find(first.id()).placement().startsAt()).isEqualTo(BLOCK_START.plusMinutes(90));
        assertThat(exchanges.find(second.id()).placement()).isNull();
        assertThat(lastWritten())
                .as("after the placement events, the one exchange left out with its reason and bilingual title")
                .isInstanceOfSatisfying(ExchangeSchedulingFinished.class, finished -> {
                    assertThat(finished.placed()).isEqualTo(1);
                    assertThat(finished.unplaced())
                            .containsExactly(new UnplacedExchange(
                                    second.id().toString(),
                                    "exchange.unplaced.no-slot",
                                    LocalizedText.of("基礎建設：奧蘭多、恩荷芬", "Infrastructure: Orlando, Eindhoven")));
                });
    }

    @Test
    void aPinnedMeetingStaysThroughARunAndARemovedTableOrBlockFreesItsMeetings() {
        BlockView configured = exchanges.configureBlock(block, tables(table("1 號桌", "Table 1", 4, false)), null);
        UUID tableId = configured.tables().get(0).id();
        Exchange pinned = agreed(List.of(olive), ann);
        exchanges.place(pinned.id(), block, tableId, BLOCK_START.plusMinutes(60), true);

        exchanges.applySchedule(
                summit,
                UUID.randomUUID(),
                new SchedulingRun(
                        Map.of(),
                        List.of(new SchedulingRun.Unplaced(pinned.id().toString(), "exchange.unplaced.no-slot"))));
        assertThat(exchanges.find(pinned.id()).placement()).isNotNull();

        exchanges.unpin(pinned.id());
        assertThat(exchanges.find(pinned.id()).placement().pinned()).isFalse();
        exchanges.configureBlock(
                block,
                tables(table("2 號桌", "Table 2", 4, false)),
                exchanges.block(block).version());
        assertThat(exchanges.find(pinned.id()).placement())
                .as("its table was removed")
                .isNull();

        UUID table2 = exchanges.block(block).tables().get(0).id();
        Exchange three = agreed(List.of(olive, oscar), ann, "INFRASTRUCTURE");
        exchanges.place(three.id(), block, table2, BLOCK_START.plusMinutes(30), false);
        exchanges.configureBlock(
                block,
                tables(kept(table("2 號桌", "Table 2", 2, false), table2)),
                exchanges.block(block).version());
        assertThat(exchanges.find(three.id()).placement())
                .as("its table now seats two of three")
                .isNull();
        exchanges.configureBlock(
                block,
                tables(kept(table("2 號桌", "Table 2", 4, false), table2)),
                exchanges.block(block).version());

        exchanges.place(pinned.id(), block, table2, BLOCK_START.plusMinutes(60), false);
        publish(new SessionCancelled(summit.toString(), block.toString(), 1));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(exchanges.find(pinned.id()).placement()).isNull());
    }

    @Test
    void placementsRacingForOneTableAndSlotLeaveOneThere() throws Exception {
        // Six exchanges without a participant in common, placed at once at the same table and time.
        BlockView configured = exchanges.configureBlock(block, tables(table("1 號桌", "Table 1", 8, false)), null);
        UUID tableId = configured.tables().get(0).id();
        List<Exchange> rivals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String asking = city("城市" + i, "City " + i);
            String asked = city("友城" + i, "Partner " + i);
            Delegate member = delegate(asking, "Member" + i);
            Delegate partner = delegate(asked, "Partner" + i);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(directory.delegatesOf(asking)).hasSize(1);
                assertThat(directory.delegatesOf(asked)).hasSize(1);
            });
            Exchange request = exchanges.request(as(asking), request(List.of(asked), List.of(member)));
            rivals.add(exchanges.accept(
                    as(asked), request.id(), List.of(partner.id().toString())));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(rivals.size());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Boolean>> outcomes = new ArrayList<>();
        for (Exchange rival : rivals) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    exchanges.place(rival.id(), block, tableId, BLOCK_START.plusMinutes(60), false);
                    return true;
                } catch (RuntimeException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int placed = 0;
        for (java.util.concurrent.Future<Boolean> outcome : outcomes) {
            placed += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(placed).isEqualTo(1);
        assertThat(rivals.stream().filter(rival -> exchanges.find(rival.id()).placement() != null))
                .hasSize(1);
    }

    @Test
    void aCityThatWithdrawsLeavesItsOpenExchangesSettled() {
        String leaving = city("特拉維夫", "Tel Aviv");
        Delegate member = delegate(leaving, "Ron");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(directory.delegatesOf(leaving)).hasSize(1));
        Exchange itsOwn = exchanges.request(as(leaving), request(List.of(eindhoven), List.of(member)));
        Exchange invitingIt = exchanges.request(as(orlando), request(List.of(leaving, taipei), List.of(olive)));
        exchanges.accept(as(taipei), invitingIt.id(), List.of(tsai.id().toString()));

        cities.withdraw(new CityCode(leaving));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(exchanges.find(itsOwn.id()).status()).isEqualTo(ExchangeStatus.CANCELLED);
            assertThat(exchanges.find(invitingIt.id()).status())
                    .as("declined for it; Taipei accepted, so it goes on")
                    .isEqualTo(ExchangeStatus.AGREED);
        });
        assertThat(exchanges.find(invitingIt.id()).party(leaving).reason()).contains("withdrew");
    }

    @Test
    void aSessionMovedOntoAPlacedExchangeShowsAsItsConflict() {
        BlockView configured = exchanges.configureBlock(block, tables(table("1 號桌", "Table 1", 4, false)), null);
        Exchange placed = agreed(List.of(olive), ann);
        exchanges.place(placed.id(), block, configured.tables().get(0).id(), BLOCK_START.plusMinutes(60), false);
        assertThat(exchanges.conflicts(summit)).isEmpty();

        publish(new SessionMoved(
                summit.toString(),
                keynote.toString(),
                5,
                UUID.randomUUID().toString(),
                BLOCK_START.plusMinutes(60),
                BLOCK_START.plusMinutes(90)));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(exchanges.conflicts(summit))
                        .singleElement()
                        .satisfies(conflict -> {
                            assertThat(conflict.exchangeId()).isEqualTo(placed.id());
                            assertThat(conflict.code().code()).isEqualTo("exchange.placement.participant-in-session");
                            assertThat(conflict.args()).containsEntry("name", LocalizedText.of("Ann", "Ann"));
                        }));
    }

    @Test
    void cancellingByEitherSideIsFinal() {
        Exchange asked = exchanges.request(as(orlando), request(List.of(eindhoven), List.of(olive)));

        Exchange cancelled = exchanges.cancel(as(eindhoven), asked.id(), "Our mayor cannot come");

        assertThat(cancelled.status()).isEqualTo(ExchangeStatus.CANCELLED);
        assertRefusedStoringNothing(
                ConflictException.class,
                "exchange.closed",
                () -> exchanges.accept(
                        as(eindhoven), asked.id(), List.of(ann.id().toString())));
        assertRefusedStoringNothing(
                ForbiddenException.class,
                "exchange.not-a-party",
                () -> exchanges.cancel(as(taipei), asked.id(), "not ours"));
        Exchange again = exchanges.request(as(orlando), request(List.of(eindhoven), List.of(olive)));
        assertThat(again.id()).as("a cancelled request is no duplicate").isNotEqualTo(asked.id());
    }

    @Test
    void aRunPlacesTheAgreedExchangesInTheBackgroundAroundTheProgrammeAndAppliesThemAtOnce() {
        exchanges.configureBlock(
                block, tables(table("1 號桌", "Table 1", 4, false), table("2 號桌", "Table 2", 4, false)), null);
        Exchange withAnn = agreed(List.of(olive), ann);
        Exchange withBart = agreed(List.of(olive), bart, "INFRASTRUCTURE");

        SchedulingRuns.RunView started = runs.start(summit, "organiser@summit.example");

        assertThat(started.state()).isEqualTo(SchedulingRunState.RUNNING);
        SchedulingRuns.RunView done = awaitEnded(started.id());
        assertThat(done.state()).isEqualTo(SchedulingRunState.DONE);
        assertThat(done.hard()).isZero();
        Placement first = exchanges.find(withAnn.id()).placement();
        Placement second = exchanges.find(withBart.id()).placement();
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(first.overlaps(BLOCK_START, BLOCK_START.plusMinutes(30)))
                .as("Ann speaks in the keynote then")
                .isFalse();
        assertThat(first.overlaps(second.startsAt(), second.endsAt()))
                .as("Olive attends both")
                .isFalse();
        assertThat(done.scheduled()).isGreaterThanOrEqualTo(2);
        assertThat(runs.latest(summit))
                .hasValueSatisfying(latest -> assertThat(latest.id()).isEqualTo(started.id()));
    }

    @Test
    void aFinishedRunTellsOnTheTopicHowManyHaveAPlaceAndWhichItLeftOutAfterItsPlacements() {
        // Tables for two only, and enough of them for the agreed pairs the class's other tests leave unplaced.
        exchanges.configureBlock(
                block,
                tables(
                        table("1 號桌", "Table 1", 2, false),
                        table("2 號桌", "Table 2", 2, false),
                        table("3 號桌", "Table 3", 2, false),
                        table("4 號桌", "Table 4", 2, false)),
                null);
        Exchange fits = agreed(List.of(oscar), bart);
        Exchange tooLarge = agreed(List.of(olive, oscar), ann, "INFRASTRUCTURE");
        long mark = lastOutboxId();
        KafkaConsumer<String, String> reader =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.EXCHANGES);

        SchedulingRuns.RunView started = runs.start(summit, "organiser@summit.example");

        assertThat(awaitEnded(started.id()).state()).isEqualTo(SchedulingRunState.DONE);
        List<ExchangeSchedulingFinished> finished = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(reader, Duration.ofMillis(200))) {
                EventEnvelope envelope = codec.decode(record.value());
                if (record.key().equals(summit.toString()) && envelope.type().equals("ExchangeSchedulingFinished")) {
                    finished.add(codec.payload(envelope, ExchangeSchedulingFinished.class));
                }
            }
            assertThat(finished).hasSize(1);
        });
        reader.close();
        ExchangeSchedulingFinished end = finished.get(0);
        assertThat(end.runId()).isEqualTo(started.id().toString());
        assertThat(exchanges.find(fits.id()).placement()).isNotNull();
        assertThat(end.placed())
                .as("every agreed exchange with a place in the summit now")
                .isEqualTo(exchanges.all().stream()
                        .filter(exchange -> exchange.status() == ExchangeStatus.AGREED)
                        .filter(exchange -> exchange.placement() != null
                                && exchange.placement().summitId().equals(summit))
                        .count());
        assertThat(end.unplaced())
                .filteredOn(left -> left.exchangeId().equals(tooLarge.id().toString()))
                .singleElement()
                .satisfies(left -> {
                    assertThat(left.reason()).isEqualTo("exchange.unplaced.too-large");
                    assertThat(left.title())
                            .isEqualTo(LocalizedText.of("基礎建設：奧蘭多、恩荷芬", "Infrastructure: Orlando, Eindhoven"));
                });
        assertThat(end.unplaced())
                .extracting(UnplacedExchange::exchangeId)
                .doesNotContain(fits.id().toString());
        List<String> written = typesWrittenSince(mark);
        assertThat(written).as("the run's end comes last").endsWith("ExchangeSchedulingFinished");
        assertThat(written.subList(0, written.size() - 1))
                .as("after the placements it made")
                .contains("ExchangeScheduled")
                .doesNotContain("ExchangeSchedulingFinished");
    }

    @Test
    void oneRunAtATimeAndACancelledRunLeavesTheScheduleAsItWas() {
        BlockView configured = exchanges.configureBlock(block, tables(table("1 號桌", "Table 1", 4, false)), null);
        Exchange placed = agreed(List.of(olive), ann);
        exchanges.place(placed.id(), block, configured.tables().get(0).id(), BLOCK_START.plusMinutes(60), false);
        agreed(List.of(oscar), bart, "INFRASTRUCTURE");
        long written = outbox.written();

        SchedulingRuns.RunView started = runs.start(summit, "organiser@summit.example");
        assertThat(Refused.code(ConflictException.class, () -> runs.start(summit, "other@summit.example")))
                .isEqualTo("exchange.scheduling.running");
        assertRefusedStoringNothing(
                ConflictException.class,
                "exchange.scheduling.running",
                () -> exchanges.place(
                        placed.id(), block, configured.tables().get(0).id(), BLOCK_START.plusMinutes(90), true));
        runs.cancel(started.id());

        assertThat(awaitEnded(started.id()).state()).isEqualTo(SchedulingRunState.CANCELLED);
        assertThat(exchanges.find(placed.id()).placement().startsAt()).isEqualTo(BLOCK_START.plusMinutes(60));
        assertThat(outbox.written()).as("no exchange event").isEqualTo(written);
        assertThat(Refused.code(ConflictException.class, () -> runs.cancel(started.id())))
                .isEqualTo("exchange.scheduling.finished");
    }

    @Test
    void aRunWhoseProcessStoppedIsClosedAsInterruptedAndNoLongerBlocksTheNext() {
        exchanges.configureBlock(block, tables(table("1 號桌", "Table 1", 4, false)), null);
        agreed(List.of(olive), ann);
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(5));
        SchedulingRunRow dead = runRows.save(new SchedulingRunRow(
                UUID.randomUUID(),
                summit,
                SchedulingRunState.RUNNING,
                summit,
                longAgo,
                "gone@summit.example",
                longAgo,
                null,
                false,
                25_000,
                3_000,
                1,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                "[]",
                null));
        assertThat(runs.find(dead.id()).state())
                .as("shown as what it is before anything closes it")
                .isEqualTo(SchedulingRunState.FAILED);

        SchedulingRuns.RunView next = runs.start(summit, "organiser@summit.example");

        assertThat(runRows.findById(dead.id())).hasValueSatisfying(row -> {
            assertThat(row.state()).isEqualTo(SchedulingRunState.FAILED);
            assertThat(row.failure()).isEqualTo("interrupted");
            assertThat(row.runningLock()).isNull();
        });
        assertThat(awaitEnded(next.id()).state()).isEqualTo(SchedulingRunState.DONE);
    }

    @Test
    void aRunNeedsABlockWithATableAndAnAgreedExchange() {
        assertThat(Refused.code(ConflictException.class, () -> runs.start(summit, "organiser@summit.example")))
                .isEqualTo("exchange.scheduling.no-blocks");
    }

    private SchedulingRuns.RunView awaitEnded(UUID runId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> runs.find(runId).state() != SchedulingRunState.RUNNING);
        return runs.find(runId);
    }

    private void assertRefusedStoringNothing(Class<? extends Refusal> kind, String code, ThrowingCallable call) {
        long written = outbox.written();
        List<String> before = exchanges.all().stream()
                .map(ExchangesServiceIntegrationTest::state)
                .toList();

        if (kind == InvalidInputException.class) {
            assertThat(Refused.fieldsAndCodes(call))
                    .extracting(field -> field.toList().get(1))
                    .contains(code);
        } else {
            assertThat(Refused.code(kind, call)).isEqualTo(code);
        }

        assertThat(outbox.written()).as("no event written").isEqualTo(written);
        assertThat(exchanges.all().stream()
                        .map(ExchangesServiceIntegrationTest::state)
                        .toList())
                .as("no exchange changed")
                .isEqualTo(before);
    }

    private static String state(Exchange exchange) {
        return exchange.id() + "@" + exchange.version();
    }

    private Exchange agreed(List<Delegate> members, Delegate invited) {
        return agreed(members, invited, "INNOVATION");
    }

    private Exchange agreed(List<Delegate> members, Delegate invited, String theme) {
        Exchange asked = exchanges.request(
                as(orlando),
                new ExchangeRequest(
                        List.of(invited.cityId()),
                        theme,
                        null,
                        LocalizedText.of("你好", "Hello"),
                        members.stream().map(member -> member.id().toString()).toList(),
                        List.of(),
                        false));
        return exchanges.accept(
                as(invited.cityId()), asked.id(), List.of(invited.id().toString()));
    }

    private ExchangeRequest request(List<String> invited, List<Delegate> members) {
        return new ExchangeRequest(
                invited,
                "innovation",
                null,
                LocalizedText.of("想交流創新經驗", "We would like to compare notes on innovation"),
                members.stream().map(member -> member.id().toString()).toList(),
                List.of(new PreferredTime(BLOCK_START, BLOCK_START.plusHours(1))),
                false);
    }

    private static BlockSetup tables(BlockSetup.TableSetup... tables) {
        return new BlockSetup(30, null, List.of(tables));
    }

    private static BlockSetup.TableSetup table(String zhHant, String en, int capacity, boolean interpretation) {
        return new BlockSetup.TableSetup(null, LocalizedText.of(zhHant, en), capacity, interpretation);
    }

    /** The same table, kept as the existing one of that id. */
    private static BlockSetup.TableSetup kept(BlockSetup.TableSetup table, UUID id) {
        return new BlockSetup.TableSetup(id, table.name(), table.capacity(), table.interpretation());
    }

    private static Actor as(String cityId) {
        return new Actor("someone@" + cityId + ".example", cityId);
    }

    /** The last event written to the outbox, as its record. */
    private DomainEvent lastWritten() {
        return codec.payload(codec.decode(database.executeRead(status -> {
                    try (var query = status.getConnection()
                                    .prepareStatement("SELECT envelope FROM outbox_message ORDER BY id DESC LIMIT 1");
                            var rows = query.executeQuery()) {
                        rows.next();
                        return rows.getString(1);
                    }
                })))
                .orElseThrow();
    }

    private long lastOutboxId() {
        return database.executeRead(status -> {
            try (var query =
                            status.getConnection().prepareStatement("SELECT COALESCE(MAX(id), 0) FROM outbox_message");
                    var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** The types of the events written to the outbox after the one numbered {@code id}, in the order written. */
    private List<String> typesWrittenSince(long id) {
        return database.executeRead(status -> {
            List<String> types = new ArrayList<>();
            try (var query = status.getConnection()
                    .prepareStatement("SELECT event_type FROM outbox_message WHERE id > ? ORDER BY id")) {
                query.setLong(1, id);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        types.add(rows.getString(1));
                    }
                }
            }
            return types;
        });
    }

    private EventEnvelope publish(DomainEvent event) {
        return database.executeWrite(status -> outbox.append(event));
    }

    private SessionScheduled session(
            UUID id, String type, LocalDateTime start, LocalDateTime end, List<String> speakers, String moderator) {
        return new SessionScheduled(
                summit.toString(),
                id.toString(),
                LocalizedText.of("城市交流", "City exchanges"),
                null,
                type,
                "en",
                null,
                UUID.randomUUID().toString(),
                start,
                end,
                speakers,
                moderator);
    }

    private String city(String zhHant, String en) {
        String code = "x-" + UUID.randomUUID().toString().substring(0, 8);
        cities.register(
                new CityCode(code),
                new CityDetails(
                        LocalizedText.of(zhHant, en), CityKind.CITY, CityRole.GUEST, "NL", "Europe/Amsterdam", null));
        return code;
    }

    private Delegate delegate(String cityId, String name) {
        return cities.addDelegate(
                new CityCode(cityId),
                new DelegateProfile(
                        LocalizedText.of(name, name),
                        LocalizedText.of("代表", "Delegate"),
                        List.of("en"),
                        false,
                        null,
                        null,
                        name.toLowerCase() + "@" + cityId + ".example",
                        null,
                        "en"));
    }
}
