package org.summit.agenda;

import io.micronaut.core.annotation.Introspected;
import org.summit.shared.LocalizedText;
import org.summit.shared.Texts;

/** A track of the programme, such as smart-city governance: its name in both languages. */
@Introspected
public record TrackDetails(LocalizedText name) {

    public TrackDetails {
        Texts.requireBilingual("name", name);
    }
}
