package org.summit.api.exchanges;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summit.api.exchanges.ExchangeViews.Action;
import org.summit.api.exchanges.ExchangeViews.ExchangeView;
import org.summit.api.exchanges.ExchangeViews.Member;
import org.summit.api.exchanges.ExchangeViews.OutcomeView;
import org.summit.api.exchanges.ExchangeViews.PartyView;
import org.summit.api.exchanges.ExchangeViews.PlacementView;
import org.summit.api.exchanges.ExchangeViews.TimeRange;
import org.summit.exchanges.Exchange;
import org.summit.exchanges.ExchangeCity;
import org.summit.exchanges.ExchangeDelegate;
import org.summit.exchanges.ExchangesDirectory;
import org.summit.exchanges.ExchangesService;
import org.summit.exchanges.Party;
import org.summit.exchanges.Placement;
import org.summit.shared.LocalizedText;

/** Turns exchanges into what the API sends, with the cities' and members' names from the context's copies. */
@Singleton
class ExchangePresenter {

    private final ExchangesService exchanges;
    private final ExchangesDirectory directory;

    ExchangePresenter(ExchangesService exchanges, ExchangesDirectory directory) {
        this.exchanges = exchanges;
        this.directory = directory;
    }

    List<ExchangeView> views(List<Exchange> list) {
        Map<String, LocalizedText> cities =
                directory.cities().stream().collect(Collectors.toMap(ExchangeCity::cityId, ExchangeCity::name));
        Set<String> memberIds = new HashSet<>();
        list.forEach(exchange -> exchange.parties().forEach(party -> memberIds.addAll(party.memberIds())));
        Map<String, ExchangeDelegate> members = directory.delegates(memberIds).stream()
                .collect(Collectors.toMap(delegate -> delegate.id().toString(), Function.identity()));
        return list.stream().map(exchange -> view(exchange, cities, members)).toList();
    }

    ExchangeView view(Exchange exchange) {
        return views(List.of(exchange)).get(0);
    }

    LocalizedText cityName(Map<String, LocalizedText> cities, String cityId) {
        return cities.getOrDefault(cityId, LocalizedText.of(cityId, cityId));
    }

    private ExchangeView view(
            Exchange exchange, Map<String, LocalizedText> cities, Map<String, ExchangeDelegate> members) {
        Placement placement = exchange.placement();
        return new ExchangeView(
                exchange.id(),
                ExchangeViews.word(exchange.status()),
                exchange.theme() == null ? null : exchange.theme().name(),
                exchange.topic(),
                exchanges.title(exchange),
                exchange.note(),
                exchange.interpretation(),
                exchange.requestingCityId(),
                exchange.parties().stream()
                        .map(party -> party(party, cities, members))
                        .toList(),
                placement == null
                        ? null
                        : new PlacementView(
                                placement.summitId(),
                                placement.blockId(),
                                placement.tableId(),
                                exchanges.placeName(exchange),
                                placement.startsAt(),
                                placement.endsAt(),
                                placement.pinned()),
                exchange.outcomes().stream()
                        .map(outcome -> new OutcomeView(
                                outcome.cityId(),
                                cityName(cities, outcome.cityId()),
                                outcome.summary(),
                                outcome.actions().stream()
                                        .map(action -> new Action(action.action(), action.owner(), action.due()))
                                        .toList(),
                                outcome.mouIntended(),
                                outcome.recordedAt()))
                        .toList(),
                exchange.cancelledByCity(),
                exchange.cancelReason(),
                exchange.requestedAt(),
                exchange.version());
    }

    private PartyView party(Party party, Map<String, LocalizedText> cities, Map<String, ExchangeDelegate> members) {
        Instant answeredAt = party.requesting() ? null : party.answeredAt();
        return new PartyView(
                party.cityId(),
                cityName(cities, party.cityId()),
                party.requesting(),
                ExchangeViews.word(party.answer()),
                party.memberIds().stream()
                        .map(id -> members.containsKey(id)
                                ? Member.of(members.get(id))
                                : new Member(java.util.UUID.fromString(id), LocalizedText.of("—", "—")))
                        .toList(),
                TimeRange.of(party.preferredTimes()),
                party.reason(),
                answeredAt);
    }
}
