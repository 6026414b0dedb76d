/**
 * The site markers as one Leaflet layer: a small SVG per site (see markerSvg), all in one element
 * on the marker pane, made when the layer is added to the map. A change of state or language
 * restyles the markers that changed (a class and a label); it never makes them anew.
 *
 * Markers are placed by `left`/`top` in layer pixels, not each by a transform as Leaflet's own
 * markers are: a transformed element is a compositor layer of its own, and the browser sorts them
 * all again on every frame that changes anything on the page. During an animated zoom the whole
 * set is scaled about the zoom's centre, as Leaflet's vector renderers do, and placed anew at its end.
 */
import L from 'leaflet';
import type { Site } from '../model/history.ts';
import type { SiteState } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';
import { statePhrase } from '../i18n/strings.ts';
import { MARKER_SIZE, STATE_CLASSES, markerSvg } from '../symbols/marker-icon.ts';
import { declutter, type ScreenPoint } from '../placement/declutter.ts';
import { SITES_PLACED, type SitesPlaced } from '../placement/site-labels.ts';
import { SiteNames } from './site-names.ts';
import { beforeNextPaint } from '../dom/schedule.ts';

export interface SiteMarkersOptions extends L.LayerOptions {
  /** Flash a marker when its site changes hands, and pan smoothly to a marker reached by keyboard. Default true; false under reduced motion. */
  animate: boolean;
}

const DEFAULTS: SiteMarkersOptions = {
  pane: 'markerPane',
  animate: true,
};

/** How long the ring stays lit, and then dark, in a flash: lit, dark, lit, dark (two flashes in 1.2 s, well under 3 a second). */
export const FLASH_MS = 300;
const FLASH_KEYFRAMES: Keyframe[] = [
  { visibility: 'visible' },
  { visibility: 'visible', offset: 0.5 },
  { visibility: 'hidden', offset: 0.5 },
  { visibility: 'hidden' },
];
const FLASH_TIMING: KeyframeAnimationOptions = { duration: 2 * FLASH_MS, iterations: 2 };

const SVG_NS = 'http://www.w3.org/2000/svg';

export function markerLabel(site: Site, state: SiteState, lang: Lang): string {
  return `${site.name[lang]}, ${statePhrase(lang, state)}`;
}

/** A site's marker: a 48 px button, named and styled by `draw`. */
function createMarker(site: Site): SVGSVGElement {
  const marker = document.createElementNS(SVG_NS, 'svg');
  const size = String(MARKER_SIZE);
  const attributes = {
    class: `site-marker site-marker--${site.kind}`,
    width: size,
    height: size,
    viewBox: `0 0 ${size} ${size}`,
    role: 'button',
    tabindex: '0',
  };
  for (const [name, value] of Object.entries(attributes)) marker.setAttribute(name, value);
  marker.dataset.siteId = site.id;
  marker.innerHTML = markerSvg(site.kind);
  return marker;
}

export class SiteMarkers extends L.Layer {
  declare options: SiteMarkersOptions;
  private readonly sites: readonly Site[];
  /** Key sites first: they keep their true place, the others move aside when they would cover one another. */
  private readonly order: readonly number[];
  private states: readonly SiteState[] = [];
  private lang: Lang = 'en';
  private openId: string | undefined;
  private map: L.Map | undefined;
  private container: HTMLElement | undefined;
  private markers: SVGSVGElement[] = [];
  private readonly names: SiteNames;
  /** The markers' centres in layer pixels as last placed, in the order of the sites. */
  private centres: ScreenPoint[] = [];
  /** What each marker shows now. */
  private drawn: { states: readonly SiteState[]; lang: Lang } | undefined;
  /** Where the markers were placed: the zoom and the map's pixel origin then. */
  private placedAt: { zoom: number; origin: L.Point } | undefined;
  /** Whether the map has been dragged since the pointer went down on a marker. */
  private dragged = false;
  /** The names' placing, asked for whenever the markers move or change. */
  private readonly namesSoon = beforeNextPaint(() => this.placeNamesNow());

  constructor(sites: readonly Site[], options: Partial<SiteMarkersOptions> = {}) {
    super();
    L.setOptions(this, { ...DEFAULTS, ...options });
    this.sites = sites;
    this.order = sites.map((_, i) => i).sort((a, b) => Number(sites[b]?.key) - Number(sites[a]?.key) || a - b);
    this.names = new SiteNames(sites);
  }

  override onAdd(map: L.Map): this {
    this.map = map;
    const container = L.DomUtil.create('div', `site-markers leaflet-zoom-${map.options.zoomAnimation && L.Browser.any3d ? 'animated' : 'hide'}`);
    this.markers = this.sites.map(createMarker);
    container.append(...this.markers);
    this.names.mount(container);
    this.names.setLang(this.lang);
    container.addEventListener('pointerdown', this.onPointerDown);
    container.addEventListener('click', this.onClick);
    container.addEventListener('keydown', this.onKeyDown);
    container.addEventListener('focusin', this.onFocus);
    this.getPane()?.append(container);
    map.on(this.mapEvents);
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
    this.container = container;
    this.drawn = undefined;
    this.place();
    this.draw();
    this.setOpen(this.openId);
    return this;
  }

  override onRemove(map: L.Map): this {
    this.namesSoon.cancel();
    map.off(this.mapEvents);
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
    this.names.unmount();
    this.container?.remove();
    this.container = undefined;
    this.markers = [];
    this.map = undefined;
    return this;
  }

  /** Shows each site's state (in the order of the sites given) and names it in `lang`; flashes the markers that changed hands. */
  setStates(states: readonly SiteState[], lang: Lang): this {
    this.states = states;
    const relabel = lang !== this.lang;
    this.lang = lang;
    this.draw();
    // A new language changes the names' sizes; a new state, the marker's shape they keep clear of.
    if (relabel) this.names.setLang(lang);
    this.placeNames();
    return this;
  }

  /** Marks the marker of the site whose card is open (none when `id` is undefined). */
  setOpen(id: string | undefined): this {
    this.openId = id;
    this.markers.forEach((marker, i) => {
      const open = this.sites[i]?.id === id;
      if (open === marker.classList.contains('is-open')) return;
      marker.classList.toggle('is-open', open);
      if (open) marker.setAttribute('aria-expanded', 'true');
      else marker.removeAttribute('aria-expanded');
    });
    return this;
  }

  setAnimate(animate: boolean): this {
    this.options.animate = animate;
    return this;
  }

  /** Gives the keyboard focus to a site's marker (which brings it into view). */
  focus(id: string): this {
    this.markers[this.sites.findIndex((site) => site.id === id)]?.focus();
    return this;
  }

  /**
   * Where each marker's centre would stand on `map` at `zoom`, in the map's projected pixels (its
   * site's point, moved aside where markers crowd, as `place` does), in the order of the sites.
   * Pure arithmetic: nothing is moved or measured, and the layer need not be on the map yet.
   */
  centresAt(map: L.Map, zoom: number): L.Point[] {
    const points = this.order.map((i) => {
      const [lon, lat] = this.sites[i]?.point ?? [0, 0];
      return map.project([lat, lon], zoom).round(); // as latLngToLayerPoint rounds, for `place`
    });
    const offsets = declutter(points, MARKER_SIZE);
    const centres: L.Point[] = [];
    this.order.forEach((i, k) => {
      const point = points[k];
      const offset = offsets[k];
      if (point && offset) centres[i] = L.point(point.x + offset.dx, point.y + offset.dy);
    });
    return centres;
  }

  /** Restyles the markers whose state changed, or all of them when the language changed. */
  private draw() {
    const before = this.drawn;
    const all = !before || before.lang !== this.lang;
    this.markers.forEach((marker, i) => {
      const state = this.states[i];
      const site = this.sites[i];
      const changed = before?.states[i] !== state;
      if (!state || !site || (!all && !changed)) return;
      for (const [s, cls] of Object.entries(STATE_CLASSES)) marker.classList.toggle(cls, s === state);
      marker.setAttribute('aria-label', markerLabel(site, state, this.lang));
      // Only a change seen on the map flashes: not the first states a marker is given.
      const seen = before?.states[i] !== undefined;
      if (seen && changed && this.options.animate) marker.querySelector('.site-marker__pulse')?.animate(FLASH_KEYFRAMES, FLASH_TIMING);
    });
    if (this.markers.length > 0 && this.states.length > 0) this.drawn = { states: this.states, lang: this.lang };
  }

  /** Places every marker at its site's point in layer pixels, which change only with the zoom. */
  private place = () => {
    const { map, container } = this;
    if (!map || !container) return;
    container.style.transform = ''; // where a zoom animation ends
    const points = this.order.map((i) => {
      const [lon, lat] = this.sites[i]?.point ?? [0, 0];
      return map.latLngToLayerPoint([lat, lon]);
    });
    const offsets = declutter(points, MARKER_SIZE);
    this.centres = [];
    this.order.forEach((i, k) => {
      const marker = this.markers[i];
      const point = points[k];
      const offset = offsets[k];
      if (!marker || !point || !offset) return;
      const left = Math.round(point.x + offset.dx - MARKER_SIZE / 2);
      const top = Math.round(point.y + offset.dy - MARKER_SIZE / 2);
      marker.style.left = `${left}px`;
      marker.style.top = `${top}px`;
      // How far, in map pixels, the marker stands aside from its site's point at this zoom.
      marker.dataset.offset = `${left + MARKER_SIZE / 2 - point.x} ${top + MARKER_SIZE / 2 - point.y}`;
      this.centres[i] = { x: left + MARKER_SIZE / 2, y: top + MARKER_SIZE / 2 };
    });
    this.placedAt = { zoom: map.getZoom(), origin: map.getPixelOrigin() };
    this.placeNames();
  };

  /**
   * Places the names beside the markers as placed, and tells the map what other labels must keep
   * clear of: before the next paint, once however often the markers moved since (the home view
   * tries several zooms in one task; each placing of the names measures them).
   */
  private placeNames() {
    this.namesSoon.request();
  }

  private placeNamesNow() {
    const map = this.map;
    if (!map || !this.placedAt) return;
    const placed: SitesPlaced = { boxes: this.names.place(this.centres, this.states, this.placedAt.zoom) };
    map.fire(SITES_PLACED, placed);
  }

  private onFontsLoaded = () => {
    this.names.remeasure();
    this.placeNames();
  };

  /**
   * Scales the markers as they were placed to where a view of `center` at `zoom` puts them. A
   * layer point at the new view is its projection at the new zoom less the new view's pixel origin
   * (the new centre's projection, less half the map's size, plus the map pane's offset, rounded as
   * Leaflet rounds it); a projection at the new zoom is the one at the old zoom times the scale.
   */
  private transformTo(center: L.LatLng, zoom: number) {
    const { map, container, placedAt } = this;
    if (!map || !container || !placedAt) return;
    const scale = map.getZoomScale(zoom, placedAt.zoom);
    const paneOffset = map.layerPointToContainerPoint([0, 0]);
    const newOrigin = map.project(center, zoom).subtract(map.getSize().divideBy(2)).add(paneOffset).round();
    L.DomUtil.setTransform(container, placedAt.origin.multiplyBy(scale).subtract(newOrigin), scale);
  }

  private onZoomAnimation = (event: L.ZoomAnimEvent) => this.transformTo(event.center, event.zoom);
  /** Zooms that are not animated step by step (a pinch) follow the map as it goes; `zoomend` places the markers anew. */
  private onZoom = () => {
    const map = this.map;
    if (map) this.transformTo(map.getCenter(), map.getZoom());
  };

  private siteOf(target: EventTarget | null): Site | undefined {
    const marker = target instanceof Element ? target.closest('.site-marker') : null;
    const index = marker instanceof SVGSVGElement ? this.markers.indexOf(marker) : -1;
    return this.sites[index];
  }

  /** Fires `open`, with the site's id as `siteId`, when a marker is tapped or clicked, or activated with Enter or Space. */
  private open(site: Site) {
    this.fire('open', { siteId: site.id });
  }

  private onPointerDown = () => {
    this.dragged = false;
  };
  private onDragStart = () => {
    this.dragged = true;
  };

  private onClick = (event: MouseEvent) => {
    const site = this.siteOf(event.target);
    // A drag of the map that began on a marker is not a tap on it.
    if (!site || this.dragged) return;
    L.DomEvent.stopPropagation(event);
    this.open(site);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const site = this.siteOf(event.target);
    if (!site || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    this.open(site);
  };

  /** A marker reached with the keyboard is brought into view (the map pane does not scroll). */
  private onFocus = (event: FocusEvent) => {
    const site = this.siteOf(event.target);
    if (site) this.map?.panInside([site.point[1], site.point[0]], { padding: [MARKER_SIZE, MARKER_SIZE], animate: this.options.animate });
  };

  /** What the layer follows on the map, added and removed with it (declared after the handlers it names). */
  private readonly mapEvents: L.LeafletEventHandlerFnMap = {
    zoomanim: this.onZoomAnimation,
    zoom: this.onZoom,
    zoomend: this.place,
    viewreset: this.place,
    dragstart: this.onDragStart,
  };
}
