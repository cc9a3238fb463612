package org.summit.agenda;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.summit.shared.LocalizedText;
import org.summit.shared.Texts;
import org.summit.shared.Violations;

/**
 * What an organiser says about a room of the venue: its name in both languages, how many people it holds, whether
 * simultaneous zh/en interpretation is available in it, and when it is open (optional: both times or neither, in the
 * summit's zone). A value that exists is valid; the constructor refuses every problem at once.
 */
@Introspected
public record RoomDetails(
        LocalizedText name,
        int capacity,
        boolean interpretation,
        @Nullable LocalTime opensAt,
        @Nullable LocalTime closesAt) {

    /** The largest room Summit plans for. */
    public static final int MAX_CAPACITY = 100_000;

    public RoomDetails {
        Violations problems = new Violations();
        problems.check(() -> Texts.requireBilingual("name", name));
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            problems.add("capacity", AgendaProblem.ROOM_CAPACITY_INVALID, Map.of("max", MAX_CAPACITY));
        }
        if ((opensAt == null) != (closesAt == null)) {
            problems.add(opensAt == null ? "opensAt" : "closesAt", AgendaProblem.ROOM_HOURS_INCOMPLETE);
        } else if (opensAt != null && !closesAt.isAfter(opensAt)) {
            problems.add(
                    "closesAt",
                    AgendaProblem.ROOM_HOURS_OUT_OF_ORDER,
                    Map.of("opensAt", opensAt.toString(), "closesAt", closesAt.toString()));
        }
        problems.throwIfAny();
    }

    /** The details as a person sent them: a missing capacity or interpretation flag is refused, not guessed. */
    public static RoomDetails from(
            LocalizedText name,
            @Nullable Integer capacity,
            @Nullable Boolean interpretation,
            @Nullable LocalTime opensAt,
            @Nullable LocalTime closesAt) {
        Violations problems = new Violations();
        problems.check(() -> Texts.require("capacity", capacity));
        problems.check(() -> Texts.require("interpretation", interpretation));
        // A missing number is already reported; the constructor still runs, for the rest of its problems.
        int people = capacity == null ? 0 : capacity;
        boolean interpreted = interpretation != null && interpretation;
        return problems.build(() -> new RoomDetails(name, people, interpreted, opensAt, closesAt));
    }

    /** Whether the room is open for the whole of a time of one day; a room without hours is always open. */
    boolean openFor(LocalDateTime startsAt, LocalDateTime endsAt) {
        if (opensAt == null) {
            return true;
        }
        return startsAt.toLocalDate().equals(endsAt.toLocalDate())
                && !startsAt.toLocalTime().isBefore(opensAt)
                && !endsAt.toLocalTime().isAfter(closesAt);
    }
}
