package org.summit.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summit.events.ceremony.StrokePoint;

/** The points a batch may hold: on the block's scale, a sane pressure and time, not too many. */
class StrokePointsTest {

    private static final long T = 1_458_719_998_000L;

    @Test
    void pointsOnTheBlocksScaleAreTaken() {
        assertThat(StrokeGate.pointsProblem(List.of(new StrokePoint(0, 0, 1, 0.5, T), new StrokePoint(1, 1, 0, 1, T))))
                .isEmpty();
    }

    @Test
    void pointsOffTheBlockOrWithAbsurdValuesAreRefused() {
        assertThat(StrokeGate.pointsProblem(List.of(new StrokePoint(0, 1.01, 0.5, 0.5, T))))
                .contains("points-invalid");
        assertThat(StrokeGate.pointsProblem(List.of(new StrokePoint(0, 0.5, -0.1, 0.5, T))))
                .contains("points-invalid");
        assertThat(StrokeGate.pointsProblem(List.of(new StrokePoint(0, Double.NaN, 0.5, 0.5, T))))
                .contains("points-invalid");
        assertThat(StrokeGate.pointsProblem(List.of(new StrokePoint(0, 0.5, 0.5, 2, T))))
                .contains("points-invalid");
        assertThat(StrokeGate.pointsProblem(List.of(new StrokePoint(-1, 0.5, 0.5, 0.5, T))))
                .contains("points-invalid");
        assertThat(StrokeGate.pointsProblem(List.of(new StrokePoint(0, 0.5, 0.5, 0.5, 0))))
                .contains("points-invalid");
        assertThat(StrokeGate.pointsProblem(List.of())).contains("points-invalid");
        assertThat(StrokeGate.pointsProblem(null)).contains("points-invalid");
    }

    @Test
    void moreThanABatchMayHoldIsRefused() {
        List<StrokePoint> many = new ArrayList<>();
        for (int i = 0; i <= StrokeGate.MAX_POINTS; i++) {
            many.add(new StrokePoint(0, 0.5, 0.5, 0.5, T + i));
        }
        assertThat(StrokeGate.pointsProblem(many)).contains("points-too-many");
        assertThat(StrokeGate.pointsProblem(many.subList(0, StrokeGate.MAX_POINTS)))
                .isEmpty();
    }
}
