package org.summit.exchanges;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/** Loads and saves {@link Exchange}s: their columns, with parties and outcomes as JSON. */
@Singleton
class ExchangeStore {

    private static final Argument<List<Party>> PARTIES = Argument.listOf(Party.class);
    private static final Argument<List<Outcome>> OUTCOMES = Argument.listOf(Outcome.class);

    private final ExchangesRepositories.ExchangeRows rows;
    private final JsonMapper json;
    private final Clock clock;

    ExchangeStore(ExchangesRepositories.ExchangeRows rows, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.json = json;
        this.clock = clock;
    }

    Optional<Exchange> find(UUID id) {
        return rows.findById(id).map(this::read);
    }

    List<Exchange> all() {
        return rows.findAllOrderByRequestedAt().stream().map(this::read).toList();
    }

    List<Exchange> withStatus(Collection<ExchangeStatus> statuses) {
        return rows.findByStatusInOrderByRequestedAt(statuses).stream()
                .map(this::read)
                .toList();
    }

    List<Exchange> ofCity(String cityId) {
        return rows.findByCityIdsContainsOrderByRequestedAt("," + cityId + ",").stream()
                .map(this::read)
                .filter(exchange -> exchange.involves(cityId))
                .toList();
    }

    List<Exchange> inBlock(UUID blockId) {
        return rows.findByBlockId(blockId).stream().map(this::read).toList();
    }

    List<Exchange> openOnTopic(String topicKey) {
        return rows
                .findByStatusInAndTopicKey(List.of(ExchangeStatus.REQUESTED, ExchangeStatus.AGREED), topicKey)
                .stream()
                .map(this::read)
                .toList();
    }

    /** Saves a new exchange or the changes to a loaded one (refused if someone else saved it meanwhile). */
    void save(Exchange exchange, boolean isNew) {
        ExchangeRow row = write(exchange);
        if (isNew) {
            rows.save(row);
        } else {
            rows.update(row);
        }
    }

    private ExchangeRow write(Exchange exchange) {
        Placement placement = exchange.placement();
        LocalizedText subject = exchange.subject();
        return new ExchangeRow(
                exchange.id(),
                exchange.requestingCityId(),
                "," + String.join(",", exchange.cityIds()) + ",",
                exchange.status(),
                exchange.topicKey(),
                exchange.theme() == null ? null : exchange.theme().name(),
                subject == null ? null : subject.zhHant(),
                subject == null ? null : subject.en(),
                exchange.note().zhHant(),
                exchange.note().en(),
                exchange.interpretation(),
                toJson(exchange.parties()),
                toJson(exchange.outcomes()),
                placement == null ? null : placement.summitId(),
                placement == null ? null : placement.blockId(),
                placement == null ? null : placement.tableId(),
                placement == null ? null : placement.startsAt(),
                placement == null ? null : placement.endsAt(),
                placement != null && placement.pinned(),
                exchange.cancelledByCity(),
                exchange.cancelReason(),
                exchange.requestedBy(),
                exchange.requestedAt(),
                clock.instant(),
                exchange.version());
    }

    private Exchange read(ExchangeRow row) {
        try {
            return new Exchange(
                    row.id(),
                    row.requestingCityId(),
                    row.theme() == null ? null : Theme.valueOf(row.theme()),
                    row.subjectZhHant() == null ? null : LocalizedText.of(row.subjectZhHant(), row.subjectEn()),
                    LocalizedText.of(row.noteZhHant(), row.noteEn()),
                    row.interpretation(),
                    row.requestedBy(),
                    row.requestedAt(),
                    row.version(),
                    json.readValue(row.parties(), PARTIES),
                    json.readValue(row.outcomes(), OUTCOMES),
                    row.status(),
                    row.blockId() == null
                            ? null
                            : new Placement(
                                    row.summitId(),
                                    row.blockId(),
                                    row.tableId(),
                                    row.startsAt(),
                                    row.endsAt(),
                                    row.pinned()),
                    row.cancelledByCity(),
                    row.cancelReason());
        } catch (IOException e) {
            throw new UncheckedIOException("Exchange " + row.id() + " has unreadable parties or outcomes", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
