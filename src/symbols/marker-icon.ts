/**
 * Site markers: the frame's shape, fill and badge say the state (so colour is never the only
 * cue), the glyph inside says the kind. Plain SVG strings, shared by the map, the legend and the
 * benchmark's peer.
 */
import type { SiteKind, SiteState } from '../model/schema.ts';
import { type PlacedPath, pathAt, placePath } from './svg-path.ts';

interface Glyph {
  /** Drawn as a filled shape or as a 2 px line (in the 24 × 24 box). */
  paint: 'fill' | 'stroke';
  d: string;
}
const stroke = (d: string): Glyph => ({ paint: 'stroke', d });
const fill = (d: string): Glyph => ({ paint: 'fill', d });
const glyphPaint = (paint: Glyph['paint'], width: number) =>
  paint === 'fill' ? 'fill="currentColor"' : `fill="none" stroke="currentColor" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"`;

/** 24×24 glyphs, drawn for this project. */
export const KIND_GLYPHS: Record<SiteKind, Glyph> = {
  telegraph: fill('M13.5 2 5 13.5h6L9.5 22 19 10h-6.2z'),
  telephone: fill('M6.6 3.2h3l1.6 4.3-2.1 1.4a11 11 0 0 0 6 6l1.4-2.1 4.3 1.6v3a2 2 0 0 1-2.2 2A17 17 0 0 1 4.6 5.4a2 2 0 0 1 2-2.2z'),
  post: stroke('M3.5 6.5h17v11h-17z M3.5 6.5 12 13l8.5-6.5'),
  'news-agency': stroke('M4 5h13v14H6a2 2 0 0 1-2-2z M17 9h3v8a2 2 0 0 1-2 2 M7 9h7 M7 12.5h7 M7 16h4'),
  'railway-station': stroke(
    'M7 3.5h10a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2v-9a2 2 0 0 1 2-2z M5 10h14 M9 20.5l1.5-4 M15 20.5l-1.5-4 M8.5 13.5h.01 M15.5 13.5h.01',
  ),
  bridge: stroke('M2 15h20 M3.5 15v4 M20.5 15v4 M3.5 15a8.5 7 0 0 1 17 0 M8 11v4 M12 8.5V15 M16 11v4'),
  bank: stroke('M3 9.5 12 4l9 5.5z M5 20h14 M6 12v6 M10 12v6 M14 12v6 M18 12v6'),
  'power-station': stroke('M3 20.5V11l5 3v-3l5 3V4h4v16.5z M2 20.5h20'),
  palace: stroke('M3 20.5h18 M4 20.5v-8h16v8 M8 12.5V9a4 4 0 0 1 8 0v3.5 M12 5V2.5 M7 16h.01 M12 16h.01 M17 16h.01'),
  government: stroke('M3 20.5h18 M5 20.5v-9h14v9 M4 11.5 12 6l8 5.5 M12 6V2.5h4 M9 14.5v3 M15 14.5v3'),
  'military-hq': fill('M12 2.5l2.8 6.1 6.7.7-5 4.5 1.4 6.6L12 17l-5.9 3.4 1.4-6.6-5-4.5 6.7-.7z'),
  'party-hq': stroke('M5 21.5V3 M5 4h12l-2.5 4L17 12H5'),
  fortress: stroke('M4 20.5V8h3v2h2.5V8h5v2H17V8h3v12.5z M10 20.5v-4.5a2 2 0 0 1 4 0v4.5 M2.5 20.5h19'),
  ship: stroke('M2.5 15h19l-3 5h-13z M6 15v-4h10v4 M9 11V6h3v5 M13.5 6V3 M4 8.5h3'),
  'printing-house': stroke('M6 8V3h12v5 M4 8h16v8H4z M7 13h10v8H7z M9.5 16h5 M9.5 18.5h5'),
  'military-school': stroke('M12 2.5 20 6v5.5c0 4.7-3.4 8.2-8 10-4.6-1.8-8-5.3-8-10V6z M8.5 12l2.5 2.5 4.5-5'),
  barracks: stroke('M2.5 20.5h19 M3.5 20.5V10L12 5l8.5 5v10.5 M7 20.5v-5h3v5 M14 20.5v-5h3v5 M12 9.5h.01'),
};

const BADGE_STAR = 'M12 2.5l2.8 6.1 6.7.7-5 4.5 1.4 6.6L12 17l-5.9 3.4 1.4-6.6-5-4.5 6.7-.7z';
const BADGE_CROSS = 'M5 5l14 14M19 5 5 19';

export function glyphSvg(kind: SiteKind, className = 'site-glyph'): string {
  const glyph = KIND_GLYPHS[kind];
  return `<svg class="${className}" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${glyph.d}" ${glyphPaint(glyph.paint, 2)}/></svg>`;
}

const STATE_CLASSES: Record<SiteState, string> = {
  government: 'is-government',
  contested: 'is-contested',
  bolshevik: 'is-bolshevik',
};

/** The hatching of a contested frame; defined once per document by `markerDefs`. */
export const HATCH_ID = 'site-marker-hatch';

/** The shared definitions the markers refer to (the contested hatching): once per document. */
export function markerDefs(): string {
  return (
    `<defs><pattern id="${HATCH_ID}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    '<rect width="8" height="8" fill="#fff3d6"/><rect width="4" height="8" class="site-marker__hatch"/></pattern></defs>'
  );
}

/**
 * One shape of a marker, in the marker's 48 × 48 box: where it sits (`circle` and `rect` by their
 * corner or centre, a path by its first point) and its other attributes.
 */
type Shape = { tag: 'circle' | 'rect'; x: number; y: number; attrs: string } | { tag: 'path'; path: PlacedPath; attrs: string };
/** A marker's parts in document order: shapes, and the opening and closing tags of the groups that hold them. */
type Part = Shape | string;

const circle = (cx: number, cy: number, attrs: string): Shape => ({ tag: 'circle', x: cx, y: cy, attrs });
const rect = (x: number, y: number, attrs: string): Shape => ({ tag: 'rect', x, y, attrs });
const path = (d: string, attrs: string, scale = 1, dx = 0, dy = 0): Shape => ({ tag: 'path', path: placePath(d, scale, dx, dy), attrs });

/** The glyph takes the middle 20 × 20 px; a badge 16 × 16 px at the top right. */
const GLYPH_SCALE = 20 / 24;
const BADGE_SCALE = 16 / 24;
const BADGE_AT = [31, 1] as const;
const badge = (d: string, attrs: string) => path(d, attrs, BADGE_SCALE, ...BADGE_AT);

const partsCache = new Map<SiteKind, Part[]>();
function markerParts(kind: SiteKind): Part[] {
  let parts = partsCache.get(kind);
  if (parts) return parts;
  const glyph = KIND_GLYPHS[kind];
  parts = [
    circle(24, 24, 'class="site-marker__hit" r="24"'),
    // No groups: each shape carries its state's class, so that a change of hands restyles fewer elements.
    circle(24, 25, 'r="16.5" class="site-marker__frame site-marker__frame--government site-marker__shadow"'),
    circle(24, 24, 'r="14.5" class="site-marker__frame site-marker__frame--government"'),
    path('M24 5.6 43.4 25 24 44.4 4.6 25z', 'class="site-marker__frame site-marker__frame--contested site-marker__shadow"'),
    path('M24 6.1 41.9 24 24 41.9 6.1 24z', 'class="site-marker__frame site-marker__frame--contested"'),
    rect(8, 9, 'width="32" height="32" rx="4" class="site-marker__frame site-marker__frame--bolshevik site-marker__shadow"'),
    rect(9.5, 9.5, 'width="29" height="29" rx="3" class="site-marker__frame site-marker__frame--bolshevik"'),
    path(glyph.d, `class="site-marker__glyph" ${glyphPaint(glyph.paint, Math.round(2 * GLYPH_SCALE * 1000) / 1000)}`, GLYPH_SCALE, 14, 14),
    // The star's white edge is its own stroke, drawn under its fill (paint-order): one element, not two.
    badge(BADGE_STAR, 'class="site-marker__badge site-marker__badge--bolshevik"'),
    badge(BADGE_CROSS, 'class="site-marker__badge site-marker__badge--contested site-marker__halo"'),
    badge(
      BADGE_CROSS,
      `class="site-marker__badge site-marker__badge--contested" stroke="currentColor" stroke-width="${Math.round(4 * BADGE_SCALE * 1000) / 1000}" stroke-linecap="round"`,
    ),
    circle(24, 24, 'class="site-marker__open" r="23.5"'),
    circle(24, 24, 'class="site-marker__focus" r="24.5"'),
  ];
  partsCache.set(kind, parts);
  return parts;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
function positionAttrs(shape: Shape, dx: number, dy: number): [string, string][] {
  if (shape.tag === 'path') return [['d', pathAt(shape.path, dx, dy)]];
  if (shape.tag === 'circle')
    return [
      ['cx', String(round(shape.x + dx))],
      ['cy', String(round(shape.y + dy))],
    ];
  return [
    ['x', String(round(shape.x + dx))],
    ['y', String(round(shape.y + dy))],
  ];
}

const shapeSvg = (shape: Shape, dx: number, dy: number) =>
  `<${shape.tag} ${positionAttrs(shape, dx, dy)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ')}${shape.attrs ? ` ${shape.attrs}` : ''}/>`;

/**
 * A site marker's inner SVG, its 48 × 48 box (the touch target) at `x, y`: an invisible hit
 * circle, the three state frames (only the current one is shown, by the class on the marker), the
 * kind's glyph, the two state badges, and the rings for "open" and for keyboard focus (the ring lit
 * by a flash is drawn apart: `pulseRingSvg`).
 *
 * Every shape is drawn where it is, with no `transform` anywhere (not even to place the marker):
 * in Chromium each transformed SVG element starts a paint chunk of its own, and the browser sorts
 * every chunk into layers on every frame. With 360 markers the transforms cost about 1.5 ms on
 * every slider step, even steps that change no marker (`npm run bench:trace`). Likewise no
 * filters, opacity or per-part layers.
 */
export function markerSvg(kind: SiteKind, x = 0, y = 0): string {
  return markerParts(kind)
    .map((part) => (typeof part === 'string' ? part : shapeSvg(part, x, y)))
    .join('');
}

/** The ring a flash lights around a marker, drawn apart from the markers (see SitesLayer), in the same 48 × 48 box at `x, y`. */
export function pulseRingSvg(x = 0, y = 0): string {
  return `<circle cx="${round(x + 24)}" cy="${round(y + 24)}" r="25"/><circle cx="${round(x + 24)}" cy="${round(y + 24)}" r="22"/>`;
}

/** Moves a ring made by `pulseRingSvg` so that its box's corner is at `x, y`. */
export function placePulseRing(ring: Element, x: number, y: number): void {
  for (const c of ring.children) {
    c.setAttribute('cx', String(round(x + 24)));
    c.setAttribute('cy', String(round(y + 24)));
  }
}

/** A marker as a stand-alone 48 × 48 SVG image (the legend, the benchmark's peer). */
export function markerImage(kind: SiteKind, state: SiteState, className = ''): string {
  return `<svg class="site-marker ${STATE_CLASSES[state]} ${className}" width="48" height="48" viewBox="0 0 48 48" aria-hidden="true" focusable="false">${markerSvg(kind)}</svg>`;
}

/** Restyles an existing marker element in place: no new DOM, no new Leaflet layer. */
export function applyMarkerState(element: Element, state: SiteState, label: string): void {
  for (const [s, cls] of Object.entries(STATE_CLASSES)) element.classList.toggle(cls, s === state);
  if (element.getAttribute('aria-label') !== label) element.setAttribute('aria-label', label);
}
