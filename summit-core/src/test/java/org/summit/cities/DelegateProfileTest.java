package org.summit.cities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summit.shared.LocalizedText;
import org.summit.shared.Refused;

class DelegateProfileTest {

    @Test
    void keepsLanguageTagsInTheirCanonicalFormAndTheEmailInLowerCase() {
        DelegateProfile profile = profile(List.of("ZH-hant", "en", "fr", "en"), "Claire.Martin@Grenoble.example");

        assertThat(profile.languages()).containsExactly("zh-Hant", "en", "fr");
        assertThat(profile.email()).isEqualTo("claire.martin@grenoble.example");
    }

    @Test
    void refusesSomethingThatIsNotALanguageTag() {
        assertThat(Refused.fieldsAndCodes(() -> profile(List.of("english"), "a@b.example")))
                .containsExactly(tuple("languages", "language.unknown"));
        assertThat(Refused.fieldsAndCodes(() -> profile(List.of(), "a@b.example")))
                .containsExactly(tuple("languages", "delegate.languages.empty"));
        assertThat(Refused.fieldsAndCodes(
                        () -> profile(List.of("en-x-" + "abcdefgh-".repeat(40) + "x"), "a@b.example")))
                .containsExactly(tuple("languages", "language.unknown"));
    }

    @Test
    void refusesAnEmailThatIsNotOne() {
        assertThat(Refused.fieldsAndCodes(() -> profile(List.of("en"), "claire.martin at grenoble")))
                .containsExactly(tuple("email", "email.invalid"));
        assertThat(Refused.fieldsAndCodes(() -> profile(List.of("en"), "organiser@summit.demo\u200B")))
                .containsExactly(tuple("email", "email.unusual-characters"));
        assertThat(Refused.fieldsAndCodes(() -> profile(List.of("en"), "\u043Erganiser@summit.demo")))
                .containsExactly(tuple("email", "email.unusual-characters"));
    }

    @Test
    void refusesADepartureBeforeTheArrival() {
        assertThat(Refused.fieldsAndCodes(() -> new DelegateProfile(
                        LocalizedText.of("馬丁", "Claire Martin"),
                        LocalizedText.of("市長", "Mayor"),
                        List.of("fr"),
                        true,
                        LocalDate.of(2016, 3, 24),
                        LocalDate.of(2016, 3, 22),
                        "claire@grenoble.example",
                        null,
                        "en")))
                .containsExactly(tuple("departsOn", "delegate.travel.out-of-order"));
    }

    @Test
    void writesOnlyInTheTwoLanguagesOfTheSummit() {
        assertThat(Refused.fieldsAndCodes(() -> new DelegateProfile(
                        LocalizedText.of("馬丁", "Claire Martin"),
                        LocalizedText.of("市長", "Mayor"),
                        List.of("fr"),
                        true,
                        null,
                        null,
                        "claire@grenoble.example",
                        null,
                        "fr")))
                .containsExactly(tuple("preferredLanguage", "delegate.writing-language.unknown"));
    }

    @Test
    void refusesAPhoneNumberWithLetters() {
        assertThat(Refused.fieldsAndCodes(() -> new DelegateProfile(
                        LocalizedText.of("馬丁", "Claire Martin"),
                        LocalizedText.of("市長", "Mayor"),
                        List.of("fr"),
                        true,
                        null,
                        null,
                        "claire@grenoble.example",
                        "call me",
                        "en")))
                .containsExactly(tuple("phone", "delegate.phone.invalid"));
    }

    private static DelegateProfile profile(List<String> languages, String email) {
        return new DelegateProfile(
                LocalizedText.of("馬丁", "Claire Martin"),
                LocalizedText.of("市長", "Mayor"),
                languages,
                false,
                null,
                null,
                email,
                "+33 4 76 00 00 00",
                "en");
    }
}
