package org.summit.exchanges;

import io.micronaut.core.annotation.Nullable;

/**
 * Who acts on exchanges: the account (its e-mail, recorded as who asked, answered or recorded) and the city whose
 * delegation it belongs to. A delegate acts only for their own city; an account of no city cannot take part.
 */
public record Actor(String by, @Nullable String cityId) {}
