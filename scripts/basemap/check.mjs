// Sanity checks for geo/basemap. Run: node scripts/basemap/check.mjs
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import union from '@turf/union';
import { featureCollection } from '@turf/helpers';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'geo', 'basemap');
const load = (n) => (existsSync(join(dir, `${n}.geojson`)) ? JSON.parse(readFileSync(join(dir, `${n}.geojson`), 'utf8')) : null);
let failures = 0;
const fail = (msg) => {
  failures++;
  console.log('FAIL', msg);
};

function segInter(a, b, c, d) {
  const o = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const o1 = o(a, b, c),
    o2 = o(a, b, d),
    o3 = o(c, d, a),
    o4 = o(c, d, b);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true;
  const on = (p, q, r) => Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  if (o1 === 0 && on(a, b, c)) return true;
  if (o2 === 0 && on(a, b, d)) return true;
  if (o3 === 0 && on(c, d, a)) return true;
  if (o4 === 0 && on(c, d, b)) return true;
  return false;
}
function ringSelfIntersections(r) {
  const n = r.length - 1;
  const hits = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      if (segInter(r[i], r[i + 1], r[j], r[j + 1])) hits.push([i, j, r[i]]);
    }
  return hits;
}
const rings = (g) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

const water = load('water');
let vertices = 0;
for (const f of water.features) {
  if (f.id !== f.properties.id) fail(`${f.id}: id mismatch`);
  for (const r of rings(f.geometry)) {
    vertices += r.length;
    const h = ringSelfIntersections(r);
    if (h.length) fail(`${f.id}: ring self-intersects at ${JSON.stringify(h.slice(0, 3))}`);
  }
}
console.log(`water: ${water.features.length} features, ${vertices} vertices`);

// One connected water body
const u = union(featureCollection(water.features));
const parts = u.geometry.type === 'Polygon' ? 1 : u.geometry.coordinates.length;
if (parts !== 1) {
  fail(`union of water has ${parts} parts`);
  if (u.geometry.type === 'MultiPolygon') u.geometry.coordinates.forEach((p, i) => console.log('  part', i, p[0].length, p[0][0]));
} else console.log('union of all water: one polygon, holes:', u.geometry.coordinates.length - 1);
for (const f of water.features) {
  const rest = water.features.filter((g) => g !== f);
  const ur = union(featureCollection([...rest, f]));
  void ur;
}
const inWater = (pt) => water.features.filter((f) => booleanPointInPolygon(pt, f)).map((f) => f.id);

const land = {
  'Winter Palace': [30.3146, 59.9398],
  Smolny: [30.3955, 59.9464],
  'Kazan Cathedral': [30.3245, 59.9343],
  "St Isaac's": [30.3061, 59.9341],
  'Peter-Paul Cathedral': [30.3163, 59.9502],
  'Finland Station': [30.356, 59.9557],
  'Nikolaevsky Station': [30.3622, 59.93],
  'Baltic Station': [30.2996, 59.9071],
  'Warsaw Station': [30.3058, 59.909],
  'Tsarskoselsky Station': [30.329, 59.9198],
  'Mariinsky Palace': [30.3087, 59.9306],
  Kunstkamera: [30.3046, 59.9415],
  Admiralty: [30.3084, 59.9375],
  'Smolny Cathedral': [30.3953, 59.949],
  'Mikhailovsky Castle': [30.3377, 59.9404],
  'Marble Palace': [30.3267, 59.9452],
  'Strelka (Exchange)': [30.3045, 59.944],
  Kresty: [30.3644, 59.9537],
  'Nyenskans (Okhta cape)': [30.4069, 59.9442],
  'Rostral column S': [30.3066, 59.9432],
  'Bronze Horseman': [30.3022, 59.9364],
  'Tauride Palace': [30.3765, 59.947],
  'Mining Institute': [30.2668, 59.93],
  'Petrovsky stadium': [30.2865, 59.956],
  'Botanical Garden': [30.324, 59.971],
  Kronverk: [30.314, 59.9545],
  'Alexander Nevsky Lavra': [30.388, 59.921],
  'Academy of Arts': [30.29, 59.9375],
  'Sennaya Sq.': [30.3186, 59.9268],
  'Warsaw Station (sites)': [30.3046, 59.9071],
  'Military District HQ': [30.3197, 59.9395],
  'Tech. Institute': [30.3185, 59.9165],
};
const wet = {
  'Aurora 1917 anchorage': [30.2895, 59.9345],
  'Neva at Troitsky Br.': [30.3274, 59.9488],
  'Neva at Palace Br.': [30.3081, 59.9411],
  'Neva at Liteyny Br.': [30.349361, 59.951592],
  'Neva at Peter the Great Br.': [30.4013, 59.9427],
  'Neva off Smolny': [30.4035, 59.95],
  'Malaya Neva at Birzhevoy Br.': [30.3033, 59.9464],
  'Malaya Neva at Tuchkov Br.': [30.288, 59.9513],
  'Bolshaya Nevka at Sampsonievsky Br.': [30.33737, 59.95797],
  'Bolshaya Nevka at Grenadersky Br.': [30.3344, 59.9678],
  'Malaya Nevka at Bolshoy Petrovsky Br.': [30.2549, 59.965],
  'Bolshaya Neva off Mining Inst.': [30.266, 59.927],
  'Gulf off Gavan': [30.22, 59.935],
  'Fontanka at Anichkov Br.': [30.3436, 59.9331],
  'Moika at Blue Br.': [30.3086, 59.9316] /* published centre, see accuracy.mjs */,
  'Fontanka at Simeonovsky Br.': [30.34306, 59.93806],
};
for (const [name, pt] of Object.entries(land)) {
  const w = inWater(pt);
  if (w.length) fail(`land point ${name} is in ${w}`);
}
for (const [name, pt] of Object.entries(wet)) {
  const w = inWater(pt);
  if (!w.length) fail(`water point ${name} is not in water`);
}
console.log(`checked ${Object.keys(land).length} land points, ${Object.keys(wet).length} water points`);

// Bridges: both ends on land, middle in water
const bridges = load('bridges');
if (bridges) {
  for (const f of bridges.features) {
    const c = f.geometry.coordinates;
    const a = inWater(c[0]),
      b = inWater(c[c.length - 1]);
    if (a.length) fail(`bridge ${f.id}: first end in water (${a})`);
    if (b.length) fail(`bridge ${f.id}: last end in water (${b})`);
    let crosses = false;
    for (let i = 0; i < c.length - 1; i++)
      for (let t = 0.1; t < 1; t += 0.1) {
        const p = [c[i][0] + (c[i + 1][0] - c[i][0]) * t, c[i][1] + (c[i + 1][1] - c[i][1]) * t];
        if (inWater(p).length) crosses = true;
      }
    if (!crosses) fail(`bridge ${f.id}: does not cross water`);
    if (!(f.properties.built <= 1917)) fail(`bridge ${f.id}: built ${f.properties.built}`);
  }
  console.log(`checked ${bridges.features.length} bridges`);
}
for (const layer of ['labels', 'streets', 'bridges', 'railways', 'parks']) {
  const fc = load(layer);
  if (!fc) continue;
  const ids = new Set();
  for (const f of fc.features) {
    if (f.id !== f.properties.id) fail(`${layer}/${f.id}: id mismatch`);
    if (ids.has(f.id)) fail(`${layer}/${f.id}: duplicate`);
    ids.add(f.id);
    if (!f.properties.name?.en || !f.properties.name?.ru) fail(`${layer}/${f.id}: name`);
    if (layer === 'parks') for (const r of rings(f.geometry)) if (ringSelfIntersections(r).length) fail(`parks/${f.id} self-intersects`);
  }
  console.log(`${layer}: ${fc.features.length} features`);
}
// Streets: report (not fail) lengths in water
const streets = load('streets');
if (streets) {
  for (const f of streets.features) {
    if (f.properties.kind === 'embankment') continue;
    const c = f.geometry.coordinates;
    let n = 0,
      w = 0;
    for (let i = 0; i < c.length - 1; i++)
      for (let t = 0; t < 1; t += 0.1) {
        n++;
        const p = [c[i][0] + (c[i + 1][0] - c[i][0]) * t, c[i][1] + (c[i + 1][1] - c[i][1]) * t];
        if (
          inWater(p).filter(
            (id) =>
              ![
                'fontanka',
                'moika',
                'ekaterininsky-canal',
                'kryukov-canal',
                'obvodny-canal',
                'karpovka',
                'zhdanovka',
                'smolenka',
                'krestovka',
                'winter-canal',
                'swan-canal',
                'admiralteysky-canal',
                'ekateringofka',
                'okhta',
              ].includes(id),
          ).length
        )
          w++;
      }
    if (w / n > 0.05) console.log(`  note: street ${f.id} has ${Math.round((100 * w) / n)}% of samples in a river`);
  }
}
const parksFc = load('parks');
if (parksFc)
  for (const f of parksFc.features) {
    // centroid-ish check: first vertex average
    const r = rings(f.geometry)[0];
    const c = r.slice(0, -1).reduce((a, p) => [a[0] + p[0] / (r.length - 1), a[1] + p[1] / (r.length - 1)], [0, 0]);
    const w = inWater(c).filter((id) => !['swan-canal', 'winter-canal'].includes(id));
    if (w.length) fail(`park ${f.id} centre in water (${w})`);
  }
console.log(failures ? `${failures} problem(s)` : 'all checks passed');
process.exit(failures ? 1 : 0);
