package org.summit.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a screen gets: everything so far, then each new batch, each signatory's number once; nothing once sealed. */
class LiveStrokesTest {

    private final LiveStrokes live = new LiveStrokes();
    private final UUID ceremony = UUID.randomUUID();
    private final UUID signatory = UUID.randomUUID();

    @Test
    void aLateScreenGetsWhatCameBeforeThenWhatFollowsEachBatchOnce() {
        live.add(ceremony, item(1));
        live.add(ceremony, item(2));
        live.add(ceremony, item(2));
        Screen screen = new Screen();

        List<LiveStrokes.Item> sofar = live.watch(ceremony, screen);
        live.add(ceremony, item(3));
        live.add(ceremony, item(1));

        assertThat(sofar).extracting(LiveStrokes.Item::seq).containsExactly(1L, 2L);
        assertThat(screen.strokes).extracting(LiveStrokes.Item::seq).containsExactly(3L);
    }

    @Test
    void aSealedCeremonyIsForgottenAndItsReplayedStrokesArePassedOver() {
        Screen screen = new Screen();
        live.watch(ceremony, screen);
        live.add(ceremony, item(1));

        live.changed(ceremony, "DeclarationSealed", true);
        live.add(ceremony, item(2));

        assertThat(screen.changes).containsExactly("DeclarationSealed");
        assertThat(screen.strokes).extracting(LiveStrokes.Item::seq).containsExactly(1L);
        assertThat(live.watch(ceremony, new Screen())).isEmpty();
    }

    @Test
    void anUnwatchedScreenHearsNothingMore() {
        Screen screen = new Screen();
        live.watch(ceremony, screen);
        live.unwatch(ceremony, screen);

        live.add(ceremony, item(1));
        live.changed(ceremony, "SignatoryCalled", false);

        assertThat(screen.strokes).isEmpty();
        assertThat(screen.changes).isEmpty();
    }

    private LiveStrokes.Item item(long seq) {
        return new LiveStrokes.Item(signatory, seq, false, List.of(), Instant.now(), "{\"seq\":" + seq + "}");
    }

    private static final class Screen implements LiveStrokes.Watcher {
        private final List<LiveStrokes.Item> strokes = new ArrayList<>();
        private final List<String> changes = new ArrayList<>();

        @Override
        public void strokes(LiveStrokes.Item item) {
            strokes.add(item);
        }

        @Override
        public void changed(String eventType) {
            changes.add(eventType);
        }
    }
}
