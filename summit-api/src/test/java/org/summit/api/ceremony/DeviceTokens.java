package org.summit.api.ceremony;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import java.util.HashMap;
import java.util.Map;
import org.summit.api.accounts.LoggedIn;

/** A tablet or screen paired as staff and the device do it: a code issued, then exchanged for the device's token. */
final class DeviceTokens {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private DeviceTokens() {}

    /** Pairs a device of {@code kind} for the ceremony (and, for a tablet, the signatory); its bearer token. */
    static String pair(HttpClient http, LoggedIn staff, String kind, String ceremonyId, @Nullable String signatoryId) {
        Map<String, Object> pairing = new HashMap<>(Map.of("kind", kind, "ceremonyId", ceremonyId));
        if (signatoryId != null) {
            pairing.put("signatoryId", signatoryId);
        }
        return pair(http, staff, pairing);
    }

    /** Pairs a device with the pairing request given as is; its bearer token. */
    static String pair(HttpClient http, LoggedIn staff, Map<String, Object> pairing) {
        Map<String, Object> code =
                http.toBlocking().retrieve(staff.send(HttpRequest.POST("/api/devices/pairings", pairing)), JSON);
        return (String) http.toBlocking()
                .retrieve(HttpRequest.POST("/api/devices/pair", Map.of("code", code.get("code"))), JSON)
                .get("token");
    }
}
