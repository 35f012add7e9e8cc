/**
 * The interface's words in French and English, in one place: the strings table (t), the ACLED
 * vocabulary and precision wording, coordinate provenance in words, and locale formatting.
 * Components ask here for every word they show and never test the language themselves.
 */
export { claimLabel, kindName, localized, otherLanguage, preferredLanguage, reviewStatusLabel, t, type PlainKey, type StringKey } from './strings';
export { acledTerm, caveatText, EVENT_TYPES, geoPrecisionText, placePrecisionText, timePrecisionText, type AcledField } from './acled';
export { coordSourceText, describeCoordSource, parseCoordSource, type CoordSource } from './provenance';
export { mapLibreLocale } from './maplibre-locale';
export {
  colon,
  countryName,
  formatAlternatives,
  formatDate,
  formatDecimal,
  formatElapsed,
  formatEventDate,
  formatInteger,
  formatLngLat,
  formatList,
  formatPercent,
  formatShortMonth,
  LOCALES,
  PDF_LANGUAGES,
  quote,
  quoteMarks,
  semicolon,
  type DatePrecision,
} from './format';
