package org.summit.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.summit.events.cities.CityWithdrawn;
import org.summit.events.cities.DelegateRemoved;
import org.summit.events.cities.ProtocolOrderChanged;
import org.summit.events.cities.SignatoryWithdrawn;
import org.summit.shared.ConflictException;
import org.summit.shared.EmailAddress;
import org.summit.shared.InvalidInputException;
import org.summit.shared.NotFoundException;
import org.summit.shared.Texts;
import org.summit.shared.outbox.Outbox;

/**
 * Registers attendee cities and their delegations, their heads, signatories and protocol order. Every change is
 * saved together with its events in one transaction, and a change that changes nothing raises no event.
 */
@Singleton
public class CitiesService {

    /** The shape of a city code: lower-case letters and digits in words joined by hyphens, like {@code tel-aviv}. */
    static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    /** Words the API's paths use beside city codes, so no city may be called by them. */
    static final Set<String> RESERVED_CODES = Set.of("import", "protocol-order");

    /** The longest city code. */
    static final int MAX_CODE_LENGTH = 64;

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
    public City register(String code, CityDetails details) {
        requireCode("id", code);
        Optional<City> existing = cities.findById(code);
        if (existing.isPresent()) {
            throw new ConflictException("A city with the code '" + code + "' is already registered ("
                    + existing.get().nameEn() + (existing.get().attending() ? "" : ", withdrawn") + ")");
        }
        City city = cities.save(City.register(code, details, cities.lastProtocolPosition() + 1, now()));
        outbox.append(city.registered());
        return city;
    }

    /**
     * Replaces a city's details.
     *
     * @param expectedVersion the version the organiser edited; a different one means somebody changed the city
     *     meanwhile, and the change is refused rather than silently overwriting theirs
     */
    @Transactional
    public City revise(String id, long expectedVersion, CityDetails details) {
        City current = city(id);
        requireVersion(current.version(), expectedVersion, current.nameEn());
        if (current.details().equals(details)) {
            current.requireAttending();
            return current;
        }
        City revised = cities.update(current.revise(details, now()));
        outbox.append(revised.updated());
        return revised;
    }

    /** Makes a member of the delegation its head, or, with null, leaves the delegation without one. */
    @Transactional
    public City appointHead(String id, @Nullable UUID delegateId) {
        City current = city(id);
        if (delegateId != null) {
            memberOf(current, delegateId, "delegateId");
        }
        if (Objects.equals(current.headDelegateId(), delegateId)) {
            current.requireAttending();
            return current;
        }
        City headed = cities.update(current.headedBy(delegateId, now()));
        outbox.append(headed.updated());
        return headed;
    }

    /** The city leaves the summit with its whole delegation; it keeps its record and its code. */
    @Transactional
    public City withdraw(String id) {
        City withdrawn = cities.update(city(id).withdraw(now()));
        outbox.append(new CityWithdrawn(withdrawn.id()));
        return withdrawn;
    }

    /** Designates the one member who signs the declaration for the city; a second designation is refused. */
    @Transactional
    public City designateSignatory(String id, UUID delegateId) {
        City current = city(id);
        Delegate signatory = memberOf(current, delegateId, "delegateId");
        if (delegateId.equals(current.signatoryDelegateId())) {
            return current;
        }
        City designated = cities.update(current.designate(delegateId, now()));
        outbox.append(signatory.designated());
        return designated;
    }

    /** Withdraws the city's signatory designation; the city has no signatory until a new one is designated. */
    @Transactional
    public City withdrawSignatory(String id) {
        City current = city(id);
        current.requireAttending();
        if (current.signatoryDelegateId() == null) {
            return current;
        }
        City without = cities.update(current.withoutSignatory(now()));
        outbox.append(new SignatoryWithdrawn(id, current.signatoryDelegateId().toString()));
        return without;
    }

    /**
     * Sets the protocol order of the attending cities.
     *
     * @param cityIds every attending city's code, each once, first to last
     */
    @Transactional
    public List<City> reorder(List<String> cityIds) {
        Texts.require("cityIds", cityIds);
        List<City> attending = cities.findAllOrderByProtocolPositionAsc().stream()
                .filter(City::attending)
                .toList();
        Set<String> expected = new HashSet<>(attending.stream().map(City::id).toList());
        Set<String> given = new HashSet<>(cityIds);
        if (given.size() != cityIds.size() || !given.equals(expected)) {
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(given);
            Set<String> unknown = new HashSet<>(given);
            unknown.removeAll(expected);
            throw new InvalidInputException(
                    "cityIds",
                    "cityIds must list every attending city exactly once"
                            + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                            + (unknown.isEmpty()
                                    ? ""
                                    : "; not attending: "
                                            + unknown.stream()
                                                    .limit(10)
                                                    .map(Texts::abbreviate)
                                                    .collect(Collectors.joining(", ")))
                            + (given.size() != cityIds.size() ? "; a city is listed twice" : ""));
        }
        if (attending.stream().map(City::id).toList().equals(cityIds)) {
            return attending;
        }
        Instant now = now();
        for (int position = 0; position < cityIds.size(); position++) {
            City city = city(cityIds.get(position));
            if (city.protocolPosition() != position + 1) {
                cities.update(city.at(position + 1, now));
            }
        }
        outbox.append(new ProtocolOrderChanged(List.copyOf(cityIds)));
        return list().stream().filter(City::attending).toList();
    }

    /** Adds a member to a city's delegation; an e-mail already in a delegation is refused. */
    @Transactional
    public Delegate addDelegate(String cityId, DelegateProfile profile) {
        City city = city(cityId);
        city.requireAttending();
        requireEmailFree(profile.email(), null);
        Delegate delegate = delegates.save(Delegate.add(UUID.randomUUID(), cityId, profile, now()));
        outbox.append(delegate.added());
        return delegate;
    }

    /**
     * Replaces a delegate's profile.
     *
     * @param expectedVersion the version that was edited, so that a concurrent change is not lost
     */
    @Transactional
    public Delegate reviseDelegate(String cityId, UUID delegateId, long expectedVersion, DelegateProfile profile) {
        City city = city(cityId);
        city.requireAttending();
        Delegate current = memberOf(city, delegateId, "id");
        requireVersion(current.version(), expectedVersion, current.nameEn());
        if (current.profile().equals(profile)) {
            return current;
        }
        requireEmailFree(profile.email(), delegateId);
        Delegate revised = delegates.update(current.with(profile, now()));
        outbox.append(revised.updated());
        return revised;
    }

    /** Removes a member from the delegation, and with them their signatory designation and headship. */
    @Transactional
    public void removeDelegate(String cityId, UUID delegateId) {
        // A withdrawn city's members can still be removed, so that they may join another delegation.
        City city = city(cityId);
        Delegate delegate = memberOf(city, delegateId, "id");
        Instant now = now();
        if (delegateId.equals(city.signatoryDelegateId())) {
            city = cities.update(city.withoutSignatory(now));
            outbox.append(new SignatoryWithdrawn(cityId, delegateId.toString()));
        }
        if (delegateId.equals(city.headDelegateId())) {
            city = cities.update(city.withoutHead(now));
            outbox.append(city.updated());
        }
        delegates.delete(delegate);
        outbox.append(new DelegateRemoved(cityId, delegateId.toString()));
    }

    /** Every registered city, withdrawn ones included, in protocol order. */
    @Transactional(readOnly = true)
    public List<City> list() {
        return cities.findAllOrderByProtocolPositionAsc();
    }

    @Transactional(readOnly = true)
    public Optional<City> find(String id) {
        return id == null ? Optional.empty() : cities.findById(id);
    }

    /** The members of a city's delegation, by English name. */
    @Transactional(readOnly = true)
    public List<Delegate> delegation(String cityId) {
        return delegates.findByCityIdOrderByNameEnAsc(city(cityId).id());
    }

    /** How many members the city's delegation has. */
    @Transactional(readOnly = true)
    public long delegationSize(String cityId) {
        return delegates.countByCityId(cityId);
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

    /** Refuses what is not a city code (lower-case words joined by hyphens), naming {@code field}. */
    public static void requireCode(String field, String code) {
        Texts.require(field, code);
        if (code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    field,
                    "'" + Texts.abbreviate(code) + "' is not a city code: lower-case letters, digits and single"
                            + " hyphens, at most " + MAX_CODE_LENGTH + " characters, such as tel-aviv");
        }
        if (RESERVED_CODES.contains(code)) {
            throw new InvalidInputException(field, "'" + code + "' is a reserved word: choose another city code");
        }
    }

    private City city(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("There is no city '" + Texts.abbreviate(id) + "'"));
    }

    private Delegate memberOf(City city, UUID delegateId, String field) {
        Texts.require(field, delegateId);
        return delegates
                .findById(delegateId)
                .filter(delegate -> delegate.cityId().equals(city.id()))
                .orElseThrow(() -> new NotFoundException(
                        "There is no delegate " + delegateId + " in the delegation of " + city.nameEn()));
    }

    private void requireEmailFree(String email, @Nullable UUID self) {
        delegates.findByEmail(email).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            String where = cities.findById(other.cityId()).map(City::nameEn).orElse(other.cityId());
            throw new ConflictException(email + " is already in the delegation of " + where + " (" + other.nameEn()
                    + "): a person belongs to one delegation only");
        });
    }

    private static void requireVersion(long current, long expected, String what) {
        if (current != expected) {
            throw new ConflictException(what + " is at version " + current + ", not " + expected
                    + ": reload it and apply your change again");
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
