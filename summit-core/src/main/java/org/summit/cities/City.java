package org.summit.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;
import org.summit.events.cities.CityRegistered;
import org.summit.events.cities.CityUpdated;
import org.summit.shared.ConflictException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;

/**
 * An attendee city, or a country's delegation, with its place in the protocol order, its head of delegation and
 * its signatory. Changes only through its intent methods, which refuse what the summit's protocol does not allow.
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

    static City register(String id, CityDetails details, int protocolPosition, Instant now) {
        return new City(
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

    City revise(CityDetails details, Instant now) {
        requireAttending();
        if (!details.role().signs() && signatoryDelegateId != null) {
            throw new ConflictException(nameEn + " has a designated signatory: withdraw the designation before making"
                    + " it an observer, which does not sign");
        }
        return with(details, now);
    }

    City headedBy(@Nullable UUID delegateId, Instant now) {
        requireAttending();
        return copy(protocolPosition, delegateId, signatoryDelegateId, withdrawnAt, now);
    }

    City designate(UUID delegateId, Instant now) {
        requireAttending();
        if (!role.signs()) {
            throw new InvalidInputException(
                    "delegateId", nameEn + " is an observer delegation: observers do not sign the declaration");
        }
        if (signatoryDelegateId != null && !signatoryDelegateId.equals(delegateId)) {
            throw new ConflictException(nameEn + " already has a signatory (" + signatoryDelegateId
                    + "): a city has exactly one; withdraw that designation first");
        }
        return withSignatory(delegateId, now);
    }

    City withoutSignatory(Instant now) {
        return withSignatory(null, now);
    }

    City withoutHead(Instant now) {
        // Also for a withdrawn city: its members can still leave it.
        return copy(protocolPosition, null, signatoryDelegateId, withdrawnAt, now);
    }

    City at(int position, Instant now) {
        return copy(position, headDelegateId, signatoryDelegateId, withdrawnAt, now);
    }

    City withdraw(Instant now) {
        requireAttending();
        return copy(protocolPosition, headDelegateId, null, now, now);
    }

    void requireAttending() {
        if (!attending()) {
            throw new ConflictException(nameEn + " (" + id + ") has withdrawn from the summit and cannot change");
        }
    }

    CityRegistered registered() {
        return new CityRegistered(
                id, name(), kind.name(), role.name(), country, timeZone, description(), protocolPosition);
    }

    CityUpdated updated() {
        return new CityUpdated(
                id,
                version,
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

    private City withSignatory(@Nullable UUID delegateId, Instant now) {
        return copy(protocolPosition, headDelegateId, delegateId, withdrawnAt, now);
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
