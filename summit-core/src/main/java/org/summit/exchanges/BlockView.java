package org.summit.exchanges;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.summit.shared.LocalizedText;

/**
 * An exchange block with the organisers' settings: its session, the meeting length, the place's name, its tables,
 * and the slots the meeting length cuts it into (from its start; a remainder too short for a meeting is unused).
 */
public record BlockView(
        ProgrammeSession session, int meetingMinutes, LocalizedText place, List<ExchangeTable> tables, long version) {

    /** The slots' starts and ends, in order. */
    public List<LocalDateTime[]> slots() {
        List<LocalDateTime[]> slots = new ArrayList<>();
        LocalDateTime start = session.startsAt();
        while (!start.plusMinutes(meetingMinutes).isAfter(session.endsAt())) {
            slots.add(new LocalDateTime[] {start, start.plusMinutes(meetingMinutes)});
            start = start.plusMinutes(meetingMinutes);
        }
        return slots;
    }

    /** Whether a meeting from {@code startsAt} is one of the slots. */
    public boolean isSlotStart(LocalDateTime startsAt) {
        return slots().stream().anyMatch(slot -> slot[0].equals(startsAt));
    }
}
