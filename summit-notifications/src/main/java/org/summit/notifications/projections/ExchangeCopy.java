package org.summit.notifications.projections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.summit.shared.LocalizedText;

/**
 * An exchange as the exchanges events describe it: who asked whom about what, who declined, and its place in the
 * programme while it has one.
 *
 * @param invitedCityIds the cities asked, comma-separated
 * @param declinedCityIds the invited cities that declined, comma-separated
 * @param theme the declaration's theme it is about, or null when it names a subject
 * @param summitId the summit it is placed in; null while it has no place
 * @param startsAt its start, local time in the summit's zone; null while it has no place
 * @param participantIds its participants while it has a place, delegate ids, comma-separated
 * @param revision how often it moved since it got its place: its calendar event's SEQUENCE
 */
@MappedEntity("notifications_exchange")
public record ExchangeCopy(
        @Id String exchangeId,
        String requestingCityId,
        String invitedCityIds,
        String declinedCityIds,
        @Nullable String theme,
        @Nullable String subjectZhHant,
        @Nullable String subjectEn,
        boolean cancelled,
        @Nullable String summitId,
        @Nullable String titleZhHant,
        @Nullable String titleEn,
        @Nullable String placeZhHant,
        @Nullable String placeEn,
        @Nullable LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        String participantIds,
        int revision,
        Instant updatedAt) {

    /** An exchange first heard of through an event other than its request (its parties not known). */
    static ExchangeCopy unknown(String exchangeId, Instant at) {
        return new ExchangeCopy(
                exchangeId, "", "", "", null, null, null, false, null, null, null, null, null, null, null, "", 0, at);
    }

    public boolean placed() {
        return startsAt != null && endsAt != null && summitId != null;
    }

    public List<String> invited() {
        return SessionCopy.split(invitedCityIds);
    }

    public List<String> declined() {
        return SessionCopy.split(declinedCityIds);
    }

    public List<String> participants() {
        return SessionCopy.split(participantIds);
    }

    /** The subject it names, or null when it is about a theme. */
    @Nullable
    public LocalizedText subject() {
        return subjectZhHant == null && subjectEn == null ? null : LocalizedText.of(subjectZhHant, subjectEn);
    }

    /** Its title in the programme (the theme or subject with the cities), while it has a place. */
    public LocalizedText title() {
        return LocalizedText.of(titleZhHant, titleEn);
    }

    public LocalizedText place() {
        return LocalizedText.of(placeZhHant, placeEn);
    }

    /** The cities taking part: the requesting one and each invited one that did not decline. */
    public List<String> parties() {
        Set<String> parties = new LinkedHashSet<>();
        if (!requestingCityId.isBlank()) {
            parties.add(requestingCityId);
        }
        List<String> declined = declined();
        invited().stream().filter(city -> !declined.contains(city)).forEach(parties::add);
        return new ArrayList<>(parties);
    }

    ExchangeCopy declinedBy(String cityId, Instant at) {
        Set<String> all = new LinkedHashSet<>(declined());
        all.add(cityId);
        return new ExchangeCopy(
                exchangeId,
                requestingCityId,
                invitedCityIds,
                String.join(",", all),
                theme,
                subjectZhHant,
                subjectEn,
                cancelled,
                summitId,
                titleZhHant,
                titleEn,
                placeZhHant,
                placeEn,
                startsAt,
                endsAt,
                participantIds,
                revision,
                at);
    }

    ExchangeCopy placedAt(
            String summit,
            LocalizedText title,
            LocalizedText place,
            LocalDateTime start,
            LocalDateTime end,
            List<String> participants,
            Instant at) {
        return new ExchangeCopy(
                exchangeId,
                requestingCityId,
                invitedCityIds,
                declinedCityIds,
                theme,
                subjectZhHant,
                subjectEn,
                cancelled,
                summit,
                title == null ? null : title.zhHant(),
                title == null ? null : title.en(),
                place == null ? null : place.zhHant(),
                place == null ? null : place.en(),
                start,
                end,
                String.join(",", new LinkedHashSet<>(participants)),
                placed() ? revision + 1 : 0,
                at);
    }

    ExchangeCopy withoutPlace(boolean calledOff, Instant at) {
        return new ExchangeCopy(
                exchangeId,
                requestingCityId,
                invitedCityIds,
                declinedCityIds,
                theme,
                subjectZhHant,
                subjectEn,
                cancelled || calledOff,
                null,
                titleZhHant,
                titleEn,
                placeZhHant,
                placeEn,
                null,
                null,
                "",
                0,
                at);
    }
}
