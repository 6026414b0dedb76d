/**
 * Site markers: the frame's shape, fill and badge say the state (so colour is never the only
 * cue), the glyph inside says the kind. Plain SVG strings, shared by the map, the legend and the
 * benchmark's peer.
 */
import type { SiteKind, SiteState } from '../model/schema.ts';

interface Glyph {
  /** Drawn as a filled shape or as a 2 px line (in the 24 × 24 box). */
  paint: 'fill' | 'stroke';
  d: string;
}
const stroke = (d: string): Glyph => ({ paint: 'stroke', d });
const fill = (d: string): Glyph => ({ paint: 'fill', d });
const glyphPaint = (paint: Glyph['paint']) =>
  paint === 'fill' ? 'fill="currentColor"' : 'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

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
  return `<svg class="${className}" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${glyph.d}" ${glyphPaint(glyph.paint)}/></svg>`;
}

/** The class on a marker that shows one state's frame and badge. */
export const STATE_CLASSES: Record<SiteState, string> = {
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

/** The side of a marker's square box, the touch target, in CSS pixels. */
export const MARKER_SIZE = 48;

/** The badge at a marker's top right, in pixels from its centre (y down). */
const BADGE_BOX = { left: 7, top: -23, right: 23, bottom: -7 };

/**
 * Where a marker of each state is drawn, in pixels from its centre (y down; see markerSvg): the
 * circle, or the square and its badge, or the diamond (its tips 19.4 px out) and its badge, each
 * with its shadow. Names keep clear of these.
 */
export const MARKER_FOOTPRINTS: Record<SiteState, { boxes: readonly Box[]; diamonds: readonly { x: number; y: number; radius: number }[] }> = {
  government: { boxes: [{ left: -17, top: -16, right: 17, bottom: 18 }], diamonds: [] },
  bolshevik: { boxes: [{ left: -17, top: -16, right: 17, bottom: 18 }, BADGE_BOX], diamonds: [] },
  contested: { boxes: [BADGE_BOX], diamonds: [{ x: 0, y: 0.5, radius: 20 }] },
};
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * A site marker's inner SVG in its 48 × 48 box (the touch target): an invisible hit circle, the
 * three state frames (only the current one is shown, by the state's class on the marker), the
 * kind's glyph in the middle 20 × 20 px, the two state badges at the top right, and the rings for
 * "open", for keyboard focus and for the flash of a change of hands.
 */
export function markerSvg(kind: SiteKind): string {
  const glyph = KIND_GLYPHS[kind];
  return (
    '<circle cx="24" cy="24" r="24" class="site-marker__hit"/>' +
    // Each frame carries its state's class, so that a change of hands restyles no group.
    '<circle cx="24" cy="25" r="16.5" class="site-marker__frame site-marker__frame--government site-marker__shadow"/>' +
    '<circle cx="24" cy="24" r="14.5" class="site-marker__frame site-marker__frame--government"/>' +
    '<path d="M24 5.6 43.4 25 24 44.4 4.6 25z" class="site-marker__frame site-marker__frame--contested site-marker__shadow"/>' +
    '<path d="M24 6.1 41.9 24 24 41.9 6.1 24z" class="site-marker__frame site-marker__frame--contested"/>' +
    '<rect x="8" y="9" width="32" height="32" rx="4" class="site-marker__frame site-marker__frame--bolshevik site-marker__shadow"/>' +
    '<rect x="9.5" y="9.5" width="29" height="29" rx="3" class="site-marker__frame site-marker__frame--bolshevik"/>' +
    `<path transform="translate(14 14) scale(${20 / 24})" d="${glyph.d}" class="site-marker__glyph" ${glyphPaint(glyph.paint)}/>` +
    // The badges are drawn in their own 24 × 24 box at 2/3 scale; the star's white edge is its own stroke, under its fill (paint-order).
    `<g transform="translate(31 1) scale(${16 / 24})">` +
    `<path d="${BADGE_STAR}" class="site-marker__badge site-marker__badge--bolshevik"/>` +
    `<path d="${BADGE_CROSS}" class="site-marker__badge site-marker__badge--contested site-marker__halo"/>` +
    `<path d="${BADGE_CROSS}" class="site-marker__badge site-marker__badge--contested" stroke="currentColor" stroke-width="4" stroke-linecap="round"/>` +
    '</g>' +
    '<circle cx="24" cy="24" r="23.5" class="site-marker__open"/>' +
    '<circle cx="24" cy="24" r="24.5" class="site-marker__focus"/>' +
    '<g class="site-marker__pulse"><circle cx="24" cy="24" r="25"/><circle cx="24" cy="24" r="22"/></g>'
  );
}

/** A marker as a stand-alone 48 × 48 SVG image (the legend, the benchmark's peer). */
export function markerImage(kind: SiteKind, state: SiteState, className = ''): string {
  return `<svg class="site-marker ${STATE_CLASSES[state]} ${className}" width="48" height="48" viewBox="0 0 48 48" aria-hidden="true" focusable="false">${markerSvg(kind)}</svg>`;
}
