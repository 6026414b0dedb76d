// The built-up city of October 1917, toned between the streets as on the period plans: the land
// within BLOCK_REACH metres of a traced street, less the water and the parks. Only the main
// streets are traced, so this is the extent of the built-up centre, not each block's outline:
// the streets drawn over it divide it into blocks.
import buffer from '@turf/buffer';
import difference from '@turf/difference';
import union from '@turf/union';
import { featureCollection, lineString, multiPolygon, polygon as turfPolygon } from '@turf/helpers';
import { feature, ring, simplifyRing } from './lib.mjs';

/** How far the built-up ground reaches from a traced street: about half a block of the centre. */
const BLOCK_REACH = 110;
/** The outline is drawn at zoom 12–17 under streets: 4 m is detail enough. */
const TOLERANCE = 4;

const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

export function buildBlocks(streets, water, parks) {
  const lines = streets.map((s) => lineString(s.geometry.coordinates));
  // Union in groups, then the groups: one union of 600 buffers at once is far slower.
  let built;
  for (let i = 0; i < lines.length; i += 40) {
    const part = lines.slice(i, i + 40).map((l) => buffer(l, BLOCK_REACH, { units: 'meters', steps: 4 }));
    const merged = part.length > 1 ? union(featureCollection(part)) : part[0];
    built = built ? union(featureCollection([built, merged])) : merged;
  }
  // Simplified before the water and parks are taken out, so that the cut (whose edges are the
  // banks, already simplified) leaves clean rings that do not cross themselves.
  const simple = polygonsOf(built.geometry).map((p) => p.map((r, i) => ring(simplifyRing(r, TOLERANCE), i > 0)).filter((r) => r.length >= 4));
  const holes = [...water, ...parks].flatMap((f) => polygonsOf(f.geometry));
  const cut = difference(featureCollection([multiPolygon(simple.filter((p) => p.length > 0)), multiPolygon(holes)]));
  const polys = polygonsOf(cut.geometry)
    .map((p) => p.map((r, i) => ring(r, i > 0)))
    .filter((p) => p[0].length >= 4);
  const geometry = polys.length === 1 ? turfPolygon(polys[0]).geometry : multiPolygon(polys).geometry;
  return [feature('built-up-1917', geometry, { kind: 'built', name: { en: 'Built-up city', ru: 'Застроенная часть города' } })];
}
