/**
 * The checks of the history that a schema cannot express: times inside the window and in order,
 * ranges that hold their time, references to sources and sites that exist. They read the raw
 * entries, not the schema's output, so that an entry which also fails the schema still has all
 * its other problems reported.
 */
import { isInWindow, parseMoment, type Moment } from './time.ts';

export type Path = readonly (string | number)[];
/** Reports a problem at a path inside the entry (e.g. `['properties', 'timeline', 1, 'at']`). */
export type Report = (path: Path, message: string) => void;

type Raw = Record<string, unknown>;

const record = (value: unknown): Raw => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The moment a text names, or undefined when it is no valid time (which the schema reports). */
function momentOf(value: unknown): Moment | undefined {
  const parsed = typeof value === 'string' ? parseMoment(value) : undefined;
  return parsed?.ok ? parsed.moment : undefined;
}

const OUTSIDE = (time: string) => `${time} is outside the window 1917-10-24T00:00 – 1917-10-26T24:00 (mark the entry "context": true if it is background)`;

/** `at`, `earliest`, `latest` and each account's `at` of a timed entry at `base`; returns the moment of `at`. */
function checkTiming(timed: Raw, base: Path, allowOutsideWindow: boolean, report: Report): Moment | undefined {
  const inWindow = (value: unknown, path: Path) => {
    const moment = momentOf(value);
    if (moment !== undefined && !allowOutsideWindow && !isInWindow(moment)) report(path, OUTSIDE(value as string));
  };
  for (const name of ['at', 'earliest', 'latest']) inWindow(timed[name], [...base, name]);
  list(timed.accounts).forEach((account, i) => inWindow(record(account).at, [...base, 'accounts', i, 'at']));
  const at = momentOf(timed.at);
  const earliest = momentOf(timed.earliest);
  const latest = momentOf(timed.latest);
  if (at !== undefined && earliest !== undefined && earliest > at) report([...base, 'earliest'], `${timed.earliest} is after "at" ${timed.at}`);
  if (at !== undefined && latest !== undefined && latest < at) report([...base, 'latest'], `${timed.latest} is before "at" ${timed.at}`);
  return at;
}

/** Calls `visit` for every source reference inside `value` (a `sources` list or an account's `source`). */
function eachSourceRef(value: unknown, path: Path, visit: (id: string, path: Path) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => eachSourceRef(item, [...path, i], visit));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const refId = (ref: unknown) => text(ref) ?? text(record(ref).id);
  for (const [key, child] of Object.entries(value)) {
    if (key === 'sources' && Array.isArray(child)) {
      child.forEach((ref, i) => {
        const id = refId(ref);
        if (id !== undefined) visit(id, [...path, key, i]);
      });
    } else if (key === 'source' && refId(child) !== undefined) visit(refId(child) as string, [...path, key]);
    else eachSourceRef(child, [...path, key], visit);
  }
}

/** The ids in another file, which entries refer to. */
export interface IdsOf {
  file: string;
  ids: ReadonlySet<string>;
}

/** What entries may refer to; a file that could not be read is left out, and nothing is checked against it. */
export interface KnownIds {
  sources?: IdsOf | undefined;
  sites?: IdsOf | undefined;
}

function checkSourceRefs(entry: unknown, known: KnownIds, report: Report): void {
  const sources = known.sources;
  if (!sources) return;
  eachSourceRef(entry, [], (id, path) => {
    if (!sources.ids.has(id)) report(path, `unknown source id "${id}" (not in ${sources.file})`);
  });
}

export function checkSite(entry: unknown, known: KnownIds, report: Report): void {
  const properties = record(record(entry).properties);
  let previousAt: Moment | undefined;
  let previousState = text(record(properties.initial).state);
  list(properties.timeline).forEach((raw, i) => {
    const change = record(raw);
    const base = ['properties', 'timeline', i];
    const at = checkTiming(change, base, false, report);
    if (at !== undefined && previousAt !== undefined && at <= previousAt) {
      report([...base, 'at'], `${change.at} is not after the previous change (timeline[${i - 1}]); list changes in time order`);
    }
    const state = text(change.state);
    if (state !== undefined && state === previousState) report([...base, 'state'], `"${state}" is no change: the site is already in that state`);
    previousAt = at ?? previousAt;
    previousState = state ?? previousState;
  });
  checkSourceRefs(entry, known, report);
}

export function checkEvent(entry: unknown, known: KnownIds, report: Report): void {
  const event = record(entry);
  checkTiming(event, [], event.context === true, report);
  const site = text(event.site);
  if (site !== undefined && known.sites && !known.sites.ids.has(site)) report(['site'], `unknown site id "${site}" (not in ${known.sites.file})`);
  if (event.site !== undefined && event.place !== undefined) report(['place'], 'give a site or a place, not both');
  checkSourceRefs(entry, known, report);
}

export function checkRoute(entry: unknown, known: KnownIds, report: Report): void {
  const properties = record(record(entry).properties);
  const start = checkTiming({ at: properties.start }, [], false, (_, message) => report(['properties', 'start'], message));
  const end = checkTiming({ at: properties.end }, [], false, (_, message) => report(['properties', 'end'], message));
  if (start !== undefined && end !== undefined && end < start) report(['properties', 'end'], `${properties.end} is before start ${properties.start}`);
  checkSourceRefs(entry, known, report);
}
