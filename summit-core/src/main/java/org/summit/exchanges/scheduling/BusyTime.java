package org.summit.exchanges.scheduling;

/** A participant's agenda session as the constraints see it: times in seconds of the local time line. */
record BusyTime(String participantId, long start, long end, String sessionId) {

    static BusyTime of(Busy busy) {
        return new BusyTime(
                busy.participantId(), Times.seconds(busy.startsAt()), Times.seconds(busy.endsAt()), busy.sessionId());
    }
}
