package org.summit.exchanges.scheduling;

import java.time.Duration;

/**
 * A running scheduling's best schedule so far: its score (hard: broken rules, medium: minus the meetings not placed,
 * soft: preferences missed) and how many of the meetings it places.
 */
public record Progress(Duration elapsed, long hard, long medium, long soft, int placed, int total) {}
