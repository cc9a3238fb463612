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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.summit.accounts.Account;
import org.summit.accounts.Role;
import org.summit.api.web.Problem;
import org.summit.cities.CitiesService;
import org.summit.cities.Delegate;
import org.summit.shared.InvalidInputException;
import org.summit.shared.NotFoundException;

/**
 * A delegate's own profile in their city's delegation, found by their account's city and e-mail. The e-mail is the
 * account's login, so a delegate cannot change it here; organisers can.
 */
@Controller("/api/delegates/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.DELEGATE)
@Tag(name = "Cities")
class MyProfileController {

    private final CitiesService cities;
    private final Viewers viewers;

    MyProfileController(CitiesService cities, Viewers viewers) {
        this.cities = cities;
        this.viewers = viewers;
    }

    @Get
    @Operation(summary = "My profile in my city's delegation, with its private details (delegate)")
    @ApiResponse(responseCode = "200", description = "The profile")
    @ApiResponse(
            responseCode = "404",
            description = "The account is not on its city's delegation list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    DelegateView find(Authentication delegate) {
        return DelegateView.of(self(delegate), true);
    }

    @Put
    @Operation(
            summary = "Edit my profile (delegate)",
            description = "Send the version you edited; the e-mail stays the account's. Publishes DelegateUpdated.")
    DelegateView revise(Authentication delegate, @Valid @Body DelegateRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "version is required: send the version you edited");
        }
        Delegate self = self(delegate);
        return DelegateView.of(
                cities.reviseDelegate(
                        self.cityId(), self.id(), request.version(), request.toProfileKeeping(self.email())),
                true);
    }

    private Delegate self(Authentication delegate) {
        Account account = viewers.account(delegate).orElseThrow(MyProfileController::notListed);
        return cities.delegateByEmail(account.email())
                .filter(found -> found.cityId().equals(account.cityId()))
                .orElseThrow(MyProfileController::notListed);
    }

    private static NotFoundException notListed() {
        return new NotFoundException("Your account is not on your city's delegation list yet: ask an organiser");
    }
}
