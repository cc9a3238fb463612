package org.summit.api.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;
import org.summit.accounts.Role;

/**
 * {@code GET /health}: the status ({@code {"status":"UP"}}) to everyone, so that load balancers and monitors can
 * probe it; the details (the JDBC URL with its file path, disk sizes, the Kafka cluster id and versions) only to
 * organisers. Micronaut shows them to any logged-in principal, which here includes delegates and paired devices.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
public class OrganiserHealthEndpoint extends HealthEndpoint {

    OrganiserHealthEndpoint(
            HealthAggregator<HealthResult> healthAggregator,
            HealthIndicator[] healthIndicators,
            @Liveness HealthIndicator[] livenessHealthIndicators) {
        super(healthAggregator, healthIndicators, livenessHealthIndicators);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        boolean organiser = principal instanceof Authentication authentication
                && authentication.getRoles().contains(Role.Names.ORGANISER);
        return organiser ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }
}
