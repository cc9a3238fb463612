package org.summit.api.cities;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.summit.cities.Delegate;
import org.summit.shared.LocalizedText;

/**
 * A delegation member. The contact details and travel days are null unless the viewer is an organiser or belongs to
 * the delegate's own city.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Delegate")
record DelegateView(
        UUID id,
        String cityId,
        LocalizedText name,
        LocalizedText title,
        List<String> languages,
        boolean needsInterpretation,
        long version,
        @Nullable String email,
        @Nullable String phone,
        @Nullable LocalDate arrivesOn,
        @Nullable LocalDate departsOn,
        @Nullable String preferredLanguage) {

    static DelegateView of(Delegate delegate, boolean privateDetails) {
        return new DelegateView(
                delegate.id(),
                delegate.cityId(),
                delegate.name(),
                delegate.title(),
                delegate.languageList(),
                delegate.needsInterpretation(),
                delegate.version(),
                privateDetails ? delegate.email() : null,
                privateDetails ? delegate.phone() : null,
                privateDetails ? delegate.arrivesOn() : null,
                privateDetails ? delegate.departsOn() : null,
                privateDetails ? delegate.preferredLanguage() : null);
    }
}
