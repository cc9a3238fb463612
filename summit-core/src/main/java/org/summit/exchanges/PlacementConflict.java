package org.summit.exchanges;

import java.util.Map;
import java.util.UUID;
import org.summit.shared.ProblemCode;

/** A placed exchange that breaks a rule now, with the code of the first rule it breaks and that code's args. */
public record PlacementConflict(UUID exchangeId, ProblemCode code, Map<String, Object> args) {}
