/**
 * Where the sites' names go on the map: beside their markers, clear of every marker and of one
 * another. Pure geometry on screen boxes (pixels, y down), so it is tested without a map, and
 * shared: the basemap keeps its own labels clear of what `occupiedBoxes` returns.
 *
 * @example
 * const labels = placeSiteLabels(markers); // markers in priority order, each with its footprint and its label's size
 * const keepClear = occupiedBoxes(markers, labels, 48);
 */
import type { Site } from '../model/history.ts';
import type { ScreenPoint } from './declutter.ts';
import type { SiteKind } from '../model/schema.ts';

/** A screen rectangle in pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two boxes overlap once `a` is grown by `gapX` left and right and `gapY` (by default `gapX`) above and below. */
export function overlaps(a: Box, b: Box, gapX = 0, gapY = gapX): boolean {
  return a.left - gapX < b.right && a.right + gapX > b.left && a.top - gapY < b.bottom && a.bottom + gapY > b.top;
}

/** A square turned 45°: the points within `radius` of (x, y) in |dx| + |dy|. */
export interface Diamond {
  x: number;
  y: number;
  radius: number;
}

/** Where a marker is drawn, relative to its centre. */
export interface Footprint {
  boxes: readonly Box[];
  diamonds: readonly Diamond[];
}

/** Whether a box comes within `gap` of a diamond: its point nearest the diamond's centre (nearest in |dx| + |dy| too) is inside. */
export function overlapsDiamond(box: Box, diamond: Diamond, gap = 0): boolean {
  const dx = Math.max(box.left - diamond.x, 0, diamond.x - box.right);
  const dy = Math.max(box.top - diamond.y, 0, diamond.y - box.bottom);
  return dx + dy < diamond.radius + gap;
}

/** `box` moved by (x, y). */
export function shiftBox(box: Box, x: number, y: number): Box {
  return { left: box.left + x, top: box.top + y, right: box.right + x, bottom: box.bottom + y };
}

/** Where a label sits beside its marker: east, west, north, south; `-up`/`-down` raised or lowered along the side. */
export type LabelSide =
  'east' | 'west' | 'east-up' | 'east-down' | 'west-up' | 'west-down' | 'south' | 'north' | 'south-east' | 'south-west' | 'north-east' | 'north-west';

/** The sides tried, in order: beside the marker reads best, then below, then above, then at a corner. */
export const LABEL_SIDES: readonly LabelSide[] = [
  'east',
  'west',
  'east-up',
  'east-down',
  'west-up',
  'west-down',
  'south',
  'north',
  'south-east',
  'south-west',
  'north-east',
  'north-west',
];

/** How far a raised or lowered label's middle moves from the marker's middle, and how far a label at a corner starts from it, in pixels. */
const SHIFT = 10;

/** A marker on screen (its centre, after markers were kept apart) and the size of its label, if it is to have one. */
export interface LabelledMarker {
  x: number;
  y: number;
  /** Where the marker is drawn, relative to (x, y). */
  footprint: Footprint;
  label?: { width: number; height: number };
}

export interface PlacedLabel extends Box {
  side: LabelSide;
}

/** The box of a `width` × `height` label on `side` of a marker at (x, y) whose drawing fills `reach` (relative to its centre). */
export function labelBox(x: number, y: number, width: number, height: number, side: LabelSide, reach: Box): PlacedLabel {
  const [main, qualifier = ''] = side.split('-');
  let left: number;
  let top: number;
  if (main === 'south' || main === 'north') {
    // Centred below or above, or from a corner: starting SHIFT pixels right or left of the middle.
    left = qualifier === 'east' ? x + SHIFT : qualifier === 'west' ? x - SHIFT - width : x - width / 2;
    top = main === 'south' ? y + reach.bottom : y + reach.top - height;
  } else {
    const middle = qualifier === 'up' ? -SHIFT : qualifier === 'down' ? SHIFT : 0;
    left = main === 'east' ? x + reach.right : x + reach.left - width;
    top = y + middle - height / 2;
  }
  return { side, left, top, right: left + width, bottom: top + height };
}

/** How much further out a label is tried when no side close to its marker is free, in pixels. */
const FURTHER = 12;

/** `box` grown by `by` on every side. */
function grow(box: Box, by: number): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by };
}

/** The smallest box around `boxes`. */
function bounds(boxes: readonly Box[]): Box {
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/**
 * Places the labels of `markers`, taken in priority order: each label goes on the first side (close
 * to its marker, then a little further out) where it overlaps no marker and no label placed before it (kept `gap` pixels apart); a label with no
 * free side is not shown (undefined), nor is a marker without a label.
 *
 * @param markers    every marker on the map, in priority order (the markers without a label are obstacles only)
 * @returns          each marker's placed label, in the same order
 */
export function placeSiteLabels(markers: readonly LabelledMarker[], gap = 2): (PlacedLabel | undefined)[] {
  const boxes = markers.flatMap(({ x, y, footprint }) => footprint.boxes.map((box) => shiftBox(box, x, y)));
  const diamonds = markers.flatMap(({ x, y, footprint }) => footprint.diamonds.map((d) => ({ x: d.x + x, y: d.y + y, radius: d.radius })));
  const isFree = (box: Box) => !boxes.some((b) => overlaps(box, b, gap)) && !diamonds.some((d) => overlapsDiamond(box, d, gap));
  const placed: Box[] = [];
  return markers.map(({ x, y, footprint, label }) => {
    if (!label) return undefined;
    const outer = bounds([
      ...footprint.boxes,
      ...footprint.diamonds.map((d) => ({ left: d.x - d.radius, top: d.y - d.radius, right: d.x + d.radius, bottom: d.y + d.radius })),
    ]);
    // Every side close to the marker first (`gap` pixels out from its drawing), then every side a little further out, twice.
    for (const around of [grow(outer, gap), grow(outer, gap + FURTHER), grow(outer, gap + 2 * FURTHER)]) {
      for (const side of LABEL_SIDES) {
        const box = labelBox(x, y, label.width, label.height, side, around);
        if (!isFree(box) || placed.some((p) => overlaps(box, p, gap))) continue;
        placed.push(box);
        return box;
      }
    }
    return undefined;
  });
}

/** What other labels must keep clear of: every marker's square target of side `size`, and every label shown. */
export function occupiedBoxes(markers: readonly ScreenPoint[], labels: readonly (Box | undefined)[], size: number): Box[] {
  const half = size / 2;
  const targets = markers.map(({ x, y }) => ({ left: x - half, top: y - half, right: x + half, bottom: y + half }));
  return [...targets, ...labels.filter((box) => box !== undefined)];
}

/** The map's start zoom and closer: the kinds of site a visitor looks for first are named from the start. */
const NAMED_FROM_START: ReadonlySet<SiteKind> = new Set(['palace', 'fortress', 'party-hq', 'railway-station']);
/** From which zoom the other key sites, and then all the others, are named. */
export const KEY_NAME_ZOOM = 14;
export const OTHER_NAME_ZOOM = 15;

/** The zoom from which a site's name is written beside its marker (0: at every zoom). */
export function nameZoom(site: Pick<Site, 'kind' | 'key'>): number {
  if (NAMED_FROM_START.has(site.kind)) return 0;
  return site.key ? KEY_NAME_ZOOM : OTHER_NAME_ZOOM;
}

/**
 * The event the site markers' layer fires on the map whenever it has placed its markers and names
 * (on adding, at the end of every zoom, on a change of language): `boxes` is `occupiedBoxes` in
 * layer pixels (those of `map.latLngToLayerPoint`; add `map.layerPointToContainerPoint([0, 0])`
 * for container pixels).
 */
export const SITES_PLACED = 'sitesplaced';
export interface SitesPlaced {
  boxes: readonly Box[];
}
