package org.summit.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.UUID;

final class DeviceRepositories {

    private DeviceRepositories() {}

    @JdbcRepository(dialect = Dialect.H2)
    interface Pairings extends CrudRepository<DevicePairing, String> {

        /** Uses the code if it still can be; 1 if this call used it. */
        @Query("UPDATE accounts_device_pairing SET used_at = :now, device_id = :deviceId WHERE code_hash = :codeHash"
                + " AND used_at IS NULL AND expires_at > :now")
        int use(String codeHash, UUID deviceId, Instant now);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Devices extends CrudRepository<Device, UUID> {

        /** 1 if the device is paired at {@code now} (neither revoked nor expired), else 0. */
        @Query("SELECT COUNT(*) FROM accounts_device WHERE id = :id AND revoked_at IS NULL AND expires_at > :now")
        long countActive(UUID id, Instant now);
    }
}
