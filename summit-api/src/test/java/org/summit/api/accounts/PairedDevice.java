package org.summit.api.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import java.util.HashMap;
import java.util.Map;

/** A tablet or screen paired through the API, as staff and the device do it; its requests carry its credential. */
public record PairedDevice(String token) {

    /** Pairs a tablet (for the ceremony's signatory) or a screen for the test ceremony. */
    public static PairedDevice pair(HttpClient http, LoggedIn staff, String kind, TestCeremony ceremony) {
        Map<String, Object> pairing = new HashMap<>(Map.of("kind", kind, "ceremonyId", ceremony.ceremonyId()));
        if (kind.equals("tablet")) {
            pairing.put("signatoryId", ceremony.signatoryId());
        }
        Map<?, ?> code =
                http.toBlocking().retrieve(staff.send(HttpRequest.POST("/api/devices/pairings", pairing)), Map.class);
        Map<?, ?> credential = http.toBlocking()
                .retrieve(HttpRequest.POST("/api/devices/pair", Map.of("code", code.get("code"))), Map.class);
        return new PairedDevice((String) credential.get("token"));
    }

    public <T> MutableHttpRequest<T> send(MutableHttpRequest<T> request) {
        return request.bearerAuth(token);
    }
}
