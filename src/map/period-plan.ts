/**
 * The 1917 city drawn as a period plan (in the manner of the city plans of 1914–1917), as one
 * `L.Layer` with one canvas of its own. How it is painted is plan-paint.ts.
 *
 * - Geometry is projected once, to zoom-0 pixels; a paint only scales and shifts it.
 * - The canvas covers the view and a margin (PAD) on each side; a pan that stays within it paints
 *   nothing, and a drag never paints (as Leaflet's own renderers, it repaints on `moveend`).
 * - The painting happens in a worker (plan-worker.ts) where the browser has OffscreenCanvas: the
 *   page only shows the finished view, in a `bitmaprenderer` canvas (no copy, and an unchanged
 *   image is not handed to the compositor again on every frame). Until it arrives the canvas
 *   shows the previous view where it was, scaled by a zoom as Leaflet's renderers do. Without
 *   OffscreenCanvas the page paints the view itself.
 * - `data-zoom` on the canvas says at which zoom the view it shows was painted; `data-painting` is
 *   there while a newer view is being painted.
 */
import L from 'leaflet';
import { createPainter, toPixel, unpackPlan, type PackedPlan, type PaintRequest, type PixelBox } from './plan-paint.ts';
import type { FromPainter, ToPainter } from './plan-worker.ts';
import { beforeNextPaint } from '../dom/schedule.ts';

/** The margin of canvas beyond the view on each side, as a share of the view. */
const PAD = 0.25;

/** What a painted view covers: its corner in layer pixels (and as a place), its size, its zoom. */
interface Covered {
  corner: L.Point;
  cornerLatLng: L.LatLng;
  size: L.Point;
  zoom: number;
}

function pixelBox(bounds: L.LatLngBounds): PixelBox {
  const [x0, y0] = toPixel(bounds.getWest(), bounds.getNorth());
  const [x1, y1] = toPixel(bounds.getEast(), bounds.getSouth());
  return [x0, y0, x1, y1];
}

function canPaintInAWorker(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && 'transferToImageBitmap' in OffscreenCanvas.prototype;
}

export class PeriodPlan extends L.Layer {
  /** The plan as built: it goes to the worker, which unpacks it; the page unpacks it only to paint itself. */
  private readonly plan: PackedPlan;
  /** The map's bounds (the plan fades into a framed margin there), and where the traced streets end (the city fades out there). */
  private readonly boxes: { sheet: PixelBox; city: PixelBox };
  private canvas?: HTMLCanvasElement;
  private worker?: Worker;
  /** Paints on the page, where there is no worker. */
  private paintHere?: (canvas: HTMLCanvasElement, request: PaintRequest) => void;
  /** The view last asked for, and the view on the canvas now. */
  private asked?: Covered & { id: number };
  private shown?: Covered;
  private nextId = 0;
  /** The paint asked for this frame, and whether it must paint even when the view is covered. */
  private readonly paintSoon = beforeNextPaint(() => {
    const always = this.always;
    this.always = false;
    this.paint(always);
  });
  private always = false;
  /** The canvas's CSS zoom (a 4K kiosk's map is zoomed): read on resize, since reading it forces a restyle. */
  private cssZoom = 1;

  constructor(plan: PackedPlan, sheet: L.LatLngBounds, options?: L.LayerOptions) {
    super();
    // Leaflet's class constructor sets no options of its own from its arguments: set them here.
    L.setOptions(this, { pane: 'basemap', ...options });
    this.plan = plan;
    this.boxes = { sheet: pixelBox(sheet), city: plan.city };
  }

  override onAdd(map: L.Map): this {
    const pane = this.getPane() ?? map.getPanes().overlayPane;
    const canvas = document.createElement('canvas');
    canvas.className = 'basemap-canvas leaflet-zoom-animated';
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none';
    pane.append(canvas);
    this.canvas = canvas;
    this.cssZoom = canvas.currentCSSZoom || 1;
    if (canPaintInAWorker()) {
      const worker = new Worker(new URL('./plan-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<FromPainter>) => this.show(event.data);
      // A worker whose script does not load (a failed download, a policy) paints nothing: the page paints instead.
      worker.onerror = (event) => {
        event.preventDefault();
        console.warn('Petrograd 1917: the plan is painted on the page, its worker failed:', event.message);
        this.paintOnThePage();
      };
      // The plan goes over once; later paints send only the view.
      const message: ToPainter = { plan: this.plan };
      worker.postMessage(message);
      this.worker = worker;
    } else {
      this.paintOnThePage();
    }
    this.redraw(true);
    return this;
  }

  private paintOnThePage(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.paintHere = createPainter(unpackPlan(this.plan), () => document.createElement('canvas'));
    this.asked = undefined;
    this.redraw(true);
  }

  override onRemove(): this {
    this.paintSoon.cancel();
    this.worker?.terminate();
    this.worker = undefined;
    this.canvas?.remove();
    this.canvas = undefined;
    this.asked = undefined;
    this.shown = undefined;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      moveend: () => this.redraw(false),
      zoomend: () => this.fitAndRedraw(),
      viewreset: () => this.fitAndRedraw(),
      resize: () => {
        this.cssZoom = this.canvas?.currentCSSZoom || 1;
        this.redraw(true);
      },
      zoomanim: (event) => this.animateZoom(event as L.ZoomAnimEvent),
    };
  }

  /** The view changed zoom or origin: the painted view shown so far moves and scales to where it now lies, until the new one comes. */
  private fitAndRedraw(): void {
    const map = this._map as L.Map | undefined;
    const shown = this.shown;
    if (map && shown && this.canvas)
      L.DomUtil.setTransform(this.canvas, map.latLngToLayerPoint(shown.cornerLatLng), map.getZoomScale(map.getZoom(), shown.zoom));
    this.redraw(true);
  }

  /**
   * Paints the view and its margin before the next frame, unless the view last asked for already
   * covers it at this zoom: once, however often the view changed since (the home view tries
   * several zooms in one task).
   */
  private redraw(always: boolean): void {
    this.always ||= always;
    this.paintSoon.request();
  }

  private paint(always: boolean): void {
    const map = this._map as L.Map | undefined;
    if (!map || !this.canvas) return;
    const size = map.getSize();
    const viewCorner = map.containerPointToLayerPoint([0, 0]);
    const zoom = map.getZoom();
    const was = this.asked;
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
    const origin = map.getPixelOrigin();
    const k = map.getZoomScale(zoom, 0);
    const lat = map.getCenter().lat;
    const request: PaintRequest = {
      view: {
        k,
        ox: origin.x + corner.x,
        oy: origin.y + corner.y,
        w: full.x,
        h: full.y,
        mpp: (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (256 * k),
      },
      // Under CSS zoom (a 4K kiosk's map) a layout pixel covers several screen pixels.
      dpr: (window.devicePixelRatio || 1) * this.cssZoom,
      ...this.boxes,
    };
    const asked = { corner, cornerLatLng: map.layerPointToLatLng(corner), size: full, zoom, id: (this.nextId += 1) };
    this.asked = asked;
    if (this.worker) {
      const message: ToPainter = { id: asked.id, request };
      this.worker.postMessage(message);
      this.canvas.dataset.painting = '';
    } else if (this.paintHere) {
      this.paintHere(this.canvas, request);
      this.place(asked);
    }
  }

  /** A painted view from the worker: shown if it is the one last asked for (an older one is dropped). */
  private show({ id, bitmap }: FromPainter): void {
    const asked = this.asked;
    const canvas = this.canvas;
    if (!asked || !canvas || id !== asked.id) {
      bitmap.close();
      return;
    }
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    (canvas.getContext('bitmaprenderer') as ImageBitmapRenderingContext | null)?.transferFromImageBitmap(bitmap);
    this.place(asked);
  }

  /** Puts the canvas where the view it now shows lies. */
  private place(covered: Covered): void {
    const canvas = this.canvas as HTMLCanvasElement;
    canvas.style.width = `${covered.size.x}px`;
    canvas.style.height = `${covered.size.y}px`;
    L.DomUtil.setPosition(canvas, covered.corner);
    canvas.dataset.zoom = String(covered.zoom);
    delete canvas.dataset.painting;
    this.shown = covered;
  }

  /** During a zoom animation the drawing scales about the zoom's centre, as Leaflet's own renderers do. */
  private animateZoom(event: L.ZoomAnimEvent): void {
    const map = this._map as L.Map | undefined;
    const shown = this.shown;
    if (!map || !shown || !this.canvas) return;
    const scale = map.getZoomScale(event.zoom, shown.zoom);
    const mapPane = map.getPane('mapPane');
    const panePos = mapPane ? L.DomUtil.getPosition(mapPane) : L.point(0, 0);
    // The new view's pixel origin, as Leaflet computes it for the zoom it animates to.
    const newOrigin = map.project(event.center, event.zoom).subtract(map.getSize().divideBy(2)).add(panePos).round();
    const offset = map.project(shown.cornerLatLng, event.zoom).subtract(newOrigin);
    L.DomUtil.setTransform(this.canvas, offset, scale);
  }
}
