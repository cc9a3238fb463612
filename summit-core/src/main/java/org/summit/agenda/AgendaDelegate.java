package org.summit.agenda;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/**
 * A delegate as the agenda knows them from the cities events: who may speak or moderate, in which languages, and
 * whether their city has withdrawn. Never read from the cities context's tables.
 */
@MappedEntity("agenda_delegate")
public record AgendaDelegate(
        @Id UUID id,
        String cityId,
        String nameZhHant,
        String nameEn,
        String email,
        String languages,
        boolean needsInterpretation,
        boolean cityWithdrawn,
        Instant updatedAt) {

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }

    public List<String> languageTags() {
        return languages.isEmpty() ? List.of() : Arrays.asList(languages.split(","));
    }

    /** Whether the delegate speaks the language of a tag such as zh-Hant or en (its primary subtag). */
    boolean speaks(String primary) {
        return languageTags().stream().anyMatch(tag -> tag.split("-")[0].equalsIgnoreCase(primary));
    }

    AgendaDelegate withdrawn(Instant now) {
        return new AgendaDelegate(id, cityId, nameZhHant, nameEn, email, languages, needsInterpretation, true, now);
    }
}
