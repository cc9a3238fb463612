package org.summit.api.accounts;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Who is logged in, and the CSRF token that state-changing requests made with the session cookie must send in
 * the {@code X-CSRF-Token} header.
 */
@Serdeable
@Schema(name = "Session")
record SessionView(AccountView account, String csrfToken) {}
