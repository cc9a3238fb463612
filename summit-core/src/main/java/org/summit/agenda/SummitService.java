package org.summit.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.summit.shared.Changed;
import org.summit.shared.NotFoundException;
import org.summit.shared.Versions;
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
        Changed<Summit> created = Summit.create(UUID.randomUUID(), details, clock.instant());
        Summit summit = summits.save(created.state());
        outbox.appendAll(created.events());
        return summit;
    }

    /**
     * Replaces a summit's details.
     *
     * @param expectedVersion the version the organiser edited; a different current version means somebody else
     *     changed the summit meanwhile, and the revision is refused rather than silently overwriting theirs
     */
    @Transactional
    public Summit revise(UUID id, @Nullable Long expectedVersion, SummitDetails details) {
        Summit current = find(id).orElseThrow(() -> notFound(id));
        Versions.check(current.version(), expectedVersion, current.name());
        Changed<Summit> revised = current.revise(details, clock.instant());
        if (!revised.changedAnything()) {
            return current;
        }
        Summit stored = summits.update(revised.state());
        outbox.appendAll(revised.events());
        return stored;
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
        return new NotFoundException(AgendaProblem.SUMMIT_NOT_FOUND, Map.of("id", id.toString()));
    }
}
