package org.summit.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.summit.events.cities.ProtocolOrderChanged;
import org.summit.shared.Changed;
import org.summit.shared.CityCode;
import org.summit.shared.ConflictException;
import org.summit.shared.EmailAddress;
import org.summit.shared.InvalidInputException;
import org.summit.shared.NotFoundException;
import org.summit.shared.Texts;
import org.summit.shared.Versions;
import org.summit.shared.outbox.Outbox;

/**
 * Registers attendee cities and their delegations, their heads, signatories and protocol order. The aggregates
 * decide and say what happened; this service loads them, checks what only the whole summit knows (a code or an
 * e-mail already taken), and saves each change together with its events in one transaction.
 */
@Singleton
public class CitiesService {

    /** Words the API's paths use beside city codes, so no city may be called by them. */
    static final Set<String> RESERVED_CODES = Set.of("import", "protocol-order");

    private final CityRepository cities;
    private final DelegateRepository delegates;
    private final Outbox outbox;
    private final Clock clock;

    CitiesService(CityRepository cities, DelegateRepository delegates, Outbox outbox, Clock clock) {
        this.cities = cities;
        this.delegates = delegates;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Registers a city at the end of the protocol order. */
    @Transactional
    public City register(CityCode code, CityDetails details) {
        requireFree(code);
        Changed<City> registered = City.register(code.value(), details, cities.lastProtocolPosition() + 1, now());
        City stored = cities.save(registered.state());
        outbox.appendAll(registered.events());
        return stored;
    }

    /**
     * Replaces a city's details.
     *
     * @param expectedVersion the version the organiser edited; a different one means somebody changed the city
     *     meanwhile, and the change is refused rather than silently overwriting theirs
     */
    @Transactional
    public City revise(CityCode code, @Nullable Long expectedVersion, CityDetails details) {
        City current = city(code);
        Versions.check(current.version(), expectedVersion, current.name());
        return saved(current.revise(details, now()));
    }

    /** Makes a member of the delegation its head. */
    @Transactional
    public City appointHead(CityCode code, UUID delegateId) {
        City city = city(code);
        return saved(city.appointHead(memberOf(city, delegateId, "delegateId"), now()));
    }

    /** Leaves the delegation without a head. */
    @Transactional
    public City vacateHead(CityCode code) {
        City city = city(code);
        city.requireAttending();
        return saved(city.vacateHead(now()));
    }

    /** The city leaves the summit with its whole delegation; it keeps its record and its code. */
    @Transactional
    public City withdraw(CityCode code) {
        return saved(city(code).withdraw(now()));
    }

    /** Designates the one member who signs the declaration for the city; a second designation is refused. */
    @Transactional
    public City designateSignatory(CityCode code, UUID delegateId) {
        City city = city(code);
        return saved(city.designate(memberOf(city, delegateId, "delegateId"), now()));
    }

    /** Withdraws the city's signatory designation; the city has no signatory until a new one is designated. */
    @Transactional
    public City withdrawSignatory(CityCode code) {
        City city = city(code);
        city.requireAttending();
        return saved(city.withdrawSignatory(now()));
    }

    /**
     * Sets the protocol order of the attending cities.
     *
     * @param order every attending city's code, each once, first to last
     */
    @Transactional
    public List<City> reorder(List<CityCode> order) {
        Texts.require("cityIds", order);
        List<City> attending = cities.findAllOrderByProtocolPositionAsc().stream()
                .filter(City::attending)
                .toList();
        List<String> given = order.stream().map(CityCode::value).toList();
        Set<String> expected =
                new LinkedHashSet<>(attending.stream().map(City::id).toList());
        Set<String> twice = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        given.forEach(code -> {
            if (!seen.add(code)) {
                twice.add(code);
            }
        });
        if (!twice.isEmpty() || !seen.equals(expected)) {
            Set<String> missing = new LinkedHashSet<>(expected);
            missing.removeAll(seen);
            Set<String> unknown = new LinkedHashSet<>(seen);
            unknown.removeAll(expected);
            throw InvalidInputException.of(
                    "cityIds",
                    CitiesProblem.PROTOCOL_ORDER_INCOMPLETE,
                    Map.of(
                            "missing", listed(missing),
                            "unknown", listed(unknown),
                            "twice", listed(twice)));
        }
        if (attending.stream().map(City::id).toList().equals(given)) {
            return attending;
        }
        Instant now = now();
        List<City> reordered = new ArrayList<>();
        for (int position = 1; position <= given.size(); position++) {
            City city = city(new CityCode(given.get(position - 1)));
            reordered.add(city.protocolPosition() == position ? city : cities.update(city.at(position, now)));
        }
        outbox.append(new ProtocolOrderChanged(List.copyOf(given)));
        return reordered;
    }

    /** Adds a member to a city's delegation; an e-mail already in a delegation is refused. */
    @Transactional
    public Delegate addDelegate(CityCode code, DelegateProfile profile) {
        City city = city(code);
        city.requireAttending();
        requireEmailFree(profile.email(), null);
        Changed<Delegate> added = Delegate.add(UUID.randomUUID(), city.id(), profile, now());
        Delegate stored = delegates.save(added.state());
        outbox.appendAll(added.events());
        return stored;
    }

    /**
     * Replaces a delegate's profile.
     *
     * @param expectedVersion the version that was edited, so that a concurrent change is not lost
     */
    @Transactional
    public Delegate reviseDelegate(
            CityCode code, UUID delegateId, @Nullable Long expectedVersion, DelegateProfile profile) {
        City city = city(code);
        city.requireAttending();
        Delegate current = memberOf(city, delegateId, "id");
        Versions.check(current.version(), expectedVersion, current.name());
        Changed<Delegate> revised = current.revise(profile, now());
        if (!revised.changedAnything()) {
            return current;
        }
        requireEmailFree(profile.email(), delegateId);
        Delegate stored = delegates.update(revised.state());
        outbox.appendAll(revised.events());
        return stored;
    }

    /** Removes a member from the delegation, and with them their signatory designation and headship. */
    @Transactional
    public void removeDelegate(CityCode code, UUID delegateId) {
        // A withdrawn city's members can still be removed, so that they may join another delegation.
        City city = city(code);
        Delegate delegate = memberOf(city, delegateId, "id");
        Instant now = now();
        Changed<City> leaving = Changed.nothing(city);
        if (delegateId.equals(city.signatoryDelegateId())) {
            leaving = leaving.then(current -> current.withdrawSignatory(now));
        }
        if (delegateId.equals(city.headDelegateId())) {
            leaving = leaving.then(current -> current.vacateHead(now));
        }
        saved(leaving);
        delegates.delete(delegate);
        outbox.append(delegate.removed());
    }

    /** Every registered city, withdrawn ones included, in protocol order. */
    @Transactional(readOnly = true)
    public List<City> list() {
        return cities.findAllOrderByProtocolPositionAsc();
    }

    /** The cities that attend, in protocol order. */
    @Transactional(readOnly = true)
    public List<City> attending() {
        return list().stream().filter(City::attending).toList();
    }

    @Transactional(readOnly = true)
    public Optional<City> find(CityCode code) {
        return code == null ? Optional.empty() : cities.findById(code.value());
    }

    /** The city, or a refusal saying there is none with this code. */
    @Transactional(readOnly = true)
    public City city(CityCode code) {
        return find(code)
                .orElseThrow(() -> new NotFoundException(
                        CitiesProblem.CITY_NOT_FOUND, Map.of("code", Texts.abbreviate(code.value()))));
    }

    /** The members of a city's delegation, by English name. */
    @Transactional(readOnly = true)
    public List<Delegate> delegation(CityCode code) {
        return delegates.findByCityIdOrderByNameEnAsc(city(code).id());
    }

    /** How many members the city's delegation has. */
    @Transactional(readOnly = true)
    public long delegationSize(CityCode code) {
        return delegates.countByCityId(code.value());
    }

    /** Every delegate of every city, by English name. */
    @Transactional(readOnly = true)
    public List<Delegate> allDelegates() {
        return delegates.findAllOrderByNameEnAsc();
    }

    /** The delegate with this e-mail, in whichever delegation. */
    @Transactional(readOnly = true)
    public Optional<Delegate> delegateByEmail(String email) {
        return delegates.findByEmail(EmailAddress.normalise(email));
    }

    private void requireFree(CityCode code) {
        if (RESERVED_CODES.contains(code.value())) {
            throw InvalidInputException.of("id", CitiesProblem.CITY_CODE_RESERVED, Map.of("value", code.value()));
        }
        cities.findById(code.value()).ifPresent(existing -> {
            throw new ConflictException(
                    CitiesProblem.CITY_CODE_TAKEN, Map.of("code", code.value(), "city", existing.name()));
        });
    }

    private City saved(Changed<City> change) {
        if (!change.changedAnything()) {
            return change.state();
        }
        City stored = cities.update(change.state());
        outbox.appendAll(change.events());
        return stored;
    }

    private Delegate memberOf(City city, UUID delegateId, String field) {
        Texts.require(field, delegateId);
        return delegates
                .findById(delegateId)
                .filter(delegate -> delegate.cityId().equals(city.id()))
                .orElseThrow(
                        () -> new NotFoundException(CitiesProblem.DELEGATE_NOT_FOUND, Map.of("city", city.name())));
    }

    private void requireEmailFree(String email, @Nullable UUID self) {
        delegates.findByEmail(email).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            Object where =
                    cities.findById(other.cityId()).<Object>map(City::name).orElse(other.cityId());
            throw new ConflictException(CitiesProblem.DELEGATE_EMAIL_TAKEN, Map.of("email", email, "city", where));
        });
    }

    private static String listed(Set<String> codes) {
        return codes.isEmpty()
                ? "-"
                : String.join(
                        ", ", codes.stream().limit(10).map(Texts::abbreviate).toList());
    }

    private Instant now() {
        return clock.instant();
    }
}
