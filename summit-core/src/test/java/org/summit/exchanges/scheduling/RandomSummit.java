package org.summit.exchanges.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded random summit to schedule: cities with their delegates, exchanges among them (mostly two cities, some
 * three or four), one exchange block a day cut into 30-minute slots with its tables, and agenda sessions whose
 * speakers and moderators are busy. The same seed gives the same summit.
 */
final class RandomSummit {

    static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 15);

    int cities = 200;
    int meanDelegates = 5;
    int exchanges = 2000;
    int days = 2;
    int slotsPerDay = 16;
    int tablesPerBlock = 30;
    int sessions = 1000;
    int pinned = 20;
    double multilateral = 0.15;
    double interpretation = 0.2;
    double withPreferredTimes = 0.4;

    private final Random random;

    RandomSummit(long seed) {
        this.random = new Random(seed);
    }

    SchedulingProblem generate() {
        List<List<String>> delegations = new ArrayList<>();
        for (int c = 0; c < cities; c++) {
            int count = Math.max(2, meanDelegates - 2 + random.nextInt(5));
            List<String> delegates = new ArrayList<>();
            for (int d = 0; d < count; d++) {
                delegates.add(String.format("city%03d-delegate%d", c, d));
            }
            delegations.add(delegates);
        }
        List<String> everyone = delegations.stream().flatMap(List::stream).toList();

        List<Slot> slots = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            String block = "block-day" + (day + 1);
            LocalDateTime start = FIRST_DAY.plusDays(day).atTime(LocalTime.of(9, 0));
            for (int s = 0; s < slotsPerDay; s++) {
                slots.add(new Slot(
                        block + "-slot" + s, block, start.plusMinutes(30L * s), start.plusMinutes(30L * (s + 1))));
            }
            for (int t = 0; t < tablesPerBlock; t++) {
                tables.add(new Table(block + "-table" + t, block, 4 + random.nextInt(7), t % 3 == 0));
            }
        }

        List<Busy> busy = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            LocalDateTime start = FIRST_DAY
                    .plusDays(random.nextInt(days))
                    .atTime(LocalTime.of(9, 0))
                    .plusMinutes(30L * random.nextInt(2 * 9 - 1));
            LocalDateTime end = start.plusMinutes(30L * (1 + random.nextInt(3)));
            int people = 2 + random.nextInt(3);
            Set<String> speakers = new HashSet<>();
            while (speakers.size() < people) {
                speakers.add(everyone.get(random.nextInt(everyone.size())));
            }
            for (String speaker : speakers) {
                busy.add(new Busy(speaker, start, end, "session" + s));
            }
        }

        List<Meeting> meetings = new ArrayList<>();
        for (int e = 0; e < exchanges; e++) {
            int cityCount = random.nextDouble() < multilateral ? 3 + random.nextInt(2) : 2;
            Set<Integer> involved = new LinkedHashSet<>();
            while (involved.size() < cityCount) {
                involved.add(random.nextInt(cities));
            }
            int members = 2 + random.nextInt(5);
            Set<String> participants = new LinkedHashSet<>();
            for (int city : involved) {
                participants.add(pick(delegations.get(city)));
            }
            while (participants.size() < Math.max(members, cityCount) && participants.size() < 6) {
                participants.add(pick(delegations.get(pickOf(involved))));
            }
            List<TimeRange> preferred = new ArrayList<>();
            if (random.nextDouble() < withPreferredTimes) {
                LocalDate day = FIRST_DAY.plusDays(random.nextInt(days));
                preferred.add(
                        random.nextBoolean()
                                ? new TimeRange(day.atTime(9, 0), day.atTime(12, 30))
                                : new TimeRange(day.atTime(13, 0), day.atTime(17, 0)));
            }
            meetings.add(new Meeting(
                    String.format("exchange%04d", e),
                    participants,
                    random.nextDouble() < interpretation,
                    preferred,
                    null,
                    null));
        }
        pin(meetings, slots, tables, busy);
        return new SchedulingProblem(meetings, slots, tables, busy);
    }

    /** Pins the first meetings at places that are free and suit them, as an organiser would by hand. */
    private void pin(List<Meeting> meetings, List<Slot> slots, List<Table> tables, List<Busy> busy) {
        Set<String> takenPlaces = new HashSet<>();
        Set<String> takenPeople = new HashSet<>();
        int done = 0;
        for (int i = 0; i < meetings.size() && done < pinned; i++) {
            Meeting meeting = meetings.get(i);
            Slot slot = slots.get(random.nextInt(slots.size()));
            for (Table table : tables) {
                boolean suits = table.blockId().equals(slot.blockId())
                        && table.capacity() >= meeting.participantIds().size()
                        && (!meeting.interpretation() || table.interpretation())
                        && !takenPlaces.contains(slot.id() + table.id())
                        && meeting.participantIds().stream().noneMatch(p -> takenPeople.contains(slot.id() + p))
                        && busy.stream()
                                .noneMatch(b -> meeting.participantIds().contains(b.participantId())
                                        && b.startsAt().isBefore(slot.endsAt())
                                        && slot.startsAt().isBefore(b.endsAt()));
                if (suits) {
                    takenPlaces.add(slot.id() + table.id());
                    meeting.participantIds().forEach(p -> takenPeople.add(slot.id() + p));
                    Placement place = new Placement(slot.id(), table.id());
                    meetings.set(
                            i,
                            new Meeting(
                                    meeting.id(),
                                    meeting.participantIds(),
                                    meeting.interpretation(),
                                    meeting.preferred(),
                                    place,
                                    place));
                    done++;
                    break;
                }
            }
        }
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private int pickOf(Set<Integer> set) {
        int index = random.nextInt(set.size());
        return set.stream().skip(index).findFirst().orElseThrow();
    }
}
