package org.summit.api.cities;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A city with its delegation.
 *
 * @param privateDetails whether the delegates' contact details and travel days are shown to this viewer
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CityDetail")
record CityDetailView(@JsonUnwrapped CityView city, List<DelegateView> delegates, boolean privateDetails) {}
