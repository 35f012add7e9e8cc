/**
 * What the committed geo layers are made of, in one place: which Natural Earth features, which
 * width for the border zone, how much simplification and how many decimals. The derive script and
 * the tests both read these, so the tests check the same recipe the script ran.
 */

/** ISO 3166-1 numeric ids as Natural Earth (world-atlas) writes them: strings, leading zeros kept. */
export const MALI_ID = '466';
export const MAURITANIA_ID = '478';

/**
 * Countries drawn at 1:10m around the border: the 14 of West Africa and the Maghreb that frame
 * the Mali–Mauritania view. Everything else comes from the 1:110m world layer.
 */
export const REGION_COUNTRY_IDS = [
  '478', // Mauritania
  '466', // Mali
  '686', // Senegal
  '012', // Algeria
  '732', // Western Sahara
  '504', // Morocco
  '324', // Guinea
  '384', // Côte d'Ivoire
  '854', // Burkina Faso
  '562', // Niger
  '270', // The Gambia
  '624', // Guinea-Bissau
  '694', // Sierra Leone
  '430', // Liberia
] as const;

/**
 * Half-width of the border zone, in km: 50 km a side. No legal width of a
 * Mali–Mauritania « zone frontalière » was found; this is a display convention (geo/README.md).
 */
export const BORDER_ZONE_WIDTH_KM = 50;

/**
 * world-atlas quantizes every scale to a 0.0036° × ~0.0017° grid, so 4 decimals (≤ 0.00005°,
 * about 5 m) loses nothing the source has. The world layer is context seen zoomed out, already
 * simplified to about 20 km: 1 decimal (≤ 0.05°, about 5.5 km) is below that, and keeps the file
 * small (32 KB gzip instead of 40 KB with 2 decimals).
 */
export const REGION_DECIMALS = 4;
export const WORLD_DECIMALS = 1;

/** Douglas–Peucker tolerance for the regional countries, about 1 km: invisible at the border-region zoom. */
export const REGION_SIMPLIFY_TOLERANCE_DEG = 0.01;
/**
 * Tolerance for the 1:110m world, about 20 km: one pixel at zoom 3, where the world layer is
 * seen; at the border-region zoom the regional 1:10m countries are drawn over it. Without it the
 * layer is 61 KB gzip, with it 39 KB (the app's code and data share a 150 KB gzip budget).
 */
export const WORLD_SIMPLIFY_TOLERANCE_DEG = 0.2;
/** Tolerance for the border zone's outer (buffered) edge, about 500 m. */
export const ZONE_SIMPLIFY_TOLERANCE_DEG = 0.005;

export interface CapitalSpec {
  placeId: string;
  nameFr: string;
  nameEn: string;
  isoA2: string;
  capitalOf: string; // place id of the country
  lngLat: [number, number];
  geonamesId: number;
  wikidataId: string;
}

/** Coordinates and ids as GeoNames gives them, [lng, lat]. */
export const CAPITALS: readonly CapitalSpec[] = [
  { placeId: 'bamako', nameFr: 'Bamako', nameEn: 'Bamako', isoA2: 'ML', capitalOf: 'mali', lngLat: [-8.0029, 12.6392], geonamesId: 2460596, wikidataId: 'Q3703' },
  { placeId: 'nouakchott', nameFr: 'Nouakchott', nameEn: 'Nouakchott', isoA2: 'MR', capitalOf: 'mauritania', lngLat: [-15.9785, 18.0858], geonamesId: 2377450, wikidataId: 'Q3688' },
];

/** The countries the seed article names, with their external ids (GeoNames, Wikidata). */
export const ARTICLE_COUNTRIES = [
  { isoA2: 'ML', geonamesId: 2453866, wikidataId: 'Q912' },
  { isoA2: 'MR', geonamesId: 2378080, wikidataId: 'Q1025' },
  { isoA2: 'RU', geonamesId: 2017370, wikidataId: 'Q159' },
] as const;

export const BORDER_PLACE = {
  placeId: 'border-ml-mr',
  nameFr: 'Frontière entre le Mali et la Mauritanie',
  nameEn: 'Mali–Mauritania border',
  countries: ['ML', 'MR'],
} as const;
