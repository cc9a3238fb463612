package org.summit.notifications.projections;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A summit: the time zone its sessions' and exchanges' local times are in. */
@MappedEntity("notifications_summit")
record SummitCopy(@Id String summitId, String nameZhHant, String nameEn, String timeZone, Instant updatedAt) {}
