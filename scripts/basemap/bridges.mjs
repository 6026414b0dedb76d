// The bridges standing in October 1917 (geo/basemap/1917/bridges.json): the extract's line where
// the 1917 bridge stood on the same site, else a line across the water between two given points.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature, metresBetween, readJson, roundLine } from './lib.mjs';
import { mergeLines } from './streets.mjs';

/**
 * The longest carriageway of the extract's ways named `name`, or of the ways `ids` where the
 * extract's bridge carries only its street's name (dual carriageways are two lines).
 */
function osmLine(roads, name, ids) {
  const wanted = ids ? (f) => ids.includes(f.properties.osm) : (f) => f.properties.name === name && f.properties.highway !== 'bridge';
  const ways = roads.features.filter(wanted).map((f) => roundLine(f.geometry.coordinates));
  if (!ways.length) throw new Error(`geo/basemap/1917/bridges.json: no way ${ids ? ids.join(', ') : `named "${name}"`} in the extract`);
  const chains = mergeLines(ways);
  const length = (l) => l.slice(1).reduce((s, p, i) => s + metresBetween(l[i], p), 0);
  return chains.sort((a, b) => length(b) - length(a))[0];
}

/** The ends of a line, each moved `metres` further out along the line's direction. */
function extended(line, metres) {
  const a = line[0];
  const b = line[line.length - 1];
  const f = metres / metresBetween(a, b);
  return [
    [a[0] - (b[0] - a[0]) * f, a[1] - (b[1] - a[1]) * f],
    [b[0] + (b[0] - a[0]) * f, b[1] + (b[1] - a[1]) * f],
  ];
}

/** The part of the straight line a→b that crosses water, reaching `reach` metres onto land at each end. */
function across([a, b], water, reach = 15) {
  const wet = (p) => water.some((w) => booleanPointInPolygon(p, w));
  const steps = Math.ceil(metresBetween(a, b));
  const at = (t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  let first = -1;
  let last = -1;
  for (let i = 0; i <= steps; i++) {
    if (wet(at(i / steps))) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) throw new Error(`geo/basemap/1917/bridges.json: the line ${JSON.stringify([a, b])} crosses no water`);
  const t0 = Math.max(0, first - reach) / steps;
  const t1 = Math.min(steps, last + reach) / steps;
  return roundLine([at(t0), at((t0 + t1) / 2), at(t1)]);
}

/** How far the extract's bridge line is extended before it is trimmed to the water: the Neva bridges' ramps are long, a canal bridge's line must not reach the next water. */
const EXTEND_M = { river: 80, canal: 30 };

export function buildBridges(roads, water) {
  const { bridges } = readJson('geo/basemap/1917/bridges.json');
  return bridges.map((b) => {
    // `reach` (metres onto each bank) is given for the canal bridges: over a canal 20–40 m wide the Neva's 15 m would be most of the line.
    const extension = b.reach ? EXTEND_M.canal : EXTEND_M.river;
    const ends = b.position === 'osm' ? extended(osmLine(roads, b.osm, b.osmWays), extension) : b.across;
    const line = across(ends, water, b.reach ?? 15);
    return feature(b.id, { type: 'LineString', coordinates: line }, { name: { en: b.en, ru: b.ru }, built: b.built, form: b.form, over: b.over, note: b.note });
  });
}
