// Shared helpers for the basemap build (scripts/basemap/build.mjs): rounding, rings, metric
// simplification, features and the files' headers.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import buffer from '@turf/buffer';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** The box inside which the OpenStreetMap extract is complete: [west, south, east, north]. */
export const COVERED_BOX = [30.275, 59.905, 30.4, 59.965];

export const r5 = (x) => Math.round(x * 1e5) / 1e5;

/** Rounds a ring/line to 5 decimals (≈ 1 m) and drops consecutive duplicates. */
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

/** Closes and rounds a ring and winds it counter-clockwise (outer) or clockwise (hole), as RFC 7946 asks. */
export function ring(coords, hole = false) {
  let r = roundLine(coords);
  const a = r[0];
  const b = r[r.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) r.push([a[0], a[1]]);
  if (signedArea(r) < 0 !== hole) r = r.reverse();
  return r;
}

// ——— metres: a local equirectangular projection (error < 0.3 % across the city) ———
const LAT0 = 59.94;
export const KX = 111320 * Math.cos((LAT0 * Math.PI) / 180);
export const KY = 110574 + (111694 - 110574) * Math.sin((LAT0 * Math.PI) / 180) ** 2;
export const toXY = ([lon, lat]) => [lon * KX, lat * KY];
export const metresBetween = (a, b) => Math.hypot((a[0] - b[0]) * KX, (a[1] - b[1]) * KY);

function segmentDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = dx || dy ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/**
 * Douglas–Peucker in metres (turf's simplify works in degrees, which at 60° N are twice as long
 * east–west as north–south). Keeps the first and last position.
 */
export function simplifyLine(coords, toleranceMetres) {
  if (coords.length <= 2) return coords;
  const xy = coords.map(toXY);
  const keep = new Uint8Array(coords.length);
  keep[0] = keep[coords.length - 1] = 1;
  const stack = [[0, coords.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let worst = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(xy[i], xy[first], xy[last]);
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (worst > toleranceMetres) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return coords.filter((_, i) => keep[i]);
}

/** Simplifies a closed ring; a ring that would fall below four positions is kept as it was. */
export function simplifyRing(coords, toleranceMetres) {
  const open = coords.slice(0, -1);
  // Split the ring at its farthest pair so that both halves have fixed ends.
  let far = 0;
  let best = -1;
  for (let i = 1; i < open.length; i++) {
    const d = metresBetween(open[0], open[i]);
    if (d > best) {
      best = d;
      far = i;
    }
  }
  const a = simplifyLine(open.slice(0, far + 1), toleranceMetres);
  const b = simplifyLine([...open.slice(far), open[0]], toleranceMetres);
  const out = [...a, ...b.slice(1)];
  return out.length >= 4 ? out : coords;
}

/** A canal or small river: its centre line buffered to `width` metres. */
export function channel(centre, width) {
  const f = buffer({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: centre } }, width / 2, {
    units: 'meters',
    steps: 4,
  });
  if (f.geometry.type !== 'Polygon') throw new Error('buffer did not give a polygon');
  return { type: 'Polygon', coordinates: [ring(f.geometry.coordinates[0])] };
}

/** A river polygon from its two banks, each given in the same direction. */
export function banks(left, right) {
  return { type: 'Polygon', coordinates: [ring([...left, ...[...right].reverse()])] };
}

export function polygon(coords) {
  return { type: 'Polygon', coordinates: [ring(coords)] };
}

export function feature(id, geometry, properties) {
  return { type: 'Feature', id, properties: { id, ...properties }, geometry };
}

/** An id from a name: lowercase ASCII letters, digits and single hyphens. */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';
const OSM_NOTE =
  'Derived from OpenStreetMap data (geo/basemap/source/, © OpenStreetMap contributors, ODbL 1.0) with the 1917 corrections in geo/basemap/1917/; see geo/basemap/README.md';
const OWN_NOTE = 'Drawn for "Petrograd 1917" from published sources; see geo/basemap/README.md';

/** The header of a generated file: whether it holds OSM-derived geometry decides its licence. */
export function collection(name, features, derivedFromOsm) {
  return {
    type: 'FeatureCollection',
    name,
    attribution: derivedFromOsm ? OSM_ATTRIBUTION : 'Petrograd 1917 project',
    license: derivedFromOsm ? 'ODbL-1.0' : 'CC0-1.0',
    note: derivedFromOsm ? OSM_NOTE : OWN_NOTE,
    generator: 'npm run basemap:build (scripts/basemap/build.mjs)',
    features,
  };
}

/** One feature per line: small diffs, readable, compact. */
export function stringify(fc) {
  const { features, ...head } = fc;
  const headJson = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${headJson},\n  "features": [\n${features.map((f) => '    ' + JSON.stringify(f)).join(',\n')}\n  ]\n}\n`;
}
