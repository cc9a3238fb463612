package org.summit.notifications.projections;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summit.notifications.projections.ProgrammeRepositories.ConflictRowRepository;

/**
 * The overlaps between exchange meetings and sessions that organisers must hear of: a delegate who attends an
 * exchange meeting while they speak in or moderate a session then. Each change of a session or of an exchange's place
 * compares the overlaps it has now with those organisers were told of, keeps the new ones (returned, to be told) and
 * forgets those that are gone, so that an overlap is told once when it appears, and again only if it comes back.
 * Every method runs in the inbox's transaction of the event applied.
 */
@Singleton
public class Conflicts {

    private final Programme programme;
    private final ConflictRowRepository told;

    Conflicts(Programme programme, ConflictRowRepository told) {
        this.programme = programme;
        this.told = told;
    }

    /** A delegate in an exchange meeting while on stage in a session. */
    public record Overlap(ExchangeCopy exchange, SessionCopy session, String delegateId) {

        String key() {
            return ConflictRow.key(exchange.exchangeId(), session.sessionId(), delegateId);
        }
    }

    /** The overlaps that appeared with the exchange's place as it is now. */
    public List<Overlap> afterExchange(ExchangeCopy exchange, Instant at) {
        List<Overlap> now = new ArrayList<>();
        if (exchange.placed()) {
            Set<String> participants = Set.copyOf(exchange.participants());
            for (SessionCopy session :
                    programme.busySessions(exchange.summitId(), exchange.startsAt(), exchange.endsAt())) {
                session.peopleIds().stream()
                        .filter(participants::contains)
                        .forEach(delegate -> now.add(new Overlap(exchange, session, delegate)));
            }
        }
        return reconcile(told.findByExchangeId(exchange.exchangeId()), now, at);
    }

    /** The overlaps that appeared with the session as it is now. */
    public List<Overlap> afterSession(SessionCopy session, Instant at) {
        List<Overlap> now = new ArrayList<>();
        if (session.busy()) {
            Set<String> people = Set.copyOf(session.peopleIds());
            for (ExchangeCopy exchange :
                    programme.placedExchanges(session.summitId(), session.startsAt(), session.endsAt())) {
                exchange.participants().stream()
                        .filter(people::contains)
                        .forEach(delegate -> now.add(new Overlap(exchange, session, delegate)));
            }
        }
        return reconcile(told.findBySessionId(session.sessionId()), now, at);
    }

    /** The exchange has no place any more: none of its overlaps holds. */
    public void forgetExchange(String exchangeId) {
        told.deleteByExchangeId(exchangeId);
    }

    /** The session is cancelled: none of its overlaps holds. */
    public void forgetSession(String sessionId) {
        told.deleteBySessionId(sessionId);
    }

    private List<Overlap> reconcile(List<ConflictRow> before, List<Overlap> now, Instant at) {
        Map<String, Overlap> current = now.stream()
                .collect(Collectors.toMap(Overlap::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (ConflictRow row : before) {
            if (!current.containsKey(row.id())) {
                told.deleteById(row.id());
            }
        }
        Set<String> known = before.stream().map(ConflictRow::id).collect(Collectors.toSet());
        List<Overlap> appeared = new ArrayList<>();
        for (Overlap overlap : current.values()) {
            if (!known.contains(overlap.key())) {
                told.save(new ConflictRow(
                        overlap.key(),
                        overlap.exchange().exchangeId(),
                        overlap.session().sessionId(),
                        overlap.delegateId(),
                        at));
                appeared.add(overlap);
            }
        }
        return appeared;
    }
}
