/**
 * How the period plan is painted: built-up ground toned between ink-cased streets of their real
 * widths, water toned with an ink bank, parks stippled, squares paper-light, the city faded where
 * its traced centre ends and the whole sheet faded into a framed margin.
 *
 * Plain canvas drawing, without Leaflet or the page: it runs in the plan's worker
 * (plan-worker.ts), or on the page where a browser has no OffscreenCanvas. Geometry comes
 * projected once to zoom-0 Web Mercator pixels (the pixels of Leaflet's EPSG:3857 at zoom 0); a
 * paint only scales and shifts it, and skips what lies outside the canvas.
 */
import type { BasemapData } from '../model/schema.ts';

export const PALETTE = {
  paper: '#efe6d2',
  margin: '#e0d4b8',
  ink: '#2f261d',
  block: '#e2c8aa',
  street: '#faf5e8',
  streetThin: '#7a6753',
  water: '#a7bfc3',
  bank: '#4d6b73',
  park: '#c4cc98',
  parkDot: '#7f8c52',
  square: '#f3ebd7',
  rail: '#2f2a24',
  railTie: '#f5efe0',
} as const;

/** Street widths in metres by rank (the OSM class): main prospekts and embankments, streets, lesser streets. */
export const STREET_METRES: Record<number, number> = { 1: 26, 2: 18, 3: 13 };
const BRIDGE_METRES = 18;
/** The small waterways, whose bridges are drawn only from this zoom on, where the water under them is a few pixels wide. */
const CANALS = new Set(['Fontanka', 'Moika', 'Ekaterininsky Canal', 'Kryukov Canal']);
const CANAL_BRIDGE_ZOOM = 14;
/** How far the streets and blocks fade out, and the sheet into its margin, in metres. */
const CITY_FADE_M = 500;
const SHEET_FADE_M = 700;
/** From this scale (zoom 14) banks are drawn heavier and gardens stippled. */
const CLOSE_K = 2 ** 14;
/** Water that ends inland within the sheet (its hand-drawn course stops there): faded with the city. */
const ENDS_INLAND = new Set(['okhta']);

/** A feature's parts in zoom-0 pixels (x, y, x, y …), with their box, for culling. */
export interface Shape {
  parts: Float64Array[];
  box: [number, number, number, number];
}

export type PlanShapes = Record<'blocks' | 'parks' | 'squares' | 'water' | 'inland' | 'rails' | 'bridges' | 'canalBridges', Shape[]> & {
  /** The streets by rank. */
  streets: [number, Shape[]][];
};

/** A box in zoom-0 pixels: west, north, east, south. */
export type PixelBox = [number, number, number, number];

/** A view of the canvas: zoom-0 pixel → canvas pixel is `x * k - ox`, `y * k - oy`; `w` × `h` CSS pixels. */
export interface View {
  k: number;
  ox: number;
  oy: number;
  w: number;
  h: number;
  /** Metres per canvas pixel at the city's latitude. */
  mpp: number;
}

const EARTH_RADIUS = 6378137;
const MAX_LATITUDE = 85.0511287798;

/** Longitude and latitude to zoom-0 pixels, as Leaflet's EPSG:3857 (spherical Mercator, 256 px at zoom 0). */
export function toPixel(lon: number, lat: number): [number, number] {
  const d = Math.PI / 180;
  const sin = Math.sin(Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * d);
  const x = EARTH_RADIUS * lon * d;
  const y = (EARTH_RADIUS * Math.log((1 + sin) / (1 - sin))) / 2;
  const scale = 0.5 / (Math.PI * EARTH_RADIUS);
  return [256 * (scale * x + 0.5), 256 * (-scale * y + 0.5)];
}

function shapeOf(parts: number[][][]): Shape {
  const box: Shape['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  const out = parts.map((coords) => {
    const xy = new Float64Array(coords.length * 2);
    coords.forEach(([lon, lat], i) => {
      const [x, y] = toPixel(lon as number, lat as number);
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    });
    return xy;
  });
  return { parts: out, box };
}

type Area = BasemapData['water'][number]['geometry'];
const ringsOf = (g: Area): number[][][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
const area = (g: Area) => shapeOf(ringsOf(g));

/** The plan's geometry in zoom-0 pixels. */
export function projectPlan(d: BasemapData): PlanShapes {
  const streets = new Map<number, Shape[]>();
  for (const s of d.streets) {
    const list = streets.get(s.properties.rank) ?? [];
    list.push(shapeOf([s.geometry.coordinates]));
    streets.set(s.properties.rank, list);
  }
  return {
    blocks: d.blocks.map((b) => area(b.geometry)),
    parks: d.parks.filter((p) => p.properties.kind !== 'square').map((p) => area(p.geometry)),
    squares: d.parks.filter((p) => p.properties.kind === 'square').map((p) => area(p.geometry)),
    water: d.water.filter((w) => !ENDS_INLAND.has(w.id)).map((w) => area(w.geometry)),
    inland: d.water.filter((w) => ENDS_INLAND.has(w.id)).map((w) => area(w.geometry)),
    rails: d.railways.map((r) => shapeOf([r.geometry.coordinates])),
    bridges: d.bridges.filter((b) => !CANALS.has(b.properties.over ?? '')).map((b) => shapeOf([b.geometry.coordinates])),
    canalBridges: d.bridges.filter((b) => CANALS.has(b.properties.over ?? '')).map((b) => shapeOf([b.geometry.coordinates])),
    // Narrow ranks first: a main street's casing covers the lesser streets' ends.
    streets: [...streets].sort((a, b) => b[0] - a[0]),
  };
}

/** Zoom-0 pixels per unit of a packed coordinate: 0.13 px at zoom 17, the map's closest. */
const PACK_STEP = 1e-6;

/**
 * A shape's parts as the build writes them into the app, in whole steps: each part's first point
 * from the plan's origin, then each point from the one before (x, y, x, y …), small numbers that
 * compress well.
 */
export type PackedShape = number[][];
/** The plan's shapes, projected at build time and packed into small whole numbers. */
export type PackedPlan = {
  origin: [number, number];
  /** Where the traced streets end: the box of all of them (the city fades out there). */
  city: PixelBox;
} & Record<Exclude<keyof PlanShapes, 'streets'>, PackedShape[]> & {
    streets: [number, PackedShape[]][];
  };

const SHAPE_KINDS = ['blocks', 'parks', 'squares', 'water', 'inland', 'rails', 'bridges', 'canalBridges'] as const;

/** Packs projected shapes (at build time): the numbers shrink to a few digits each. */
export function packPlan(shapes: PlanShapes): PackedPlan {
  const all = [...SHAPE_KINDS.flatMap((kind) => shapes[kind]), ...shapes.streets.flatMap(([, list]) => list)];
  const origin: [number, number] = [Math.min(...all.map((s) => s.box[0])), Math.min(...all.map((s) => s.box[1]))];
  const pack = (shape: Shape): PackedShape =>
    shape.parts.map((xy) => {
      const steps = Array.from(xy, (v, i) => Math.round((v - (origin[i % 2] as number)) / PACK_STEP));
      return steps.map((v, i) => (i < 2 ? v : v - (steps[i - 2] as number)));
    });
  const packed = Object.fromEntries(SHAPE_KINDS.map((kind) => [kind, shapes[kind].map(pack)])) as Record<(typeof SHAPE_KINDS)[number], PackedShape[]>;
  const streets = shapes.streets.flatMap(([, list]) => list.map((shape) => shape.box));
  const city: PixelBox = [
    Math.min(...streets.map((b) => b[0])),
    Math.min(...streets.map((b) => b[1])),
    Math.max(...streets.map((b) => b[2])),
    Math.max(...streets.map((b) => b[3])),
  ];
  return { origin, city, ...packed, streets: shapes.streets.map(([rank, list]) => [rank, list.map(pack)]) };
}

/** The shapes back in zoom-0 pixels, with their boxes (in the app, once). */
export function unpackPlan(plan: PackedPlan): PlanShapes {
  const [ox, oy] = plan.origin;
  const unpack = (parts: PackedShape): Shape => {
    const box: Shape['box'] = [Infinity, Infinity, -Infinity, -Infinity];
    const out = parts.map((packed) => {
      const xy = new Float64Array(packed.length);
      let sx = 0;
      let sy = 0;
      for (let i = 0; i < packed.length; i += 2) {
        sx += packed[i] as number;
        sy += packed[i + 1] as number;
        const x = ox + sx * PACK_STEP;
        const y = oy + sy * PACK_STEP;
        xy[i] = x;
        xy[i + 1] = y;
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
      }
      return xy;
    });
    return { parts: out, box };
  };
  const shapes = Object.fromEntries(SHAPE_KINDS.map((kind) => [kind, plan[kind].map(unpack)])) as Record<(typeof SHAPE_KINDS)[number], Shape[]>;
  return { ...shapes, streets: plan.streets.map(([rank, list]) => [rank, list.map(unpack)]) };
}

function visible(view: View, shape: Shape, margin = 0): boolean {
  const { k, ox, oy, w, h } = view;
  const [x0, y0, x1, y1] = shape.box;
  return x1 * k - ox >= -margin && x0 * k - ox <= w + margin && y1 * k - oy >= -margin && y0 * k - oy <= h + margin;
}

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Adds the shapes' parts to the context's current path (closed rings for areas, filled by the nonzero rule: outer rings and holes are wound opposite ways, as RFC 7946 asks). */
function trace(ctx: Context, view: View, shapes: readonly Shape[], closed: boolean, margin = 0): void {
  const { k, ox, oy } = view;
  for (const shape of shapes) {
    if (!visible(view, shape, margin)) continue;
    for (const xy of shape.parts) {
      ctx.moveTo((xy[0] as number) * k - ox, (xy[1] as number) * k - oy);
      for (let i = 2; i < xy.length; i += 2) ctx.lineTo((xy[i] as number) * k - ox, (xy[i + 1] as number) * k - oy);
      if (closed) ctx.closePath();
    }
  }
}

/** Multiplies the canvas's alpha by a feathered rectangle: 1 inside `box` less `feather`, 0 outside `box`. */
function feather(ctx: Context, w: number, h: number, box: [number, number, number, number], f: number): void {
  const [x0, y0, x1, y1] = box;
  ctx.save();
  ctx.globalCompositeOperation = 'destination-in';
  const stops = (g: CanvasGradient, a: number, b: number) => {
    const span = b - a || 1;
    const at = (t: number) => Math.min(1, Math.max(0, t));
    g.addColorStop(at(0), 'rgba(0,0,0,0)');
    g.addColorStop(at(f / span), 'rgba(0,0,0,1)');
    g.addColorStop(at(1 - f / span), 'rgba(0,0,0,1)');
    g.addColorStop(1, 'rgba(0,0,0,0)');
    return g;
  };
  if (x1 - x0 > 2 * f) {
    ctx.fillStyle = stops(ctx.createLinearGradient(x0, 0, x1, 0), x0, x1);
    ctx.fillRect(0, 0, w, h);
  }
  if (y1 - y0 > 2 * f) {
    ctx.fillStyle = stops(ctx.createLinearGradient(0, y0, 0, y1), y0, y1);
    ctx.fillRect(0, 0, w, h);
  }
  ctx.restore();
}

/** The stipple of the period plans' gardens: a dot every 7 px. */
function dots(ctx: Context, tile: OffscreenCanvas | HTMLCanvasElement): CanvasPattern | null {
  tile.width = 7;
  tile.height = 7;
  const t = tile.getContext('2d') as Context | null;
  if (!t) return null;
  t.fillStyle = PALETTE.parkDot;
  t.beginPath();
  t.arc(2, 2, 0.9, 0, 2 * Math.PI);
  t.arc(5.5, 5.5, 0.7, 0, 2 * Math.PI);
  t.fill();
  return ctx.createPattern(tile, 'repeat');
}

export interface PaintRequest {
  view: View;
  /** Device pixels per CSS pixel. */
  dpr: number;
  /** Where the traced streets end (the city fades out there), and the map's bounds (the sheet's neat line). */
  city: PixelBox;
  sheet: PixelBox;
}

/** A canvas of the painter's kind (an OffscreenCanvas in the worker, a page canvas without one). */
export type MakeCanvas = () => OffscreenCanvas | HTMLCanvasElement;

/**
 * Paints the plan for one view into `canvas`, sized to it at `dpr`. `scratch` makes the extra
 * canvases it needs (the city is drawn apart, faded, then laid on the water).
 */
export function createPainter(shapes: PlanShapes, scratch: MakeCanvas) {
  const cityCanvas = scratch();
  let dotPattern: CanvasPattern | null | undefined;
  return function paint(canvas: OffscreenCanvas | HTMLCanvasElement, { view, dpr, city, sheet }: PaintRequest): void {
    const { w, h, mpp } = view;
    for (const c of [canvas, cityCanvas]) {
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
    }
    const ctx = canvas.getContext('2d') as Context | null;
    const c = cityCanvas.getContext('2d') as Context | null;
    if (!ctx || !c) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    c.setTransform(dpr, 0, 0, dpr, 0, 0);
    const s = shapes;
    const px = (metres: number) => metres / mpp;
    const toCanvas = ([x0, y0, x1, y1]: PixelBox): PixelBox => [x0 * view.k - view.ox, y0 * view.k - view.oy, x1 * view.k - view.ox, y1 * view.k - view.oy];

    ctx.clearRect(0, 0, w, h);
    ctx.lineJoin = 'round';
    // Water, toned, with an ink bank: the bank is stroked twice as wide and the water filled over
    // it, so only its outer half shows and where two bodies of water meet no seam is drawn.
    ctx.beginPath();
    trace(ctx, view, s.water, true);
    ctx.strokeStyle = PALETTE.bank;
    ctx.lineWidth = view.k >= CLOSE_K ? 2 : 1.4;
    ctx.stroke();
    ctx.fillStyle = PALETTE.water;
    ctx.fill();

    // The city: blocks, parks, squares, railways, streets — drawn apart, faded where the traced
    // centre ends, then laid on the water.
    c.clearRect(0, 0, w, h);
    c.lineJoin = 'round';
    c.beginPath();
    trace(c, view, s.inland, true);
    c.strokeStyle = PALETTE.bank;
    c.lineWidth = 1.4;
    c.stroke();
    c.fillStyle = PALETTE.water;
    c.fill();
    c.beginPath();
    trace(c, view, s.blocks, true);
    c.fillStyle = PALETTE.block;
    c.fill();
    c.beginPath();
    trace(c, view, s.parks, true);
    c.fillStyle = PALETTE.park;
    c.fill();
    if (view.k >= CLOSE_K) {
      dotPattern ??= dots(c, scratch());
      if (dotPattern) {
        c.fillStyle = dotPattern;
        c.fill();
      }
    }
    c.strokeStyle = PALETTE.parkDot;
    c.lineWidth = 0.8;
    c.stroke();
    c.beginPath();
    trace(c, view, s.squares, true);
    c.fillStyle = PALETTE.square;
    c.fill();
    c.strokeStyle = PALETTE.streetThin;
    c.lineWidth = 0.6;
    c.stroke();
    c.beginPath();
    trace(c, view, s.rails, false);
    c.lineCap = 'butt';
    c.strokeStyle = PALETTE.rail;
    c.lineWidth = 3.5;
    c.stroke();
    c.setLineDash([6, 6]);
    c.strokeStyle = PALETTE.railTie;
    c.lineWidth = 1.6;
    c.stroke();
    c.setLineDash([]);
    // Streets at their real width: an ink casing, then the paper carriageway; too narrow for
    // both, a single fine ink line.
    c.lineCap = 'round';
    for (const pass of ['casing', 'fill'] as const) {
      for (const [rank, list] of s.streets) {
        const width = px(STREET_METRES[rank] ?? 13);
        if (pass === 'fill' && width < 2.2) continue;
        c.beginPath();
        trace(c, view, list, false, width);
        if (width < 2.2) {
          c.strokeStyle = PALETTE.streetThin;
          c.lineWidth = Math.max(0.7, width);
        } else {
          c.strokeStyle = pass === 'casing' ? PALETTE.ink : PALETTE.street;
          c.lineWidth = pass === 'casing' ? width + Math.min(2, 0.6 + width / 12) : width;
        }
        c.stroke();
      }
    }
    feather(c, w, h, toCanvas(city), px(CITY_FADE_M));
    ctx.drawImage(cityCanvas, 0, 0, w, h);

    // Bridges over the water: ink sides, a paper deck.
    const deck = Math.max(3, px(BRIDGE_METRES));
    ctx.beginPath();
    trace(ctx, view, view.k >= 2 ** CANAL_BRIDGE_ZOOM ? [...s.bridges, ...s.canalBridges] : s.bridges, false, deck);
    ctx.lineCap = 'butt';
    ctx.strokeStyle = PALETTE.ink;
    ctx.lineWidth = deck + 2.5;
    ctx.stroke();
    ctx.strokeStyle = PALETTE.street;
    ctx.lineWidth = deck;
    ctx.stroke();

    // The sheet: everything fades out towards the map's bounds, beyond which lies a framed margin.
    const frame = toCanvas(sheet);
    feather(ctx, w, h, frame, px(SHEET_FADE_M));
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, w, h);
    ctx.rect(frame[0], frame[1], frame[2] - frame[0], frame[3] - frame[1]);
    ctx.fillStyle = PALETTE.margin;
    ctx.fill('evenodd'); // the view less the sheet
    ctx.strokeStyle = PALETTE.ink;
    ctx.lineWidth = 2.5;
    ctx.strokeRect(frame[0] - 5, frame[1] - 5, frame[2] - frame[0] + 10, frame[3] - frame[1] + 10);
    ctx.lineWidth = 0.8;
    ctx.strokeRect(frame[0] - 1, frame[1] - 1, frame[2] - frame[0] + 2, frame[3] - frame[1] + 2);
    ctx.restore();
  };
}
