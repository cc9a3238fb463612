package org.summit.agenda;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.summit.shared.ConflictException;
import org.summit.shared.NotFoundException;
import org.summit.shared.outbox.Outbox;

/** Sets up and revises summits; every change is saved together with its event in one transaction. */
@Singleton
public class SummitService {

    private final SummitRepository summits;
    private final Outbox outbox;
    private final Clock clock;

    SummitService(SummitRepository summits, Outbox outbox, Clock clock) {
        this.summits = summits;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Summit create(SummitDetails details) {
        Summit summit = summits.save(Summit.create(UUID.randomUUID(), details, clock.instant()));
        outbox.append(summit.created());
        return summit;
    }

    /**
     * Replaces a summit's details.
     *
     * @param expectedVersion the version the organiser edited; a different current version means somebody else
     *     changed the summit meanwhile, and the revision is refused rather than silently overwriting theirs
     */
    @Transactional
    public Summit revise(UUID id, long expectedVersion, SummitDetails details) {
        Summit current = find(id).orElseThrow(() -> notFound(id));
        if (current.version() != expectedVersion) {
            throw new ConflictException("Summit " + id + " is at version " + current.version() + ", not "
                    + expectedVersion + ": reload it and apply your change again");
        }
        if (current.details().equals(details)) {
            return current;
        }
        Summit revised = summits.update(current.revise(details, clock.instant()));
        outbox.append(revised.revised());
        return revised;
    }

    @Transactional(readOnly = true)
    public Optional<Summit> find(UUID id) {
        return summits.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Summit> list() {
        return summits.findAllOrderByStartsOnDesc();
    }

    /** The summit the application shows first: the latest by its first day. */
    @Transactional(readOnly = true)
    public Optional<Summit> current() {
        return summits.findFirstOrderByStartsOnDesc();
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("There is no summit " + id);
    }
}
