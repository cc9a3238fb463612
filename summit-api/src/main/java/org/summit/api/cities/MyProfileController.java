package org.summit.api.cities;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.summit.accounts.Role;
import org.summit.api.web.ProblemResponses;
import org.summit.cities.CitiesService;
import org.summit.cities.Delegate;
import org.summit.shared.CityCode;

/**
 * A delegate's own profile in their city's delegation, found by their account's city and e-mail. The e-mail is the
 * account's login, so a delegate cannot change it here; organisers can.
 */
@Controller("/api/delegates/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.DELEGATE)
@ProblemResponses
@Tag(name = "Cities")
class MyProfileController {

    private final CitiesService cities;
    private final CitiesAccess access;

    MyProfileController(CitiesService cities, CitiesAccess access) {
        this.cities = cities;
        this.access = access;
    }

    @Get
    @Operation(
            summary = "My profile in my city's delegation, with its private details (delegate); 404 while the account"
                    + " is not on its city's delegation list")
    DelegateView find(Authentication delegate) {
        return DelegateView.of(access.self(delegate), true);
    }

    @Put
    @Operation(
            summary = "Edit my profile (delegate)",
            description = "Send the version you edited; the e-mail stays the account's. Publishes DelegateUpdated.")
    DelegateView revise(Authentication delegate, @Body DelegateRequest request) {
        Delegate self = access.self(delegate);
        return DelegateView.of(
                cities.reviseDelegate(
                        new CityCode(self.cityId()),
                        self.id(),
                        request.version(),
                        request.toProfileKeeping(self.email())),
                true);
    }
}
