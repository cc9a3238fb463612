package org.summit.notifications.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summit.notices.NoticeKind;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(messages.keys(Language.ZH_HANT)).isEqualTo(messages.keys(Language.EN));
    }

    @Test
    void everyKindHasATitleAndABodyInBothLanguages() {
        for (NoticeKind kind : NoticeKind.values()) {
            for (Language language : Language.values()) {
                assertThat(messages.has(language, kind.code() + ".title"))
                        .as(kind.code() + ".title in " + language.tag())
                        .isTrue();
                assertThat(messages.has(language, kind.code() + ".body"))
                        .as(kind.code() + ".body in " + language.tag())
                        .isTrue();
            }
        }
    }

    @Test
    void fillsPlaceholdersAsTheyAreWithoutQuotingRules() {
        assertThat(messages.format(
                        Language.EN, "staff.tablet-disconnected.body", List.of("Orlando", "Wed 23 Mar 10:00")))
                .isEqualTo("The tablet of Orlando's signatory lost its connection at Wed 23 Mar 10:00, before the"
                        + " signature was confirmed.");
        assertThat(messages.format(Language.ZH_HANT, "exchange.requested.title", List.of("奧蘭多")))
                .isEqualTo("奧蘭多邀請貴市進行城市交流");
    }

    @Test
    void aTextMissingInOneLanguageIsSaidInTheOther() {
        assertThat(Language.EN.pick(org.summit.shared.LocalizedText.of("只有中文", null)))
                .isEqualTo("只有中文");
        assertThat(Language.ZH_HANT.pick(org.summit.shared.LocalizedText.of(" ", "English only")))
                .isEqualTo("English only");
    }
}
