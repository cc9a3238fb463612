package org.summit.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.summit.events.cities.CityRegistered;
import org.summit.events.cities.CityUpdated;
import org.summit.events.cities.CityWithdrawn;
import org.summit.events.cities.HeadOfDelegationAppointed;
import org.summit.events.cities.HeadOfDelegationVacated;
import org.summit.events.cities.SignatoryDesignated;
import org.summit.events.cities.SignatoryWithdrawn;
import org.summit.shared.Changed;
import org.summit.shared.ConflictException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;

/**
 * An attendee city, or a country's delegation, with its place in the protocol order, its head of delegation and
 * its signatory. It changes only through its intent methods: each refuses what the summit's protocol does not
 * allow, and returns the city as changed with the one event that says what happened (none when nothing changed).
 *
 * @param id the city's code, for example {@code taipei}
 * @param protocolPosition its place in the protocol order (seating, speaking, signing), from 1
 */
@MappedEntity("cities_city")
public record City(
        @Id String id,
        String nameZhHant,
        String nameEn,
        CityKind kind,
        CityRole role,
        String country,
        String timeZone,
        @Nullable String descriptionZhHant,
        @Nullable String descriptionEn,
        int protocolPosition,
        @Nullable UUID headDelegateId,
        @Nullable UUID signatoryDelegateId,
        @Nullable Instant withdrawnAt,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {

    static Changed<City> register(String id, CityDetails details, int protocolPosition, Instant now) {
        City city = new City(
                        id,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        protocolPosition,
                        null,
                        null,
                        null,
                        null,
                        now,
                        now)
                .with(details, now);
        return Changed.to(
                city,
                new CityRegistered(
                        id,
                        city.name(),
                        city.kind.name(),
                        city.role.name(),
                        city.country,
                        city.timeZone,
                        city.description(),
                        protocolPosition));
    }

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }

    @Nullable
    public LocalizedText description() {
        return descriptionZhHant == null ? null : LocalizedText.of(descriptionZhHant, descriptionEn);
    }

    public CityDetails details() {
        return new CityDetails(name(), kind, role, country, timeZone, description());
    }

    public boolean attending() {
        return withdrawnAt == null;
    }

    Changed<City> revise(CityDetails details, Instant now) {
        requireAttending();
        if (details().equals(details)) {
            return Changed.nothing(this);
        }
        if (!details.role().signs() && signatoryDelegateId != null) {
            throw new ConflictException(CitiesProblem.OBSERVER_WITH_SIGNATORY, Map.of("city", name()));
        }
        City revised = with(details, now);
        return Changed.to(revised, revised.updated());
    }

    /** Makes {@code head}, a member of this delegation, its head. */
    Changed<City> appointHead(Delegate head, Instant now) {
        requireAttending();
        if (head.id().equals(headDelegateId)) {
            return Changed.nothing(this);
        }
        return Changed.to(
                copy(protocolPosition, head.id(), signatoryDelegateId, withdrawnAt, now),
                new HeadOfDelegationAppointed(id, head.id().toString(), head.name(), head.title()));
    }

    /** Leaves the delegation without a head; also for a withdrawn city, whose members can still leave it. */
    Changed<City> vacateHead(Instant now) {
        if (headDelegateId == null) {
            return Changed.nothing(this);
        }
        return Changed.to(
                copy(protocolPosition, null, signatoryDelegateId, withdrawnAt, now),
                new HeadOfDelegationVacated(id, headDelegateId.toString()));
    }

    /** Designates {@code signatory}, a member of this delegation, as the one who signs the declaration. */
    Changed<City> designate(Delegate signatory, Instant now) {
        requireAttending();
        if (signatory.id().equals(signatoryDelegateId)) {
            return Changed.nothing(this);
        }
        if (!role.signs()) {
            throw InvalidInputException.of("delegateId", CitiesProblem.OBSERVERS_DO_NOT_SIGN, Map.of("city", name()));
        }
        if (signatoryDelegateId != null) {
            throw new ConflictException(CitiesProblem.SIGNATORY_ALREADY_DESIGNATED, Map.of("city", name()));
        }
        return Changed.to(
                copy(protocolPosition, headDelegateId, signatory.id(), withdrawnAt, now),
                new SignatoryDesignated(id, signatory.id().toString(), signatory.name(), signatory.title()));
    }

    /** Withdraws the signatory designation; also for a withdrawn city, whose members can still leave it. */
    Changed<City> withdrawSignatory(Instant now) {
        if (signatoryDelegateId == null) {
            return Changed.nothing(this);
        }
        return Changed.to(
                copy(protocolPosition, headDelegateId, null, withdrawnAt, now),
                new SignatoryWithdrawn(id, signatoryDelegateId.toString()));
    }

    /** The city at another place in the protocol order; the order as a whole is one event, raised by the service. */
    City at(int position, Instant now) {
        return copy(position, headDelegateId, signatoryDelegateId, withdrawnAt, now);
    }

    /** The city leaves the summit with its delegation, and with them its signatory designation. */
    Changed<City> withdraw(Instant now) {
        requireAttending();
        return Changed.to(copy(protocolPosition, headDelegateId, null, now, now), new CityWithdrawn(id));
    }

    void requireAttending() {
        if (!attending()) {
            throw new ConflictException(CitiesProblem.CITY_WITHDRAWN, Map.of("city", name()));
        }
    }

    private CityUpdated updated() {
        return new CityUpdated(
                id,
                version == null ? 0 : version + 1,
                name(),
                kind.name(),
                role.name(),
                country,
                timeZone,
                description(),
                headDelegateId == null ? null : headDelegateId.toString());
    }

    private City with(CityDetails details, Instant now) {
        LocalizedText description = details.description();
        return new City(
                id,
                details.name().zhHant(),
                details.name().en(),
                details.kind(),
                details.role(),
                details.country(),
                details.timeZone(),
                description == null ? null : description.zhHant(),
                description == null ? null : description.en(),
                protocolPosition,
                headDelegateId,
                signatoryDelegateId,
                withdrawnAt,
                version,
                createdAt,
                now);
    }

    /** The same city with what its intent methods change apart from its details. */
    private City copy(
            int position, @Nullable UUID head, @Nullable UUID signatory, @Nullable Instant withdrawn, Instant now) {
        return new City(
                id,
                nameZhHant,
                nameEn,
                kind,
                role,
                country,
                timeZone,
                descriptionZhHant,
                descriptionEn,
                position,
                head,
                signatory,
                withdrawn,
                version,
                createdAt,
                now);
    }
}
