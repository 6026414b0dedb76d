/**
 * The closed vocabularies of the data. Kept apart from the zod schema so that the app can use
 * them without shipping the validator (the data is validated at build time).
 */

export const SITE_KINDS = [
  'telegraph',
  'telephone',
  'post',
  'news-agency',
  'railway-station',
  'bridge',
  'bank',
  'power-station',
  'palace',
  'government',
  'military-hq',
  'party-hq',
  'fortress',
  'ship',
  'printing-house',
  'military-school',
  'barracks',
] as const;
export const STATES = ['government', 'contested', 'bolshevik'] as const;
export const ROUTE_KINDS = ['ship', 'car', 'foot', 'column', 'convoy'] as const;
export const SOURCE_TYPES = ['scholarly', 'primary', 'memoir', 'chronicle', 'encyclopedia', 'journalism'] as const;

/** Where Petrograd is: anything outside is a typo (swapped lon/lat, a stray digit). */
export const PETROGRAD_BOUNDS = { west: 30.1, east: 30.6, south: 59.8, north: 60.1 } as const;
/** Basemap geometry may reach a little further (railways leaving the city, the gulf). */
export const BASEMAP_BOUNDS = { west: 29.9, east: 30.8, south: 59.7, north: 60.2 } as const;

/** The box [west, south, east, north] inside which control areas are drawn (the map's bounds). */
export const CONTROL_BBOX: [number, number, number, number] = [30.14, 59.855, 30.5, 60.02];
