/**
 * Validation a curator can act on: every problem in every file at once, each naming the file,
 * the feature id, the field and the reason. Pure: it is handed file texts, it reads no disk.
 */
import type { z } from 'zod';
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
  type SourceRef,
} from './schema.ts';
import { isInWindow, parseMoment, type Moment } from './time.ts';

export interface Problem {
  file: string;
  /** The feature or entry id, or `#N` (1-based) when it has none, or `-` for the file as a whole. */
  id: string;
  field: string;
  message: string;
}

export function formatProblem({ file, id, field, message }: Problem): string {
  return `${file} › ${id} › ${field}: ${message}`;
}

export const HISTORY_FILES = {
  sites: 'geo/sites.geojson',
  events: 'geo/events.json',
  routes: 'geo/routes.geojson',
  sources: 'geo/sources.json',
} as const;

export const basemapFile = (layer: BasemapLayerName) => `geo/basemap/${layer}.geojson`;

/** The text of each file by path; `undefined` when the file does not exist. */
export type FileTexts = Record<string, string | undefined>;

type Path = readonly PropertyKey[];

/** `properties.timeline.1.at` → `timeline[1].at` (the properties wrapper is noise to a curator). */
export function formatPath(path: Path): string {
  const parts = path[0] === 'properties' && path.length > 1 ? path.slice(1) : path;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(whole entry)';
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian' };

function describeIssue(issue: z.core.$ZodIssue): { path: Path; message: string } {
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    if (typeof last === 'string' && LANGUAGE_NAMES[last]) return { path: issue.path, message: `missing ${LANGUAGE_NAMES[last]} translation` };
    return { path: issue.path, message: 'is missing' };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return { path: issue.path, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (misspelt?)` };
  }
  if (issue.code === 'too_small' && typeof last === 'string' && LANGUAGE_NAMES[last]) {
    return { path: issue.path, message: `missing ${LANGUAGE_NAMES[last]} translation` };
  }
  return { path: issue.path, message: issue.message };
}

function parseJson(file: string, text: string | undefined, problems: Problem[]): unknown {
  if (text === undefined) {
    problems.push({ file, id: '-', field: '(file)', message: 'file is missing' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({ file, id: '-', field: '(file)', message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function entryId(entry: unknown, index: number): string {
  if (entry && typeof entry === 'object') {
    const record = entry as { id?: unknown; properties?: { id?: unknown } };
    const id = record.properties?.id ?? record.id;
    if (typeof id === 'string' && id) return id;
  }
  return `#${index + 1}`;
}

/**
 * Validates each entry of an array (or each feature of a FeatureCollection) on its own, so that
 * one bad entry neither hides the problems of another nor drops the good ones.
 */
function validateEntries<S extends z.ZodType>(
  file: string,
  root: unknown,
  schema: S,
  shape: 'array' | 'features',
  problems: Problem[],
): { entries: z.infer<S>[]; ids: Set<string> } {
  const entries: z.infer<S>[] = [];
  const ids = new Set<string>();
  let list: unknown;
  if (shape === 'features') {
    const collection = root as { type?: unknown; features?: unknown } | null;
    if (!collection || typeof collection !== 'object' || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      if (root !== undefined) problems.push({ file, id: '-', field: '(file)', message: 'must be a GeoJSON FeatureCollection with a "features" array' });
      return { entries, ids };
    }
    list = collection.features;
  } else {
    list = root;
    if (!Array.isArray(list)) {
      if (root !== undefined) problems.push({ file, id: '-', field: '(file)', message: 'must be a JSON array' });
      return { entries, ids };
    }
  }
  (list as unknown[]).forEach((entry, index) => {
    const id = entryId(entry, index);
    if (ids.has(id)) problems.push({ file, id, field: 'id', message: `duplicate id "${id}" (ids must be unique in the file)` });
    ids.add(id);
    if (entry && typeof entry === 'object' && !('id' in entry) && shape === 'features') {
      // Reported by the schema as "id is missing"; nothing more to add here.
    }
    const result = schema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { path, message } = describeIssue(issue);
        problems.push({ file, id, field: formatPath(path), message });
      }
      return;
    }
    const parsed = result.data as { id?: string; properties?: { id?: string } };
    if (shape === 'features' && parsed.properties?.id !== parsed.id) {
      problems.push({ file, id, field: 'id', message: `feature id "${parsed.id}" differs from properties.id "${parsed.properties?.id}"` });
      return;
    }
    entries.push(result.data);
  });
  return { entries, ids };
}

interface Timed {
  at: string;
  earliest?: string | undefined;
  latest?: string | undefined;
  accounts?: { at?: string | undefined }[] | undefined;
}

function checkTiming(timed: Timed, prefix: string, allowOutsideWindow: boolean, report: (field: string, message: string) => void): Moment | undefined {
  const moment = (text: string | undefined) => {
    if (text === undefined) return undefined;
    const parsed = parseMoment(text);
    return parsed.ok ? parsed.moment : undefined;
  };
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const outside = (text: string) => `${text} is outside the window 1917-10-24T00:00 – 1917-10-26T24:00 (mark the entry "context": true if it is background)`;
  for (const name of ['at', 'earliest', 'latest'] as const) {
    const text = timed[name];
    const m = moment(text);
    if (text !== undefined && m !== undefined && !allowOutsideWindow && !isInWindow(m)) report(field(name), outside(text));
  }
  timed.accounts?.forEach((account, i) => {
    const m = moment(account.at);
    if (account.at !== undefined && m !== undefined && !allowOutsideWindow && !isInWindow(m)) report(field(`accounts[${i}].at`), outside(account.at));
  });
  const at = moment(timed.at);
  const earliest = moment(timed.earliest);
  const latest = moment(timed.latest);
  if (at !== undefined && earliest !== undefined && earliest > at) report(field('earliest'), `${timed.earliest} is after "at" ${timed.at}`);
  if (at !== undefined && latest !== undefined && latest < at) report(field('latest'), `${timed.latest} is before "at" ${timed.at}`);
  return at;
}

/** Calls `visit` for every source reference inside `value`, with its path. */
function eachSourceRef(value: unknown, path: Path, visit: (ref: SourceRef, path: Path) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => eachSourceRef(item, [...path, i], visit));
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'sources' && Array.isArray(child)) child.forEach((ref: SourceRef, i) => visit(ref, [...path, key, i]));
    else if (key === 'source' && (typeof child === 'string' || (child && typeof child === 'object'))) visit(child as SourceRef, [...path, key]);
    else eachSourceRef(child, [...path, key], visit);
  }
}

export interface HistoryResult {
  problems: Problem[];
  /** Present only when there are no problems. */
  data?: HistoryData;
}

export function validateHistory(files: FileTexts): HistoryResult {
  const problems: Problem[] = [];
  const read = (file: string) => parseJson(file, files[file], problems);

  const sources = validateEntries(HISTORY_FILES.sources, read(HISTORY_FILES.sources), sourceSchema, 'array', problems);
  const sites = validateEntries(HISTORY_FILES.sites, read(HISTORY_FILES.sites), siteFeatureSchema, 'features', problems);
  const events = validateEntries(HISTORY_FILES.events, read(HISTORY_FILES.events), eventSchema, 'array', problems);
  const routes = validateEntries(HISTORY_FILES.routes, read(HISTORY_FILES.routes), routeFeatureSchema, 'features', problems);

  const checkSources = (file: string, id: string, entry: unknown) =>
    eachSourceRef(entry, [], (ref, path) => {
      const sourceId = typeof ref === 'string' ? ref : ref.id;
      if (!sources.ids.has(sourceId))
        problems.push({ file, id, field: formatPath(path), message: `unknown source id "${sourceId}" (not in ${HISTORY_FILES.sources})` });
    });

  for (const site of sites.entries) {
    const { id, timeline, initial } = site.properties;
    const report = (field: string, message: string) => problems.push({ file: HISTORY_FILES.sites, id, field, message });
    let previousAt: Moment | undefined;
    let previousState = initial.state;
    timeline.forEach((change, i) => {
      const at = checkTiming(change, `timeline[${i}]`, false, report);
      if (at !== undefined && previousAt !== undefined && at <= previousAt) {
        report(`timeline[${i}].at`, `${change.at} is not after the previous change (timeline[${i - 1}]); list changes in time order`);
      }
      if (change.state === previousState) report(`timeline[${i}].state`, `"${change.state}" is no change: the site is already in that state`);
      previousAt = at ?? previousAt;
      previousState = change.state;
    });
    checkSources(HISTORY_FILES.sites, id, site);
  }

  for (const event of events.entries) {
    const report = (field: string, message: string) => problems.push({ file: HISTORY_FILES.events, id: event.id, field, message });
    checkTiming(event, '', event.context === true, report);
    if (event.site !== undefined && !sites.ids.has(event.site)) report('site', `unknown site id "${event.site}" (not in ${HISTORY_FILES.sites})`);
    if (event.site !== undefined && event.place !== undefined) report('place', 'give a site or a place, not both');
    checkSources(HISTORY_FILES.events, event.id, event);
  }

  for (const route of routes.entries) {
    const { id, start, end } = route.properties;
    const report = (field: string, message: string) => problems.push({ file: HISTORY_FILES.routes, id, field, message });
    const startAt = checkTiming({ at: start }, '', false, (_, message) => report('start', message));
    const endAt = checkTiming({ at: end }, '', false, (_, message) => report('end', message));
    if (startAt !== undefined && endAt !== undefined && endAt < startAt) report('end', `${end} is before start ${start}`);
    checkSources(HISTORY_FILES.routes, id, route);
  }

  if (problems.length > 0) return { problems };
  return { problems, data: { sites: sites.entries, events: events.entries, routes: routes.entries, sources: sources.entries } };
}

export interface BasemapResult {
  problems: Problem[];
  data?: BasemapData;
}

/** Validates the basemap layers. A layer whose file does not exist is empty, not an error. */
export function validateBasemap(files: FileTexts): BasemapResult {
  const problems: Problem[] = [];
  const data: Partial<Record<BasemapLayerName, unknown[]>> = {};
  for (const layer of BASEMAP_LAYERS) {
    const file = basemapFile(layer);
    if (files[file] === undefined) {
      data[layer] = [];
      continue;
    }
    const root = parseJson(file, files[file], problems);
    data[layer] = validateEntries(file, root, basemapSchemas[layer], 'features', problems).entries;
  }
  if (problems.length > 0) return { problems };
  return { problems, data: data as BasemapData };
}
