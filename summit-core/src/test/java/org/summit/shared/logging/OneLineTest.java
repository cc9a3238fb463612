package org.summit.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {

    @Test
    void returnsTheSameStringWhenNothingNeedsEscaping() {
        String text = "Claire Martin 馬丁 O'Brien \\n";

        assertThat(OneLine.of(text)).isSameAs(text);
    }

    @Test
    void escapesEveryKindOfLineBreak() {
        assertThat(OneLine.of("a\nb\rc\u000Bd\u000Ce\u0085f\u2028g\u2029h"))
                .isEqualTo("a\\nb\\rc\\u000Bd\\u000Ce\\u0085f\\u2028g\\u2029h");
    }

    @Test
    void escapesBidirectionalControls() {
        assertThat(OneLine.of("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"))
                .isEqualTo("\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C");
    }

    @Test
    void keepsNull() {
        assertThat(OneLine.of(null)).isNull();
    }
}
