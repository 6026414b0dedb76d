/**
 * One file of geo/ read as a collection of entries (the features of a FeatureCollection, or the
 * items of a list): parsed with positions, its shape checked, and each entry checked against
 * its schema on its own, so that one bad entry neither hides the problems of another nor drops
 * the good ones. Every problem carries the line of the value it is about.
 */
import type { z } from 'zod';
import { parseJsonText, type JsonText } from './json-text.ts';
import type { IdsOf, Path, Report } from './history-checks.ts';

export interface Problem {
  file: string;
  /** The 1-based line of the value the problem is about; absent when the file itself is missing. */
  line?: number;
  /** The 1-based column, given for a syntax error. */
  column?: number;
  /** The feature or entry id, or `#N` (1-based) when it has none, or `-` for the file as a whole. */
  id: string;
  field: string;
  message: string;
}

/** `geo/sites.geojson:123 › smolny › geometry: …` */
export function formatProblem({ file, line, column, id, field, message }: Problem): string {
  const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
  return `${where} › ${id} › ${field}: ${message}`;
}

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

function describeIssue(issue: z.core.$ZodIssue): string {
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return typeof last === 'string' && LANGUAGE_NAMES[last] ? `missing ${LANGUAGE_NAMES[last]} translation` : 'is missing';
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (misspelt?)`;
  }
  if (issue.code === 'too_small' && typeof last === 'string' && LANGUAGE_NAMES[last]) return `missing ${LANGUAGE_NAMES[last]} translation`;
  return issue.message;
}

/** One entry of a file (a feature, or an item of a list), with a way to report its problems at their lines. */
export interface Entry {
  id: string;
  value: unknown;
  report: Report;
}

export interface Collection<T> {
  /** Every entry, also those the schema rejects (their other problems are still checked). */
  entries: Entry[];
  /** The entries that the schema accepted, with what it returned. */
  accepted: { entry: Entry; data: T }[];
  /** The ids in the file; absent when it could not be read as a collection, so that nothing is checked against it. */
  ids?: IdsOf;
}

export type Shape = 'list' | 'features';

function entryId(entry: unknown, index: number): string {
  if (entry && typeof entry === 'object') {
    const record = entry as { id?: unknown; properties?: { id?: unknown } };
    const id = record.properties?.id ?? record.id;
    if (typeof id === 'string' && id) return id.length > 64 ? `${id.slice(0, 64)}…` : id;
  }
  return `#${index + 1}`;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value && typeof value === 'object') {
    const type = (value as { type?: unknown }).type;
    return typeof type === 'string' ? `an object of "type": ${JSON.stringify(type).slice(0, 40)}` : 'an object without "type"';
  }
  return value === null ? 'null' : `a ${typeof value}`;
}

type Found = { ok: true; list: unknown[]; base: Path } | { ok: false; line: number; message: string };

/** The entries of a file, or why the file is not a usable collection (wrong type, empty). */
function entriesOf(json: JsonText, shape: Shape): Found {
  const root = json.value;
  if (shape === 'list') {
    if (!Array.isArray(root)) return { ok: false, line: 1, message: `must be a JSON list [ … ] of entries; found ${kindOf(root)}` };
    if (root.length === 0) return { ok: false, line: 1, message: 'the list is empty; the file needs at least one entry' };
    return { ok: true, list: root, base: [] };
  }
  const collection = (root ?? {}) as { type?: unknown; features?: unknown };
  if (Array.isArray(root) || typeof root !== 'object' || collection.type !== 'FeatureCollection') {
    const hint = collection.type === 'Feature' ? '; put the feature inside the "features" list of one' : '';
    return {
      ok: false,
      line: 1,
      message: `must be a GeoJSON FeatureCollection ({ "type": "FeatureCollection", "features": [ … ] }); found ${kindOf(root)}${hint}`,
    };
  }
  const line = json.lineAt(['features']);
  if (!Array.isArray(collection.features)) return { ok: false, line, message: '"features" must be a list [ … ] of features' };
  if (collection.features.length === 0) return { ok: false, line, message: 'the "features" list is empty; the file needs at least one feature' };
  return { ok: true, list: collection.features, base: ['features'] };
}

/**
 * Reads one file (its text, or undefined when it does not exist) and checks each entry against
 * the schema. A file that is missing, not JSON, of the wrong type or empty gets one problem and
 * no ids, so that references to it are not reported as unknown one by one.
 */
export function readCollection<S extends z.ZodType>(
  file: string,
  text: string | undefined,
  shape: Shape,
  schema: S,
  problems: Problem[],
): Collection<z.infer<S>> {
  const result: Collection<z.infer<S>> = { entries: [], accepted: [] };
  const whole = (message: string, line?: number, column?: number) => problems.push({ file, line, column, id: '-', field: '(file)', message });
  if (text === undefined) {
    whole(`the file is missing; the app needs it (to restore it: git checkout -- ${file})`);
    return result;
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column, reason } = parsed.error;
    whole(`is not valid JSON: ${reason} (the rest of the file is checked once this is fixed)`, line, column);
    return result;
  }
  const { json } = parsed;
  const found = entriesOf(json, shape);
  if (!found.ok) {
    whole(found.message, found.line);
    return result;
  }
  const firstSeen = new Map<string, { index: number; line: number }>();
  const what = shape === 'features' ? 'feature' : 'entry';
  found.list.forEach((value, index) => {
    const id = entryId(value, index);
    const lineAt = (path: Path) => json.lineAt([...found.base, index, ...path]);
    const report: Report = (path, message) => problems.push({ file, line: lineAt(path), id, field: formatPath(path), message });
    const entry = { id, value, report };
    result.entries.push(entry);
    const first = firstSeen.get(id);
    if (first) {
      report(
        ['id'],
        `duplicate id "${id}": ${what} #${index + 1} (line ${lineAt([])}) has the id of ${what} #${first.index + 1} (line ${first.line}); ids must be unique in the file`,
      );
    } else firstSeen.set(id, { index, line: lineAt([]) });
    const ids = (value ?? {}) as { id?: unknown; properties?: { id?: unknown } };
    if (shape === 'features' && typeof ids.id === 'string' && typeof ids.properties?.id === 'string' && ids.id !== ids.properties.id) {
      report(['id'], `feature id "${ids.id}" differs from properties.id "${ids.properties.id}"`);
    }
    const checked = schema.safeParse(value);
    if (checked.success) result.accepted.push({ entry, data: checked.data });
    else for (const issue of checked.error.issues) report(issue.path as Path, describeIssue(issue));
  });
  for (const { path, first, again } of json.repeatedFields) {
    const index = path[found.base.length];
    const entry = typeof index === 'number' ? result.entries[index] : undefined;
    const message = `"${String(path[path.length - 1])}" is written twice in one object (lines ${first} and ${again}); JSON keeps only the last, so delete one`;
    problems.push({ file, line: again, id: entry?.id ?? '-', field: formatPath(entry ? path.slice(found.base.length + 1) : path), message });
  }
  result.ids = { file, ids: new Set(result.entries.map((entry) => entry.id)) };
  return result;
}
