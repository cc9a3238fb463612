package org.summit.cities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.summit.events.cities.CityRegistered;
import org.summit.events.cities.CityUpdated;
import org.summit.events.cities.CityWithdrawn;
import org.summit.events.cities.HeadOfDelegationAppointed;
import org.summit.events.cities.HeadOfDelegationVacated;
import org.summit.events.cities.SignatoryDesignated;
import org.summit.events.cities.SignatoryWithdrawn;
import org.summit.shared.Changed;
import org.summit.shared.ConflictException;
import org.summit.shared.LocalizedText;
import org.summit.shared.Refused;

/** The city's own rules, each intent with the one event it raises, without a database or a broker. */
class CityTest {

    private static final Instant NOW = Instant.parse("2016-03-01T09:00:00Z");

    @Test
    void registeringRaisesCityRegisteredWithItsPlaceInTheOrder() {
        Changed<City> registered = City.register("pisek", details(CityRole.GUEST), 7, NOW);

        assertThat(registered.state().protocolPosition()).isEqualTo(7);
        assertThat(registered.events()).singleElement().isInstanceOfSatisfying(CityRegistered.class, event -> {
            assertThat(event.cityId()).isEqualTo("pisek");
            assertThat(event.protocolPosition()).isEqualTo(7);
        });
    }

    @Test
    void revisingWithTheSameDetailsRaisesNothing() {
        City city = stored(CityRole.GUEST);

        Changed<City> same = city.revise(details(CityRole.GUEST), NOW);
        Changed<City> host = city.revise(details(CityRole.HOST), NOW);

        assertThat(same.events()).isEmpty();
        assertThat(same.state()).isSameAs(city);
        assertThat(host.events()).singleElement().isInstanceOfSatisfying(CityUpdated.class, event -> {
            assertThat(event.role()).isEqualTo("HOST");
            assertThat(event.version()).isEqualTo(city.version() + 1);
        });
    }

    @Test
    void appointingAHeadIsItsOwnEventAndVacatingItAnother() {
        City city = stored(CityRole.GUEST);
        Delegate mayor = delegate(city);

        Changed<City> headed = city.appointHead(mayor, NOW);
        Changed<City> again = headed.state().appointHead(mayor, NOW);
        Changed<City> vacated = headed.state().vacateHead(NOW);

        assertThat(headed.events())
                .singleElement()
                .isInstanceOfSatisfying(
                        HeadOfDelegationAppointed.class,
                        event -> assertThat(event.delegateId())
                                .isEqualTo(mayor.id().toString()));
        assertThat(again.events()).isEmpty();
        assertThat(vacated.events()).singleElement().isInstanceOf(HeadOfDelegationVacated.class);
        assertThat(vacated.state().headDelegateId()).isNull();
    }

    @Test
    void aCityHasOneSignatoryAndObserversNone() {
        City guest = stored(CityRole.GUEST);
        Delegate mayor = delegate(guest);
        Delegate deputy = delegate(guest);
        City signed = guest.designate(mayor, NOW).state();

        assertThat(guest.designate(mayor, NOW).events()).singleElement().isInstanceOf(SignatoryDesignated.class);
        assertThat(signed.designate(mayor, NOW).events()).isEmpty();
        assertThat(Refused.code(ConflictException.class, () -> signed.designate(deputy, NOW)))
                .isEqualTo(CitiesProblem.SIGNATORY_ALREADY_DESIGNATED.code());
        assertThat(signed.withdrawSignatory(NOW).events()).singleElement().isInstanceOf(SignatoryWithdrawn.class);

        City observer = stored(CityRole.OBSERVER);
        assertThat(Refused.fieldsAndCodes(() -> observer.designate(delegate(observer), NOW)))
                .containsExactly(tuple("delegateId", CitiesProblem.OBSERVERS_DO_NOT_SIGN.code()));
        assertThat(Refused.code(ConflictException.class, () -> signed.revise(details(CityRole.OBSERVER), NOW)))
                .isEqualTo(CitiesProblem.OBSERVER_WITH_SIGNATORY.code());
    }

    @Test
    void aWithdrawnCityChangesNoMore() {
        City withdrawn = stored(CityRole.GUEST).withdraw(NOW).state();

        assertThat(stored(CityRole.GUEST).withdraw(NOW).events())
                .singleElement()
                .isInstanceOf(CityWithdrawn.class);
        for (Runnable intent : List.<Runnable>of(
                () -> withdrawn.revise(details(CityRole.HOST), NOW),
                () -> withdrawn.appointHead(delegate(withdrawn), NOW),
                () -> withdrawn.designate(delegate(withdrawn), NOW),
                () -> withdrawn.withdraw(NOW))) {
            assertThat(Refused.code(ConflictException.class, intent::run))
                    .isEqualTo(CitiesProblem.CITY_WITHDRAWN.code());
        }
        assertThat(withdrawn.vacateHead(NOW).events()).isEmpty();
    }

    private static City stored(CityRole role) {
        City city = City.register("pisek", details(role), 1, NOW).state();
        return new City(
                city.id(),
                city.nameZhHant(),
                city.nameEn(),
                city.kind(),
                city.role(),
                city.country(),
                city.timeZone(),
                city.descriptionZhHant(),
                city.descriptionEn(),
                city.protocolPosition(),
                null,
                null,
                null,
                3L,
                NOW,
                NOW);
    }

    private static Delegate delegate(City city) {
        return Delegate.add(
                        UUID.randomUUID(),
                        city.id(),
                        new DelegateProfile(
                                LocalizedText.of("諾瓦克", "Tomáš Novák"),
                                LocalizedText.of("市長", "Mayor"),
                                List.of("cs"),
                                false,
                                null,
                                null,
                                UUID.randomUUID() + "@pisek.example",
                                null,
                                "en"),
                        NOW)
                .state();
    }

    private static CityDetails details(CityRole role) {
        return new CityDetails(LocalizedText.of("皮塞克", "Písek"), CityKind.CITY, role, "CZ", "Europe/Prague", null);
    }
}
