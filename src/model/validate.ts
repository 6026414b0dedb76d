/**
 * Validation a curator can act on: every problem in every file at once, each naming the file and
 * line, the feature id, the field and the reason. Pure: it is handed file texts, it reads no disk.
 */
import type { z } from 'zod';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
  basemapSchemas,
  eventSchema,
  routeFeatureSchema,
  siteFeatureSchema,
  sourceSchema,
  BASEMAP_LAYERS,
  type BasemapData,
  type BasemapLayerName,
  type HistoryData,
} from './schema.ts';
import { readCollection, type Collection, type Entry, type Problem } from './collection.ts';
import { checkEvent, checkRoute, checkSite, type KnownIds } from './history-checks.ts';
import { ringsCrossing, round, selfIntersections } from './geometry-checks.ts';
import { Placement } from './placement-checks.ts';
import { consistencyProblems } from './consistency.ts';

export { formatPath, formatProblem, type Problem } from './collection.ts';

export const HISTORY_FILES = {
  sites: 'geo/sites.geojson',
  events: 'geo/events.json',
  routes: 'geo/routes.geojson',
  sources: 'geo/sources.json',
} as const;

export const basemapFile = (layer: BasemapLayerName) => `geo/basemap/${layer}.geojson`;

/** The text of each file by path; `undefined` when the file does not exist. */
export type FileTexts = Record<string, string | undefined>;

interface HistoryCollections {
  sites: Collection<z.infer<typeof siteFeatureSchema>>;
  events: Collection<z.infer<typeof eventSchema>>;
  routes: Collection<z.infer<typeof routeFeatureSchema>>;
  sources: Collection<z.infer<typeof sourceSchema>>;
}

/** `timeline[1].at` → `['timeline', 1, 'at']`. */
function pathOfField(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] as string) : Number(m[2])));
}

/**
 * One truth per fact (src/model/consistency.ts), once every file is valid on its own: a site
 * change and the event that tells it, a route and its events, the English and Russian texts.
 * Each problem is reported at the line of the field it names.
 */
function checkConsistency(collections: HistoryCollections, problems: Problem[]): void {
  const byFile: Record<string, { entries: Entry[]; inProperties: boolean }> = {
    [HISTORY_FILES.sites]: { entries: collections.sites.entries, inProperties: true },
    [HISTORY_FILES.events]: { entries: collections.events.entries, inProperties: false },
    [HISTORY_FILES.routes]: { entries: collections.routes.entries, inProperties: true },
    [HISTORY_FILES.sources]: { entries: collections.sources.entries, inProperties: false },
  };
  for (const problem of consistencyProblems(historyData(collections))) {
    const file = byFile[problem.file];
    const entry = file?.entries.find((e) => e.id === problem.id);
    if (!file || !entry) {
      problems.push(problem);
      continue;
    }
    const path = pathOfField(problem.field);
    entry.report(file.inProperties ? ['properties', ...path] : path, problem.message);
  }
}

function readHistory(files: FileTexts, problems: Problem[]): HistoryCollections {
  const sources = readCollection(HISTORY_FILES.sources, files[HISTORY_FILES.sources], 'list', sourceSchema, problems);
  const sites = readCollection(HISTORY_FILES.sites, files[HISTORY_FILES.sites], 'features', siteFeatureSchema, problems);
  const events = readCollection(HISTORY_FILES.events, files[HISTORY_FILES.events], 'list', eventSchema, problems);
  const routes = readCollection(HISTORY_FILES.routes, files[HISTORY_FILES.routes], 'features', routeFeatureSchema, problems);
  const known: KnownIds = { sources: sources.ids, sites: sites.ids };
  for (const { value, report } of sites.entries) checkSite(value, known, report);
  for (const { value, report } of events.entries) checkEvent(value, known, report);
  for (const { value, report } of routes.entries) checkRoute(value, known, report);
  return { sites, events, routes, sources };
}

const historyData = ({ sites, events, routes, sources }: HistoryCollections): HistoryData => ({
  sites: sites.accepted.map((a) => a.data),
  events: events.accepted.map((a) => a.data),
  routes: routes.accepted.map((a) => a.data),
  sources: sources.accepted.map((a) => a.data),
});

type BasemapCollections = { [K in BasemapLayerName]: Collection<z.infer<(typeof basemapSchemas)[K]>> };

/** Rings of an accepted polygon must not cross themselves or each other (an unclosed ring is the schema's). */
function checkRings({ report }: Entry, geometry: Polygon | MultiPolygon): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const at = (p: number, r: number) => (geometry.type === 'Polygon' ? ['geometry', 'coordinates', r] : ['geometry', 'coordinates', p, r]);
  polygons.forEach((rings, p) => {
    rings.forEach((ring, r) => {
      const crossings = selfIntersections(ring);
      if (crossings.length > 0) {
        const more = crossings.length > 1 ? ` (and ${crossings.length - 1} more)` : '';
        report(at(p, r), `the ring crosses itself at ${JSON.stringify(round(crossings[0] as Position))}${more}; a ring must not cross itself`);
      }
      for (let other = 0; other < r; other += 1) {
        const meets = ringsCrossing(rings[other] as Position[], ring);
        if (meets.length > 0) {
          report(
            at(p, r),
            `ring ${r} crosses ring ${other} at ${JSON.stringify(round(meets[0] as Position))}; a hole must lie inside the outline, apart from the other holes`,
          );
        }
      }
    });
  });
}

function readBasemap(files: FileTexts, problems: Problem[]): BasemapCollections {
  const layers: Partial<Record<BasemapLayerName, Collection<{ geometry: { type: string } }>>> = {};
  for (const layer of BASEMAP_LAYERS) {
    const file = basemapFile(layer);
    const collection = readCollection(file, files[file], 'features', basemapSchemas[layer], problems);
    for (const { entry, data } of collection.accepted) {
      if (data.geometry.type === 'Polygon' || data.geometry.type === 'MultiPolygon') checkRings(entry, data.geometry as Polygon | MultiPolygon);
    }
    layers[layer] = collection;
  }
  return layers as BasemapCollections;
}

const basemapData = (layers: BasemapCollections) =>
  Object.fromEntries(BASEMAP_LAYERS.map((layer) => [layer, layers[layer].accepted.map((a) => a.data)])) as BasemapData;

const hasProblems = (problems: readonly Problem[], file: string) => problems.some((p) => p.file === file);
const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
const positions = (value: unknown): Position[] | undefined => (Array.isArray(value) && value.length >= 2 && value.every(isPosition) ? value : undefined);
/** The fields placement needs, read from a raw entry (which may also fail the schema). */
function placed(value: unknown) {
  const { geometry, properties } = (value ?? {}) as { geometry?: { coordinates?: unknown }; properties?: { kind?: unknown; line?: unknown } };
  const point = isPosition(geometry?.coordinates) ? geometry.coordinates : undefined;
  return {
    kind: typeof properties?.kind === 'string' ? properties.kind : '',
    point,
    line: positions(geometry?.coordinates),
    siteLine: positions(properties?.line),
  };
}

/**
 * Sites, bridges and routes against the water. Skipped while the water layer has problems of
 * its own (they would show up as misplaced sites); land routes are skipped while the bridges
 * have problems (a route would seem to swim where a broken bridge stands).
 */
function checkPlacement(history: HistoryCollections, basemap: BasemapCollections, problems: Problem[]): void {
  if (hasProblems(problems, basemapFile('water'))) return;
  const water = basemap.water.accepted.map(({ data }) => ({ geometry: data.geometry as Polygon | MultiPolygon, name: data.properties.name.en }));
  const sites = history.sites.entries.map((entry) => ({ entry, ...placed(entry.value) }));
  const bridgeLines = [
    ...basemap.bridges.accepted.map(({ data }) => data.geometry.coordinates),
    ...sites.flatMap((site) => (site.kind === 'bridge' && site.siteLine ? [site.siteLine] : [])),
  ];
  const placement = new Placement(water, bridgeLines);
  for (const { entry, kind, point, siteLine } of sites) {
    if (point) placement.checkSite(kind, point, entry.report);
    if (kind === 'bridge' && siteLine) placement.checkBridge(siteLine, ['properties', 'line'], entry.report);
  }
  for (const { value, report } of basemap.bridges.entries) {
    const { line } = placed(value);
    if (line) placement.checkBridge(line, ['geometry', 'coordinates'], report);
  }
  const bridgesSound = !hasProblems(problems, basemapFile('bridges'));
  for (const { value, report } of history.routes.entries) {
    const { kind, line } = placed(value);
    if (line && (kind === 'ship' || bridgesSound)) placement.checkRoute(kind, line, report);
  }
}

/** Problems in file order (history, then the basemap layers), each file from its top. */
function sorted(problems: Problem[]): Problem[] {
  const order: string[] = [...Object.values(HISTORY_FILES), ...BASEMAP_LAYERS.map(basemapFile)];
  const rank = (p: Problem) => order.indexOf(p.file) * 1e9 + (p.line ?? 0);
  return problems
    .map((problem, i) => ({ problem, i }))
    .sort((a, b) => rank(a.problem) - rank(b.problem) || a.i - b.i)
    .map(({ problem }) => problem);
}

export interface HistoryResult {
  problems: Problem[];
  /** Present only when there are no problems. */
  data?: HistoryData;
}

/** The history files alone (sites, events, routes, sources) and the references between them. */
export function validateHistory(files: FileTexts): HistoryResult {
  const problems: Problem[] = [];
  const history = readHistory(files, problems);
  if (problems.length === 0) checkConsistency(history, problems);
  return problems.length > 0 ? { problems: sorted(problems) } : { problems, data: historyData(history) };
}

export interface BasemapResult {
  problems: Problem[];
  data?: BasemapData;
}

/** The basemap layers alone; every layer the schema declares must have its file. */
export function validateBasemap(files: FileTexts): BasemapResult {
  const problems: Problem[] = [];
  const layers = readBasemap(files, problems);
  return problems.length > 0 ? { problems: sorted(problems) } : { problems, data: basemapData(layers) };
}

export interface GeoResult {
  problems: Problem[];
  /** Both present only when there are no problems. */
  history?: HistoryData;
  basemap?: BasemapData;
}

/** Everything in geo/: each file, the references between them, and where things stand on the map. */
export function validateGeo(files: FileTexts): GeoResult {
  const problems: Problem[] = [];
  const history = readHistory(files, problems);
  const basemap = readBasemap(files, problems);
  checkPlacement(history, basemap, problems);
  if (problems.length === 0) checkConsistency(history, problems);
  if (problems.length > 0) return { problems: sorted(problems) };
  return { problems, history: historyData(history), basemap: basemapData(basemap) };
}
