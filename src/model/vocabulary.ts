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

/** The map's bounds: the city of 1917 and a margin. The visitor cannot pan past them; control areas are drawn inside them. */
export const MAP_BOUNDS = { west: 30.14, east: 30.5, south: 59.855, north: 60.02 } as const;
/** MAP_BOUNDS as the box [west, south, east, north] of GeoJSON, for the control areas. */
export const CONTROL_BBOX: [number, number, number, number] = [MAP_BOUNDS.west, MAP_BOUNDS.south, MAP_BOUNDS.east, MAP_BOUNDS.north];
