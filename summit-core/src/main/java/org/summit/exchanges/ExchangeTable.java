package org.summit.exchanges;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/** A table of an exchange block: one meeting at a time, up to its capacity, with interpretation or not. */
@MappedEntity("exchanges_table")
public record ExchangeTable(
        @Id UUID id,
        UUID blockId,
        int position,
        String nameZhHant,
        String nameEn,
        int capacity,
        boolean interpretation) {

    public static final int MIN_CAPACITY = 2;
    public static final int MAX_CAPACITY = 100;
    public static final int MAX_PER_BLOCK = 200;

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }
}
