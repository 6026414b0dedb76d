/**
 * The one declaration of the data in geo/. TypeScript types derive from it (z.infer), and
 * validate.ts turns its issues into messages a curator can act on.
 */
import { z } from 'zod';
import { parseMoment } from './time.ts';
import { linkFault, textFault } from './text-rules.ts';
import { BASEMAP_BOUNDS, PETROGRAD_BOUNDS, ROUTE_KINDS, SITE_KINDS, SOURCE_TYPES, STATES } from './vocabulary.ts';

export { BASEMAP_BOUNDS, PETROGRAD_BOUNDS, ROUTE_KINDS, SITE_KINDS, SOURCE_TYPES, STATES };

export const DESCRIPTION_MAX_WORDS = 75;
export const EVENT_TEXT_MAX_WORDS = 90;
/** The longest text a field may hold, in characters: a megabyte of text must not reach a kiosk. */
export const TEXT_LIMITS = { id: 64, name: 200, text: 2000, link: 2000, charactersPerWord: 12 } as const;

/** A value quoted in a message, cut short so that a huge one does not flood the list. */
const quote = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

function oneOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) => `${quote(issue.input)} is not a known ${what} (expected one of: ${values.join(', ')})`,
  });
}

/** Text shown to visitors: not empty, not too long, and plain (see text-rules.ts). */
function plainText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'is empty')
    .superRefine((text, ctx) => {
      const fault = text.length > max ? `has ${text.length} characters; at most ${max}` : textFault(text);
      if (fault) ctx.addIssue({ code: 'custom', message: fault });
    });
}

const nonEmpty = plainText(TEXT_LIMITS.text);

/** A link offered to visitors: an http(s) web address, nothing that runs or embeds. */
const linkSchema = z.string().superRefine((link, ctx) => {
  const fault = link.length > TEXT_LIMITS.link ? `has ${link.length} characters; at most ${TEXT_LIMITS.link}` : (linkFault(link) ?? textFault(link));
  if (fault) ctx.addIssue({ code: 'custom', message: fault });
});

export const idSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'id is missing' : 'id must be text') })
  .max(TEXT_LIMITS.id, `an id has at most ${TEXT_LIMITS.id} characters`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lowercase letters, digits and single hyphens, e.g. "winter-palace"');

/** A Julian wall-clock time such as `1917-10-25T02:10`. Window checks happen in validate.ts. */
export const timeSchema = z.string().superRefine((text, ctx) => {
  const parsed = parseMoment(text);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `${quote(text)} is not a valid time (${parsed.reason})` });
});

const bilingual = (max: number) => z.strictObject({ en: plainText(max), ru: plainText(max) });
export const bilingualSchema = bilingual(TEXT_LIMITS.text);
/** Names, titles and who acted: one line in a card. */
const nameSchema = bilingual(TEXT_LIMITS.name);

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

function boundedText(maxWords: number) {
  return bilingual(maxWords * TEXT_LIMITS.charactersPerWord).superRefine((text, ctx) => {
    for (const lang of ['en', 'ru'] as const) {
      const words = wordCount(text[lang]);
      if (words > maxWords) ctx.addIssue({ code: 'custom', path: [lang], message: `has ${words} words; at most ${maxWords}` });
    }
  });
}

function positionIn(bounds: { west: number; east: number; south: number; north: number }, where: string) {
  return z.tuple([z.number(), z.number()]).superRefine(([lon, lat], ctx) => {
    if (lon < bounds.west || lon > bounds.east || lat < bounds.south || lat > bounds.north) {
      ctx.addIssue({
        code: 'custom',
        message: `[${lon}, ${lat}] is outside ${where} (longitude ${bounds.west}–${bounds.east}, latitude ${bounds.south}–${bounds.north}; GeoJSON order is [longitude, latitude])`,
      });
    }
  });
}

export const positionSchema = positionIn(PETROGRAD_BOUNDS, 'Petrograd');
const basemapPosition = positionIn(BASEMAP_BOUNDS, 'the basemap area');

export const sourceRefSchema = z.union([idSchema, z.strictObject({ id: idSchema, page: nonEmpty.optional() })]);

/** What one source says, where sources disagree. */
export const accountSchema = z.strictObject({
  source: sourceRefSchema,
  at: timeSchema.optional(),
  says: bilingualSchema,
});

const timing = {
  at: timeSchema,
  earliest: timeSchema.optional(),
  latest: timeSchema.optional(),
  approximate: z.boolean().optional(),
  timeNote: bilingualSchema.optional(),
  accounts: z.array(accountSchema).optional(),
};

export const stateSchema = oneOf(STATES, 'state');

export const changeSchema = z.strictObject({
  ...timing,
  state: stateSchema,
  by: nameSchema,
  note: bilingualSchema.optional(),
  sources: z.array(sourceRefSchema).min(1, 'needs at least one source'),
  /** The event in events.json that tells this change; its time fields must be the same (tests/unit/consistency). */
  event: idSchema.optional(),
});

export const sitePropertiesSchema = z.strictObject({
  id: idSchema,
  kind: oneOf(SITE_KINDS, 'kind'),
  key: z.boolean().optional(),
  name: nameSchema,
  nameToday: nameSchema.optional(),
  address: nameSchema.optional(),
  description: boundedText(DESCRIPTION_MAX_WORDS),
  locationNote: bilingualSchema.optional(),
  line: z.array(positionSchema).min(2, 'a line needs at least two positions').optional(),
  initial: z.strictObject({
    state: stateSchema,
    note: bilingualSchema.optional(),
    sources: z.array(sourceRefSchema).min(1, 'needs at least one source'),
  }),
  timeline: z.array(changeSchema),
});

export const siteFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: idSchema,
  geometry: z.strictObject({ type: z.literal('Point', 'a site is a Point'), coordinates: positionSchema }),
  properties: sitePropertiesSchema,
});

export const eventSchema = z.strictObject({
  id: idSchema,
  ...timing,
  context: z.boolean().optional(),
  key: z.boolean().optional(),
  site: idSchema.optional(),
  place: positionSchema.optional(),
  title: nameSchema,
  text: boundedText(EVENT_TEXT_MAX_WORDS),
  sources: z.array(sourceRefSchema).min(1, 'needs at least one source'),
});

export const routeFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: idSchema,
  geometry: z.strictObject({
    type: z.literal('LineString', 'a route is a LineString'),
    coordinates: z.array(positionSchema).min(2, 'a route needs at least two positions'),
  }),
  properties: z.strictObject({
    id: idSchema,
    kind: oneOf(ROUTE_KINDS, 'route kind'),
    name: nameSchema,
    description: boundedText(DESCRIPTION_MAX_WORDS),
    start: timeSchema,
    end: timeSchema,
    approximate: z.boolean().optional(),
    timeNote: bilingualSchema.optional(),
    locationNote: bilingualSchema.optional(),
    sources: z.array(sourceRefSchema).min(1, 'needs at least one source'),
    /** Events in events.json this movement leads to or from; each event's time lies between start and end. */
    events: z.array(idSchema).optional(),
  }),
});

export const sourceSchema = z.strictObject({
  id: idSchema,
  type: oneOf(SOURCE_TYPES, 'source type'),
  author: nonEmpty,
  title: nonEmpty,
  /** Absent when the work is undated ("n.d."). */
  year: z.number().int().min(1700).max(2100).optional(),
  /** How the work is cited in cards and the feed in each language, e.g. { en: "Trotsky", ru: "Троцкий" }; else the author's surname. */
  short: bilingualSchema.optional(),
  /** Edition, translation or volume cited, e.g. "2nd ed." or "English translation by Max Eastman". */
  edition: nonEmpty.optional(),
  publisher: nonEmpty.optional(),
  place: nonEmpty.optional(),
  pages: nonEmpty.optional(),
  url: linkSchema.optional(),
  calendar: oneOf(['julian', 'gregorian', 'both'] as const, 'calendar').optional(),
  language: nonEmpty.optional(),
  /** What the work is and what it is used for, in both languages; shown in the bibliography. */
  note: bilingualSchema.optional(),
});

// ——— basemap ———

const ringSchema = z
  .array(basemapPosition)
  .min(4, 'a ring needs at least four positions')
  .superRefine((ring, ctx) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
      ctx.addIssue({ code: 'custom', message: 'ring is not closed (first and last positions differ)' });
    }
  });
const polygonSchema = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).min(1) });
const multiPolygonSchema = z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ringSchema).min(1)).min(1) });
const areaGeometry = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema], {
  error: 'geometry must be a Polygon or MultiPolygon',
});
const lineGeometry = z.strictObject({
  type: z.literal('LineString', 'geometry must be a LineString'),
  coordinates: z.array(basemapPosition).min(2, 'a line needs at least two positions'),
});
const pointGeometry = z.strictObject({ type: z.literal('Point', 'geometry must be a Point'), coordinates: basemapPosition });

function basemapFeature<G extends z.ZodType, P extends z.ZodRawShape>(geometry: G, properties: P) {
  return z.strictObject({
    type: z.literal('Feature'),
    id: idSchema,
    geometry,
    properties: z.strictObject({ id: idSchema, ...properties }),
  });
}

export const basemapSchemas = {
  water: basemapFeature(areaGeometry, {
    kind: oneOf(['river', 'canal', 'gulf', 'strait', 'pond'] as const, 'water kind'),
    name: nameSchema,
  }),
  labels: basemapFeature(pointGeometry, {
    kind: oneOf(['island', 'district', 'water'] as const, 'label kind'),
    name: nameSchema,
    minZoom: z.number().min(10).max(19),
  }),
  streets: basemapFeature(lineGeometry, {
    kind: oneOf(['street', 'prospekt', 'embankment', 'square', 'lane', 'boulevard'] as const, 'street kind'),
    rank: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'rank is 1, 2 or 3' }),
    name: nameSchema,
    /** false: drawn, but not labelled until its 1917 name is checked (geo/basemap/1917/streets.json). */
    label: z.literal(false).optional(),
  }),
  bridges: basemapFeature(lineGeometry, {
    name: nameSchema,
    built: z.number().int().max(1917, 'a bridge built after 1917 did not exist in October 1917'),
    form: oneOf(['wooden', 'iron', 'steel', 'stone', 'floating'] as const, 'bridge form').optional(),
    over: nonEmpty.optional(),
    note: nonEmpty.optional(),
  }),
  railways: basemapFeature(lineGeometry, { name: nameSchema, station: nonEmpty.optional() }),
  parks: basemapFeature(areaGeometry, {
    kind: oneOf(['park', 'square', 'cemetery'] as const, 'park kind'),
    name: nameSchema,
  }),
  /** The built-up city, toned between the streets (derived from the streets, less water and parks). */
  blocks: basemapFeature(areaGeometry, { kind: oneOf(['built'] as const, 'block kind'), name: nameSchema }),
} as const;

export type BasemapLayerName = keyof typeof basemapSchemas;
export const BASEMAP_LAYERS = Object.keys(basemapSchemas) as BasemapLayerName[];

export type SiteKind = (typeof SITE_KINDS)[number];
export type SiteState = (typeof STATES)[number];
export type RouteKind = (typeof ROUTE_KINDS)[number];
export type Bilingual = z.infer<typeof bilingualSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Account = z.infer<typeof accountSchema>;
export type ChangeData = z.infer<typeof changeSchema>;
export type SiteFeature = z.infer<typeof siteFeatureSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type RouteFeature = z.infer<typeof routeFeatureSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type BasemapFeature<K extends BasemapLayerName> = z.infer<(typeof basemapSchemas)[K]>;

/** Everything in geo/ except the basemap, as validated. */
export interface HistoryData {
  sites: SiteFeature[];
  events: EventData[];
  routes: RouteFeature[];
  sources: Source[];
}

export type BasemapData = { [K in BasemapLayerName]: BasemapFeature<K>[] };
