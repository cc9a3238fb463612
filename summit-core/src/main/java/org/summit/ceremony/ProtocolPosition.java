package org.summit.ceremony;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A city's place in the latest protocol order the ceremony has seen. */
@MappedEntity("ceremony_protocol_position")
record ProtocolPosition(@Id String cityId, int position) {}
