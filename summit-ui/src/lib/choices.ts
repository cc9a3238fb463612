import { intlLocale, type Language } from '@/lib/i18n';

/** A value a person picks by its name, e.g. `TW` shown as 臺灣 or Taiwan. */
export interface Choice {
  value: string;
  label: string;
  /** More words a search finds it by, e.g. its code and its English name. */
  keywords?: string;
}

/**
 * The ISO 3166-1 alpha-2 codes the server accepts: the JDK's `Locale.getISOCountries()` (Java 17),
 * copied here so the picker never offers a code the server refuses.
 */
export const countryCodes =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(
    ' ',
  );

function names(type: 'region' | 'language', language: Language) {
  return new Intl.DisplayNames([intlLocale(language)], { type, fallback: 'none' });
}

function byLabel(language: Language) {
  const collator = new Intl.Collator(intlLocale(language));
  return (a: Choice, b: Choice) => collator.compare(a.label, b.label);
}

// Each list is made once per language: naming 400 time zones on every render would slow typing.
const made = new Map<string, Choice[]>();

function once(key: string, make: () => Choice[]): Choice[] {
  let choices = made.get(key);
  if (!choices) {
    choices = make();
    made.set(key, choices);
  }
  return choices;
}

/** Every country, named in `language`, in that language's alphabetical order. */
export function countryChoices(language: Language): Choice[] {
  return once(`country ${language}`, () => makeCountryChoices(language));
}

function makeCountryChoices(language: Language): Choice[] {
  const local = names('region', language);
  const english = names('region', 'en');
  return countryCodes
    .map((code) => ({
      value: code,
      label: local.of(code) ?? code,
      keywords: `${code} ${english.of(code) ?? ''}`,
    }))
    .sort(byLabel(language));
}

/** The city in an IANA zone's name: `America/New_York` → New York. */
function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

/** How `language` names a time zone: its generic name and the place that names it. */
export function timeZoneName(zone: string, language: Language): string {
  try {
    const parts = new Intl.DateTimeFormat(intlLocale(language), {
      timeZone: zone,
      timeZoneName: 'longGeneric',
    }).formatToParts(new Date());
    const generic = parts.find((part) => part.type === 'timeZoneName')?.value;
    const city = zone.includes('/') ? zoneCity(zone) : '';
    if (!generic) {
      return city || zone;
    }
    return city && !generic.includes(city)
      ? language === 'zh-Hant'
        ? `${generic}（${city}）`
        : `${generic} (${city})`
      : generic;
  } catch {
    // A zone this browser does not know: its code is all there is to show.
    return zone;
  }
}

/** Every IANA time zone the browser knows (with `current`, should it not), named in `language`. */
export function timeZoneChoices(language: Language, current?: string): Choice[] {
  const zones = once(`timeZone ${language}`, () =>
    Intl.supportedValuesOf('timeZone')
      .map((zone) => ({ value: zone, label: timeZoneName(zone, language), keywords: zone }))
      .sort(byLabel(language)),
  );
  return !current || zones.some((zone) => zone.value === current)
    ? zones
    : [{ value: current, label: timeZoneName(current, language), keywords: current }, ...zones];
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The languages a delegate may speak: every ISO 639-1 language the browser can name, and Chinese
 * in its two scripts (the BCP 47 tags `zh-Hant` and `zh-Hans`), named in `language`.
 */
export function languageChoices(language: Language): Choice[] {
  return once(`language ${language}`, () => makeLanguageChoices(language));
}

function makeLanguageChoices(language: Language): Choice[] {
  const local = names('language', language);
  const english = names('language', 'en');
  const tags = ['zh-Hant', 'zh-Hans'];
  for (const first of letters) {
    for (const second of letters) {
      const tag = first + second;
      if (english.of(tag) !== undefined) {
        tags.push(tag);
      }
    }
  }
  return tags
    .map((tag) => ({
      value: tag,
      label: local.of(tag) ?? tag,
      keywords: `${tag} ${english.of(tag) ?? ''}`,
    }))
    .sort(byLabel(language));
}

/** The loopback addresses a request from the machine Summit runs on comes from. */
const loopback = new Set(['127.0.0.1', '::1', '0:0:0:0:0:0:0:1']);

/** Whether a client address is the machine Summit runs on itself. */
export function isThisComputer(address: string): boolean {
  return loopback.has(address) || address.startsWith('127.');
}
