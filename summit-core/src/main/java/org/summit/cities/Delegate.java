package org.summit.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.summit.events.cities.DelegateAdded;
import org.summit.events.cities.DelegateRemoved;
import org.summit.events.cities.DelegateUpdated;
import org.summit.shared.Changed;
import org.summit.shared.LocalizedText;

/**
 * A member of a city's delegation. The contact details ({@code email}, {@code phone}) and travel days are private
 * to organisers and the delegate's own city.
 *
 * @param languages the languages spoken, BCP 47 tags joined by commas
 */
@MappedEntity("cities_delegate")
public record Delegate(
        @Id UUID id,
        String cityId,
        String nameZhHant,
        String nameEn,
        String titleZhHant,
        String titleEn,
        String languages,
        boolean needsInterpretation,
        @Nullable LocalDate arrivesOn,
        @Nullable LocalDate departsOn,
        String email,
        @Nullable String phone,
        String preferredLanguage,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {

    static Changed<Delegate> add(UUID id, String cityId, DelegateProfile profile, Instant now) {
        Delegate delegate = new Delegate(
                        id, cityId, null, null, null, null, null, false, null, null, null, null, null, null, now, now)
                .with(profile, now);
        return Changed.to(delegate, delegate.added());
    }

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }

    public LocalizedText title() {
        return LocalizedText.of(titleZhHant, titleEn);
    }

    public List<String> languageList() {
        return Arrays.asList(languages.split(","));
    }

    public DelegateProfile profile() {
        return new DelegateProfile(
                name(),
                title(),
                languageList(),
                needsInterpretation,
                arrivesOn,
                departsOn,
                email,
                phone,
                preferredLanguage);
    }

    Changed<Delegate> revise(DelegateProfile profile, Instant now) {
        if (profile().equals(profile)) {
            return Changed.nothing(this);
        }
        Delegate revised = with(profile, now);
        return Changed.to(revised, revised.updated());
    }

    /** The member leaves the delegation. */
    DelegateRemoved removed() {
        return new DelegateRemoved(cityId, id.toString());
    }

    private Delegate with(DelegateProfile profile, Instant now) {
        return new Delegate(
                id,
                cityId,
                profile.name().zhHant(),
                profile.name().en(),
                profile.title().zhHant(),
                profile.title().en(),
                String.join(",", profile.languages()),
                profile.needsInterpretation(),
                profile.arrivesOn(),
                profile.departsOn(),
                profile.email(),
                profile.phone(),
                profile.preferredLanguage(),
                version,
                createdAt,
                now);
    }

    private DelegateAdded added() {
        return new DelegateAdded(
                cityId,
                id.toString(),
                name(),
                title(),
                languageList(),
                needsInterpretation,
                arrivesOn,
                departsOn,
                email,
                preferredLanguage);
    }

    private DelegateUpdated updated() {
        return new DelegateUpdated(
                cityId,
                id.toString(),
                version + 1,
                name(),
                title(),
                languageList(),
                needsInterpretation,
                arrivesOn,
                departsOn,
                email,
                preferredLanguage);
    }
}
