// Shared helpers for the basemap generator (scripts/basemap/build.mjs).
import buffer from '@turf/buffer';

export const r5 = (x) => Math.round(x * 1e5) / 1e5;

/** Rounds a ring/line to 5 decimals and drops consecutive duplicates. */
export function roundLine(coords) {
  const out = [];
  for (const [x, y] of coords) {
    const p = [r5(x), r5(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function signedArea(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

/** Closes, rounds and winds an outer ring counter-clockwise (RFC 7946). */
export function ring(coords) {
  let r = roundLine(coords);
  const a = r[0];
  const b = r[r.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) r.push([a[0], a[1]]);
  if (signedArea(r) < 0) r = r.reverse();
  return r;
}

/** A river polygon from its two banks, each given in the same direction (upstream → downstream or any). */
export function banks(left, right) {
  return { type: 'Polygon', coordinates: [ring([...left, ...[...right].reverse()])] };
}

/** A canal or small river: its centre line buffered to `width` metres. */
export function channel(centre, width) {
  const f = buffer({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: centre } }, width / 2, {
    units: 'meters',
    steps: 4,
  });
  const g = f.geometry;
  if (g.type !== 'Polygon') throw new Error('buffer did not give a polygon');
  return { type: 'Polygon', coordinates: [ring(g.coordinates[0])] };
}

export function polygon(coords) {
  return { type: 'Polygon', coordinates: [ring(coords)] };
}

export function feature(id, geometry, properties) {
  return { type: 'Feature', id, properties: { id, ...properties }, geometry };
}

export const ATTRIBUTION =
  'Hand-digitised for "Petrograd 1917" from published coordinates of bridges and landmarks and the 1917 city plan; see geo/basemap/README.md';
export const LICENSE = 'CC0-1.0 (own work); no OpenStreetMap geometry used';

export function collection(name, features, extra = {}) {
  return {
    type: 'FeatureCollection',
    name,
    attribution: ATTRIBUTION,
    license: LICENSE,
    generator: 'scripts/basemap/build.mjs',
    ...extra,
    features,
  };
}
