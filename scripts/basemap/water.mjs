// The water of October 1917: inside the covered box the OpenStreetMap extract
// (geo/basemap/source/water.geojson) with the corrections of geo/basemap/1917/water.json, and
// the hand-drawn 1917 shoreline of hand-water.mjs where the extract has no water.
import area from '@turf/area';
import union from '@turf/union';
import { featureCollection } from '@turf/helpers';
import { channel, feature, readJson, ring, simplifyRing, toXY } from './lib.mjs';
import { HAND_CHANNELS, HAND_RIVERS } from './hand-water.mjs';

/** Simplification tolerance in metres, by kind: a canal 20 m wide keeps its walls to a metre. */
const TOLERANCE = { river: 1.5, strait: 1, canal: 0.8, pond: 1, gulf: 5 };

const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

function tidy(geometry, kind) {
  const polys = polygonsOf(geometry).map((p) => p.map((r, i) => ring(simplifyRing(r, TOLERANCE[kind]), i > 0)));
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

/** A centre line through the points of a street's carriageways: the mean position every 25 m along their axis. */
export function centreLine(lines, extendMetres = 0) {
  const points = lines.flat();
  const [first, last] = [points[0], points[0]];
  let a = first;
  let b = last;
  let best = -1;
  for (const p of points)
    for (const q of points) {
      const [px, py] = toXY(p);
      const [qx, qy] = toXY(q);
      const d = Math.hypot(px - qx, py - qy);
      if (d > best) [best, a, b] = [d, p, q];
    }
  if (a[0] > b[0]) [a, b] = [b, a];
  const [ax, ay] = toXY(a);
  const [bx, by] = toXY(b);
  const ux = (bx - ax) / best;
  const uy = (by - ay) / best;
  const bins = new Map();
  for (const p of points) {
    const [x, y] = toXY(p);
    const t = Math.round(((x - ax) * ux + (y - ay) * uy) / 25);
    const bin = bins.get(t) ?? [0, 0, 0];
    bins.set(t, [bin[0] + p[0], bin[1] + p[1], bin[2] + 1]);
  }
  const line = [...bins.entries()].sort((x, y) => x[0] - y[0]).map(([, [lon, lat, k]]) => [lon / k, lat / k]);
  if (extendMetres > 0) {
    const dLon = (extendMetres * ux) / toXY([1, 0])[0];
    const dLat = (extendMetres * uy) / toXY([0, 1])[1];
    line.unshift([line[0][0] - dLon, line[0][1] - dLat]);
    line.push([line[line.length - 1][0] + dLon, line[line.length - 1][1] + dLat]);
  }
  return line;
}

export function buildWater(source, roads) {
  const corrections = readJson('geo/basemap/1917/water.json');
  /** id → { kind, name, parts } */
  const bodies = new Map();
  const put = (id, kind, name, geometry) => {
    const body = bodies.get(id) ?? { kind, name, parts: [] };
    body.parts.push({ type: 'Feature', properties: {}, geometry });
    bodies.set(id, body);
  };
  for (const f of source.features) {
    if (corrections.drop[f.id]) continue;
    const osmName = f.properties.name;
    const named = osmName ? corrections.names[osmName] : corrections.unnamed[f.id];
    if (osmName && !named) throw new Error(`water ${f.id} "${osmName}" has no entry in geo/basemap/1917/water.json names`);
    if (named) put(named.id, named.kind, { en: named.en, ru: named.ru }, f.geometry);
    else if (area(f) >= corrections.minUnnamedArea) put(`pond-${f.id.replace(/\D/g, '')}`, 'pond', { en: 'Pond', ru: 'Пруд' }, f.geometry);
  }
  for (const add of corrections.add) {
    const ways = roads.features.filter((r) => r.properties.name === add.alongStreet).map((r) => r.geometry.coordinates);
    if (!ways.length) throw new Error(`geo/basemap/1917/water.json: no street "${add.alongStreet}" in the extract for ${add.id}`);
    put(add.id, add.kind, { en: add.en, ru: add.ru }, channel(centreLine(ways, 30), add.widthMetres));
  }
  for (const [id, kind, name, geometry] of [...HAND_RIVERS, ...HAND_CHANNELS]) put(id, kind, name, geometry);

  const features = [];
  for (const [id, { kind, name, parts }] of [...bodies.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const merged = parts.length === 1 ? parts[0] : union(featureCollection(parts));
    features.push(feature(id, tidy(merged.geometry, kind), { kind, name }));
  }
  return features;
}
