package org.summit.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** That a delegate attends an exchange meeting of the agenda's copy ({@link ExchangeMeeting}). */
@MappedEntity("agenda_exchange_attendee")
record ExchangeAttendee(@Id @GeneratedValue @Nullable Long id, String exchangeId, String delegateId) {}
