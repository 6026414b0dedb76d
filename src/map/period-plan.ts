/**
 * The 1917 city drawn as a period plan (in the manner of the city plans of 1914–1917): built-up
 * ground toned between ink-cased streets of their real widths, water toned with an ink bank,
 * parks stippled, squares paper-light. One `L.Layer` drawing into one canvas of its own.
 *
 * - Geometry is projected once, to zoom-0 pixels; a redraw only scales and shifts it, and skips
 *   what lies outside the canvas.
 * - The canvas covers the view and a margin (PAD) on each side; a pan that stays within it draws
 *   nothing, and a drag never draws (as Leaflet's own renderers, it redraws on `moveend`).
 * - No rectangular cuts: the streets and blocks fade out where the traced centre ends, and the
 *   whole plan fades into a framed sheet margin at `sheet` (the map's maxBounds), as a printed
 *   plan ends at its neat line.
 * - At rest the canvas is shown as a still image: the browser hands a canvas to the compositor
 *   again on every frame it draws, even when nothing on it changed (0.8 ms of every slider step
 *   on this machine); an image is rasterised once. After a redraw the canvas shows until its copy
 *   is decoded.
 */
import L from 'leaflet';
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
/** The margin of canvas beyond the view on each side, as a share of the view. */
const PAD = 0.25;
/** How far the streets and blocks fade out, and the sheet into its margin, in metres. */
const CITY_FADE_M = 500;
const SHEET_FADE_M = 700;
/** Water that ends inland within the sheet (its hand-drawn course stops there): faded with the city. */
const ENDS_INLAND = new Set(['okhta']);

/** A feature's parts in zoom-0 pixels, with their box, for culling. */
interface Shape {
  parts: Float64Array[];
  box: [number, number, number, number];
}

function shapeOf(map: L.Map, parts: number[][][]): Shape {
  const box: Shape['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  const out = parts.map((coords) => {
    const xy = new Float64Array(coords.length * 2);
    coords.forEach(([lon, lat], i) => {
      const p = map.project([lat as number, lon as number], 0);
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
      box[0] = Math.min(box[0], p.x);
      box[1] = Math.min(box[1], p.y);
      box[2] = Math.max(box[2], p.x);
      box[3] = Math.max(box[3], p.y);
    });
    return xy;
  });
  return { parts: out, box };
}

type Area = BasemapData['water'][number]['geometry'];
const ringsOf = (g: Area): number[][][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

/** A view of the canvas: zoom-0 pixel → canvas pixel is `x * k - ox`, `y * k - oy`. */
interface View {
  k: number;
  ox: number;
  oy: number;
  w: number;
  h: number;
  /** Metres per canvas pixel at the city's latitude. */
  mpp: number;
}

function visible(view: View, shape: Shape, margin = 0): boolean {
  const { k, ox, oy, w, h } = view;
  const [x0, y0, x1, y1] = shape.box;
  return x1 * k - ox >= -margin && x0 * k - ox <= w + margin && y1 * k - oy >= -margin && y0 * k - oy <= h + margin;
}

/** Adds the shapes' parts to the context's current path (closed rings for areas, filled by the nonzero rule: outer rings and holes are wound opposite ways, as RFC 7946 asks). */
function trace(ctx: CanvasRenderingContext2D, view: View, shapes: readonly Shape[], closed: boolean, margin = 0): void {
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
function feather(ctx: CanvasRenderingContext2D, w: number, h: number, box: [number, number, number, number], f: number): void {
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

export class PeriodPlan extends L.Layer {
  private readonly data: BasemapData;
  /** The map's bounds: the plan fades into a framed margin there. */
  private readonly sheet: L.LatLngBounds;
  /** Where the traced streets end: the streets and blocks fade out there. */
  private readonly city: L.LatLngBounds;
  private canvas?: HTMLCanvasElement;
  private still?: HTMLImageElement;
  private cityCanvas?: HTMLCanvasElement;
  private shapes?: Record<'blocks' | 'parks' | 'squares' | 'water' | 'inland' | 'rails' | 'bridges', Shape[]> & { streets: Map<number, Shape[]> };
  private dotPattern?: CanvasPattern | null;
  /** What the canvas covers now: its corner in layer pixels (and as a place), its size, its zoom. */
  private drawn?: { corner: L.Point; cornerLatLng: L.LatLng; size: L.Point; zoom: number };
  private generation = 0;
  private url = '';

  constructor(data: BasemapData, sheet: L.LatLngBounds, options?: L.LayerOptions) {
    super();
    // Leaflet's class constructor sets no options of its own from its arguments: set them here.
    L.setOptions(this, { pane: 'basemap', ...options });
    this.data = data;
    this.sheet = sheet;
    this.city = L.latLngBounds(data.streets.flatMap((s) => s.geometry.coordinates.map(([lon, lat]) => [lat as number, lon as number] as L.LatLngTuple)));
  }

  override onAdd(map: L.Map): this {
    const pane = this.getPane() ?? map.getPanes().overlayPane;
    const canvas = document.createElement('canvas');
    canvas.className = 'basemap-canvas leaflet-zoom-animated';
    canvas.setAttribute('aria-hidden', 'true');
    const still = document.createElement('img');
    still.className = 'basemap-still leaflet-zoom-animated';
    still.alt = '';
    still.draggable = false;
    still.setAttribute('aria-hidden', 'true');
    still.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;display:none';
    canvas.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none';
    pane.append(canvas, still);
    this.canvas = canvas;
    this.still = still;
    this.cityCanvas = document.createElement('canvas');
    this.project(map);
    this.redraw(true);
    return this;
  }

  override onRemove(): this {
    this.generation += 1;
    this.canvas?.remove();
    this.still?.remove();
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = '';
    this.drawn = undefined;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      moveend: () => this.redraw(false),
      zoomend: () => this.redraw(true),
      viewreset: () => this.redraw(true),
      resize: () => this.redraw(true),
      zoomanim: (event) => this.animateZoom(event as L.ZoomAnimEvent),
    };
  }

  private project(map: L.Map): void {
    const d = this.data;
    const area = (g: Area) => shapeOf(map, ringsOf(g));
    const streets = new Map<number, Shape[]>();
    for (const s of d.streets) {
      const list = streets.get(s.properties.rank) ?? [];
      list.push(shapeOf(map, [s.geometry.coordinates]));
      streets.set(s.properties.rank, list);
    }
    this.shapes = {
      blocks: d.blocks.map((b) => area(b.geometry)),
      parks: d.parks.filter((p) => p.properties.kind !== 'square').map((p) => area(p.geometry)),
      squares: d.parks.filter((p) => p.properties.kind === 'square').map((p) => area(p.geometry)),
      water: d.water.filter((w) => !ENDS_INLAND.has(w.id)).map((w) => area(w.geometry)),
      inland: d.water.filter((w) => ENDS_INLAND.has(w.id)).map((w) => area(w.geometry)),
      rails: d.railways.map((r) => shapeOf(map, [r.geometry.coordinates])),
      bridges: d.bridges.map((b) => shapeOf(map, [b.geometry.coordinates])),
      streets,
    };
  }

  /** Draws the view and its margin, unless the canvas already covers the view at this zoom. */
  private redraw(always: boolean): void {
    const map = this._map as L.Map | undefined;
    const canvas = this.canvas;
    if (!map || !canvas || !this.shapes) return;
    const size = map.getSize();
    const viewCorner = map.containerPointToLayerPoint([0, 0]);
    const zoom = map.getZoom();
    const was = this.drawn;
    if (
      !always &&
      was &&
      was.zoom === zoom &&
      viewCorner.x >= was.corner.x &&
      viewCorner.y >= was.corner.y &&
      viewCorner.x + size.x <= was.corner.x + was.size.x &&
      viewCorner.y + size.y <= was.corner.y + was.size.y
    )
      return;
    const pad = size.multiplyBy(PAD).round();
    const corner = viewCorner.subtract(pad).round();
    const full = size.add(pad.multiplyBy(2));
    this.drawn = { corner, cornerLatLng: map.layerPointToLatLng(corner), size: full, zoom };
    const dpr = window.devicePixelRatio || 1;
    for (const c of [canvas, this.cityCanvas as HTMLCanvasElement]) {
      c.width = Math.round(full.x * dpr);
      c.height = Math.round(full.y * dpr);
    }
    canvas.style.width = `${full.x}px`;
    canvas.style.height = `${full.y}px`;
    L.DomUtil.setPosition(canvas, corner);
    const origin = map.getPixelOrigin();
    const k = map.getZoomScale(zoom, 0);
    const lat = map.getCenter().lat;
    const view: View = {
      k,
      ox: origin.x + corner.x,
      oy: origin.y + corner.y,
      w: full.x,
      h: full.y,
      mpp: (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (256 * k),
    };
    const ctx = canvas.getContext('2d');
    const cityCtx = this.cityCanvas?.getContext('2d');
    if (!ctx || !cityCtx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    cityCtx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.paint(ctx, cityCtx, view, map);
    this.showCanvasThenStill(canvas);
  }

  private paint(ctx: CanvasRenderingContext2D, cityCtx: CanvasRenderingContext2D, view: View, map: L.Map): void {
    const s = this.shapes;
    if (!s) return;
    const { w, h, mpp } = view;
    const px = (metres: number) => metres / mpp;
    const toCanvas = (b: L.LatLngBounds): [number, number, number, number] => {
      const nw = map.project(b.getNorthWest(), 0);
      const se = map.project(b.getSouthEast(), 0);
      return [nw.x * view.k - view.ox, nw.y * view.k - view.oy, se.x * view.k - view.ox, se.y * view.k - view.oy];
    };

    ctx.clearRect(0, 0, w, h);
    ctx.lineJoin = 'round';
    // Water, toned, with an ink bank: the bank is stroked twice as wide and the water filled over
    // it, so only its outer half shows and where two bodies of water meet no seam is drawn.
    ctx.beginPath();
    trace(ctx, view, s.water, true);
    ctx.strokeStyle = PALETTE.bank;
    ctx.lineWidth = view.k >= 2 ** 14 ? 2 : 1.4;
    ctx.stroke();
    ctx.fillStyle = PALETTE.water;
    ctx.fill();

    // The city: blocks, parks, squares, railways, streets — drawn apart, faded where the traced
    // centre ends, then laid on the water.
    const c = cityCtx;
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
    if (view.k >= 2 ** 14) {
      this.dotPattern ??= dots(c);
      if (this.dotPattern) {
        c.fillStyle = this.dotPattern;
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
    const ranks = [...s.streets.keys()].sort((a, b) => b - a);
    c.lineCap = 'round';
    const widths = new Map(ranks.map((r) => [r, px(STREET_METRES[r] ?? 13)]));
    for (const pass of ['casing', 'fill'] as const) {
      for (const rank of ranks) {
        const width = widths.get(rank) ?? 1;
        if (pass === 'fill' && width < 2.2) continue;
        c.beginPath();
        trace(c, view, s.streets.get(rank) ?? [], false, width);
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
    const city = toCanvas(this.city);
    feather(c, w, h, city, px(CITY_FADE_M));
    ctx.drawImage(this.cityCanvas as HTMLCanvasElement, 0, 0, w, h);

    // Bridges over the water: ink sides, a paper deck.
    const deck = Math.max(3, px(BRIDGE_METRES));
    ctx.beginPath();
    trace(ctx, view, s.bridges, false, deck);
    ctx.lineCap = 'butt';
    ctx.strokeStyle = PALETTE.ink;
    ctx.lineWidth = deck + 2.5;
    ctx.stroke();
    ctx.strokeStyle = PALETTE.street;
    ctx.lineWidth = deck;
    ctx.stroke();

    // The sheet: everything fades out towards the map's bounds, beyond which lies a framed margin.
    const sheet = toCanvas(this.sheet);
    feather(ctx, w, h, sheet, px(SHEET_FADE_M));
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, w, h);
    ctx.rect(sheet[0], sheet[1], sheet[2] - sheet[0], sheet[3] - sheet[1]);
    ctx.fillStyle = PALETTE.margin;
    ctx.fill('evenodd'); // the view less the sheet
    ctx.strokeStyle = PALETTE.ink;
    ctx.lineWidth = 2.5;
    ctx.strokeRect(sheet[0] - 5, sheet[1] - 5, sheet[2] - sheet[0] + 10, sheet[3] - sheet[1] + 10);
    ctx.lineWidth = 0.8;
    ctx.strokeRect(sheet[0] - 1, sheet[1] - 1, sheet[2] - sheet[0] + 2, sheet[3] - sheet[1] + 2);
    ctx.restore();
  }

  /** The canvas is what is true now; its still copy replaces it once decoded. */
  private showCanvasThenStill(canvas: HTMLCanvasElement): void {
    const still = this.still;
    if (!still || typeof canvas.toBlob !== 'function') return;
    const mine = (this.generation += 1);
    canvas.style.display = '';
    still.style.display = 'none';
    canvas.toBlob((blob) => {
      if (!blob || mine !== this.generation) return;
      const next = URL.createObjectURL(blob);
      const loader = new Image();
      loader.src = next;
      loader
        .decode()
        .then(() => {
          if (mine !== this.generation) return URL.revokeObjectURL(next);
          if (this.url) URL.revokeObjectURL(this.url);
          this.url = next;
          still.src = next;
          still.style.width = canvas.style.width;
          still.style.height = canvas.style.height;
          still.style.transform = canvas.style.transform;
          still.style.display = '';
          canvas.style.display = 'none';
        })
        .catch(() => URL.revokeObjectURL(next));
    });
  }

  /** During a zoom animation the drawing scales about the zoom's centre, as Leaflet's own renderers do. */
  private animateZoom(event: L.ZoomAnimEvent): void {
    const map = this._map as L.Map | undefined;
    const drawn = this.drawn;
    if (!map || !drawn || !this.canvas || !this.still) return;
    const scale = map.getZoomScale(event.zoom, drawn.zoom);
    const mapPane = map.getPane('mapPane');
    const panePos = mapPane ? L.DomUtil.getPosition(mapPane) : L.point(0, 0);
    // The new view's pixel origin, as Leaflet computes it for the zoom it animates to.
    const newOrigin = map.project(event.center, event.zoom).subtract(map.getSize().divideBy(2)).add(panePos).round();
    const offset = map.project(drawn.cornerLatLng, event.zoom).subtract(newOrigin);
    for (const element of [this.canvas, this.still]) L.DomUtil.setTransform(element, offset, scale);
  }
}

/** The stipple of the period plans' gardens: a dot every 7 px. */
function dots(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = 7;
  tile.height = 7;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.fillStyle = PALETTE.parkDot;
  t.beginPath();
  t.arc(2, 2, 0.9, 0, 2 * Math.PI);
  t.arc(5.5, 5.5, 0.7, 0, 2 * Math.PI);
  t.fill();
  return ctx.createPattern(tile, 'repeat');
}
