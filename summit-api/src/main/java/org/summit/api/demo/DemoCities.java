package org.summit.api.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;

/**
 * The attendees of the 2016 summit: the cities named in its programme, with the names they write in Chinese, and
 * the delegations that came without a city named, shown as country delegations. The people are invented for the
 * demo; each city's first member heads its delegation and, where the city signs, signs the declaration.
 */
@Singleton
public class DemoCities {

    private static final LocalDate ARRIVAL = LocalDate.of(2016, 3, 22);
    private static final LocalDate DEPARTURE = LocalDate.of(2016, 3, 25);

    public record DemoCity(String code, CityDetails details, List<DelegateProfile> delegation) {}

    public static final List<DemoCity> CITIES = List.of(
            city(
                    "taipei",
                    "臺北市",
                    "Taipei City",
                    CityRole.HOST,
                    "TW",
                    "Asia/Taipei",
                    "智慧城市高峰會主辦城市",
                    "Host of the Smart City Mayors' Summit",
                    member("林志明", "Lin Chih-ming", "市長", "Mayor", "mayor@taipei.example", "zh-Hant", null),
                    member(
                            "陳怡君",
                            "Chen Yi-chun",
                            "資訊局局長",
                            "Commissioner, Department of Information Technology",
                            "it.commissioner@taipei.example",
                            "zh-Hant",
                            null)),
            city(
                    "grenoble",
                    "格勒諾布爾",
                    "Grenoble-Alpes Métropole",
                    CityRole.GUEST,
                    "FR",
                    "Europe/Paris",
                    null,
                    null,
                    member(
                            "克萊兒·馬丁",
                            "Claire Martin",
                            "都會區主席",
                            "President of the Metropolitan Area",
                            "claire.martin@grenoble.example",
                            "en",
                            "fr")),
            city(
                    "orlando",
                    "奧蘭多",
                    "Orlando",
                    CityRole.GUEST,
                    "US",
                    "America/New_York",
                    null,
                    null,
                    member("羅伯·海斯", "Robert Hayes", "市長", "Mayor", "robert.hayes@orlando.example", "en", null),
                    member(
                            "亞歷克斯·李維拉",
                            "Alex Rivera",
                            "創新長",
                            "Chief Innovation Officer",
                            "delegate.orlando@summit.demo",
                            "en",
                            "es")),
            city(
                    "eindhoven",
                    "恩荷芬",
                    "Eindhoven",
                    CityRole.GUEST,
                    "NL",
                    "Europe/Amsterdam",
                    null,
                    null,
                    member("約翰·德弗里斯", "Johan de Vries", "市長", "Mayor", "johan.devries@eindhoven.example", "en", "nl"),
                    member(
                            "珊妮·巴克",
                            "Sanne Bakker",
                            "智慧城市計畫主任",
                            "Smart City Programme Director",
                            "delegate.eindhoven@summit.demo",
                            "en",
                            "nl")),
            city(
                    "pisek",
                    "皮塞克",
                    "Písek",
                    CityRole.GUEST,
                    "CZ",
                    "Europe/Prague",
                    null,
                    null,
                    member("托馬斯·諾瓦克", "Tomáš Novák", "市長", "Mayor", "tomas.novak@pisek.example", "en", "cs")),
            city(
                    "tel-aviv",
                    "特拉維夫",
                    "Tel Aviv-Yafo",
                    CityRole.GUEST,
                    "IL",
                    "Asia/Jerusalem",
                    null,
                    null,
                    member("諾雅·利維", "Noa Levi", "副市長", "Deputy Mayor", "noa.levi@telaviv.example", "en", "he")),
            city(
                    "taoyuan",
                    "桃園市",
                    "Taoyuan City",
                    CityRole.GUEST,
                    "TW",
                    "Asia/Taipei",
                    null,
                    null,
                    member("王建國", "Wang Chien-kuo", "市長", "Mayor", "mayor@taoyuan.example", "zh-Hant", null)),
            city(
                    "taitung",
                    "臺東縣",
                    "Taitung County",
                    CityRole.GUEST,
                    "TW",
                    "Asia/Taipei",
                    null,
                    null,
                    member(
                            "黃美玲",
                            "Huang Mei-ling",
                            "縣長",
                            "County Magistrate",
                            "magistrate@taitung.example",
                            "zh-Hant",
                            null)),
            country(
                    "united-kingdom",
                    "英國代表團",
                    "United Kingdom delegation",
                    "GB",
                    "Europe/London",
                    member(
                            "詹姆斯·泰勒",
                            "James Taylor",
                            "資通訊產業代表",
                            "ICT industry representative",
                            "james.taylor@uk.example",
                            "en",
                            null)),
            country(
                    "italy",
                    "義大利代表團",
                    "Italy delegation",
                    "IT",
                    "Europe/Rome",
                    member(
                            "茱莉亞·羅馬諾",
                            "Giulia Romano",
                            "資通訊產業代表",
                            "ICT industry representative",
                            "giulia.romano@italy.example",
                            "en",
                            "it")),
            country(
                    "spain",
                    "西班牙代表團",
                    "Spain delegation",
                    "ES",
                    "Europe/Madrid",
                    member(
                            "卡洛斯·賈西亞",
                            "Carlos García",
                            "資通訊產業代表",
                            "ICT industry representative",
                            "carlos.garcia@spain.example",
                            "en",
                            "es")),
            country(
                    "malaysia",
                    "馬來西亞代表團",
                    "Malaysia delegation",
                    "MY",
                    "Asia/Kuala_Lumpur",
                    member(
                            "阿末·拉赫曼",
                            "Ahmad Rahman",
                            "資通訊產業代表",
                            "ICT industry representative",
                            "ahmad.rahman@malaysia.example",
                            "en",
                            "ms")));

    private final CitiesService cities;

    DemoCities(CitiesService cities) {
        this.cities = cities;
    }

    /**
     * Registers the demo attendees through the cities service, so their events flow like any organiser's; in one
     * transaction, so that a start that fails half-way leaves none of them and the next start loads them all.
     */
    @Transactional
    public void load() {
        for (DemoCity demo : CITIES) {
            CityCode code = new CityCode(demo.code());
            cities.register(code, demo.details());
            Delegate first = null;
            for (DelegateProfile profile : demo.delegation()) {
                Delegate delegate = cities.addDelegate(code, profile);
                first = first == null ? delegate : first;
            }
            if (first != null) {
                cities.appointHead(code, first.id());
                if (demo.details().role().signs()) {
                    cities.designateSignatory(code, first.id());
                }
            }
        }
    }

    private static DemoCity city(
            String code,
            String zhHant,
            String en,
            CityRole role,
            String country,
            String zone,
            @Nullable String descriptionZhHant,
            @Nullable String descriptionEn,
            DelegateProfile... delegation) {
        LocalizedText description =
                descriptionZhHant == null ? null : LocalizedText.of(descriptionZhHant, descriptionEn);
        return new DemoCity(
                code,
                new CityDetails(LocalizedText.of(zhHant, en), CityKind.CITY, role, country, zone, description),
                List.of(delegation));
    }

    private static DemoCity country(
            String code, String zhHant, String en, String country, String zone, DelegateProfile... delegation) {
        return new DemoCity(
                code,
                new CityDetails(LocalizedText.of(zhHant, en), CityKind.COUNTRY, CityRole.OBSERVER, country, zone, null),
                List.of(delegation));
    }

    private static DelegateProfile member(
            String nameZhHant,
            String nameEn,
            String titleZhHant,
            String titleEn,
            String email,
            String preferredLanguage,
            @Nullable String ownLanguage) {
        List<String> languages = ownLanguage == null
                ? ("zh-Hant".equals(preferredLanguage) ? List.of("zh-Hant", "en") : List.of("en"))
                : List.of(ownLanguage, "en");
        boolean needsInterpretation = !languages.contains("zh-Hant");
        boolean local = "zh-Hant".equals(preferredLanguage);
        return new DelegateProfile(
                LocalizedText.of(nameZhHant, nameEn),
                LocalizedText.of(titleZhHant, titleEn),
                languages,
                needsInterpretation,
                local ? null : ARRIVAL,
                local ? null : DEPARTURE,
                email,
                null,
                preferredLanguage);
    }
}
