package org.summit.api.web;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/**
 * Reads a request's {@code Accept-Encoding} (RFC 9110 section 12.5.3), for the answers that are compressed once and
 * kept (the UI's hashed files, each release of the agenda) rather than compressed again on every request.
 */
public final class AcceptEncoding {

    private AcceptEncoding() {}

    /**
     * Whether a client that sent {@code acceptEncoding} takes {@code coding}: named, or by {@code *}, with a quality
     * above 0. No header means only the identity.
     */
    public static boolean accepts(@Nullable String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return false;
        }
        Double named = null;
        Double any = null;
        for (String entry : acceptEncoding.split(",")) {
            String[] parts = entry.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (name.equals(coding)) {
                named = quality;
            } else if (name.equals("*")) {
                any = quality;
            }
        }
        double quality = named != null ? named : any != null ? any : 0;
        return quality > 0;
    }
}
