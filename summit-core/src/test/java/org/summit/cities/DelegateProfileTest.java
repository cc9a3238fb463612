package org.summit.cities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;

class DelegateProfileTest {

    @Test
    void keepsLanguageTagsInTheirCanonicalFormAndTheEmailInLowerCase() {
        DelegateProfile profile = profile(List.of("ZH-hant", "en", "fr", "en"), "Claire.Martin@Grenoble.example");

        assertThat(profile.languages()).containsExactly("zh-Hant", "en", "fr");
        assertThat(profile.email()).isEqualTo("claire.martin@grenoble.example");
    }

    @Test
    void refusesSomethingThatIsNotALanguageTag() {
        assertThatThrownBy(() -> profile(List.of("english"), "a@b.example"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'english' is not a language tag")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("languages");
        assertThatThrownBy(() -> profile(List.of(), "a@b.example")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> profile(List.of("en-x-" + "abcdefgh-".repeat(40) + "x"), "a@b.example"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("languages");
    }

    @Test
    void refusesAnEmailThatIsNotOne() {
        assertThatThrownBy(() -> profile(List.of("en"), "claire.martin at grenoble"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("email");
    }

    @Test
    void refusesADepartureBeforeTheArrival() {
        assertThatThrownBy(() -> new DelegateProfile(
                        LocalizedText.of("馬丁", "Claire Martin"),
                        LocalizedText.of("市長", "Mayor"),
                        List.of("fr"),
                        true,
                        LocalDate.of(2016, 3, 24),
                        LocalDate.of(2016, 3, 22),
                        "claire@grenoble.example",
                        null,
                        "en"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before arrivesOn")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("departsOn");
    }

    @Test
    void writesOnlyInTheTwoLanguagesOfTheSummit() {
        assertThatThrownBy(() -> new DelegateProfile(
                        LocalizedText.of("馬丁", "Claire Martin"),
                        LocalizedText.of("市長", "Mayor"),
                        List.of("fr"),
                        true,
                        null,
                        null,
                        "claire@grenoble.example",
                        null,
                        "fr"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("preferredLanguage");
    }

    @Test
    void refusesAPhoneNumberWithLetters() {
        assertThatThrownBy(() -> new DelegateProfile(
                        LocalizedText.of("馬丁", "Claire Martin"),
                        LocalizedText.of("市長", "Mayor"),
                        List.of("fr"),
                        true,
                        null,
                        null,
                        "claire@grenoble.example",
                        "call me",
                        "en"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("phone");
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
