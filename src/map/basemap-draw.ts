/**
 * Drawing the 1917 basemap onto a Leaflet map, without React: used by BasemapLayer and by the
 * benchmark's Leaflet.timeline page, so that both draw exactly the same city.
 */
import L from 'leaflet';
import type { BasemapData, Bilingual } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';
import { labelAngle, labelAnchor, type Placed } from './label-placement.ts';

/**
 * One canvas for the whole basemap, drawn in the order the layers are added (parks, water,
 * railways, streets, bridges): the browser hands every canvas to the compositor on each frame, so
 * one canvas instead of five takes that cost off every slider step.
 */
const PANES = { basemap: 250, labels: 350 } as const;

const STYLE = {
  water: { stroke: true, color: '#6f8e95', weight: 1, fillColor: '#a7bfc3', fillOpacity: 1 },
  parks: { stroke: false, fillColor: '#c9cf9f', fillOpacity: 0.85 },
  square: { stroke: false, fillColor: '#e4d6b5', fillOpacity: 1 },
  streetCasing: { color: '#8c7b60', lineCap: 'round' as const },
  streetFill: { color: '#fbf6ea', lineCap: 'round' as const },
  railBase: { color: '#2f2a24', weight: 4 },
  railTies: { color: '#f5efe0', weight: 2, dashArray: '7 7' },
  bridge: { color: '#3a3128', weight: 6, lineCap: 'butt' as const },
  bridgeDeck: { color: '#e9dfc8', weight: 3, lineCap: 'butt' as const },
};
/** The attribution the ODbL asks for wherever the OSM-derived geometry is drawn. */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

const STREET_WIDTH: Record<number, number> = { 1: 5, 2: 3.5, 3: 2.5 };

/** From which zoom a label shows, by kind and rank. */
const STREET_LABEL_ZOOM: Record<number, number> = { 1: 14, 2: 15, 3: 16 };

export interface BasemapLabel {
  marker: L.Marker;
  name: Bilingual;
  minZoom: number;
  /** Lower draws first and wins a collision. */
  priority: number;
  className: string;
  angle: number;
}

/** Draws the city into a new layer group on the map; returns the group and its labels (highest priority first). */
export function drawBasemap(map: L.Map, data: BasemapData): { group: L.LayerGroup; labels: BasemapLabel[] } {
  for (const [name, z] of Object.entries(PANES)) {
    const pane = map.getPane(name) ?? map.createPane(name);
    pane.style.zIndex = String(z);
    if (name === 'labels') {
      pane.style.pointerEvents = 'none';
      pane.setAttribute('aria-hidden', 'true');
    }
  }
  const renderer = L.canvas({ pane: 'basemap', padding: 0.3 });
  // The water, streets and bridges are derived from OpenStreetMap (ODbL): the map's attribution
  // control shows this text for as long as the group is on the map.
  const group = L.layerGroup([], { attribution: OSM_ATTRIBUTION }).addTo(map);
  const latLngs = (coordinates: number[][]) => coordinates.map(([lon, lat]) => [lat, lon] as L.LatLngTuple);
  const area = (geometry: BasemapData['water'][number]['geometry']) =>
    geometry.type === 'Polygon' ? geometry.coordinates.map(latLngs) : geometry.coordinates.map((p) => p.map(latLngs));
  const add = (layer: L.Path) => group.addLayer(layer);

  for (const park of data.parks)
    add(L.polygon(area(park.geometry), { ...(park.properties.kind === 'square' ? STYLE.square : STYLE.parks), renderer, interactive: false }));
  for (const body of data.water) add(L.polygon(area(body.geometry), { ...STYLE.water, renderer, interactive: false }));
  for (const rail of data.railways) {
    const line = latLngs(rail.geometry.coordinates);
    add(L.polyline(line, { ...STYLE.railBase, renderer, interactive: false }));
    add(L.polyline(line, { ...STYLE.railTies, renderer, interactive: false }));
  }
  // All the streets of a rank are one multi-part line (casing, then fill): a handful of canvas
  // paths instead of two for each of the ~600 traced street lines, so a pan redraws quickly.
  const ranks = [...new Set(data.streets.map((s) => s.properties.rank))].sort((a, b) => b - a);
  const linesOf = (rank: number) => data.streets.filter((s) => s.properties.rank === rank).map((s) => latLngs(s.geometry.coordinates));
  for (const style of [STYLE.streetCasing, STYLE.streetFill]) {
    for (const rank of ranks) {
      const width = STREET_WIDTH[rank] ?? 2.5;
      add(L.polyline(linesOf(rank), { ...style, weight: style === STYLE.streetCasing ? width + 2 : width, renderer, interactive: false }));
    }
  }
  for (const bridge of data.bridges) {
    const line = latLngs(bridge.geometry.coordinates);
    add(L.polyline(line, { ...STYLE.bridge, renderer, interactive: false }));
    add(L.polyline(line, { ...STYLE.bridgeDeck, renderer, interactive: false }));
  }
  showAsImage(map, renderer, group);

  const labels: BasemapLabel[] = [];
  const addLabel = (placed: Placed, name: Bilingual, className: string, minZoom: number, priority: number) => {
    const marker = L.marker([placed.lat, placed.lon], {
      pane: 'labels',
      interactive: false,
      keyboard: false,
      icon: L.divIcon({ className: 'map-label-anchor', html: '', iconSize: [0, 0] }),
    });
    labels.push({ marker, name, minZoom, priority, className, angle: placed.angle });
  };
  for (const label of data.labels) {
    const [lon, lat] = label.geometry.coordinates;
    const priority = label.properties.kind === 'district' ? 0 : label.properties.kind === 'island' ? 1 : 2;
    addLabel({ lon, lat, angle: 0 }, label.properties.name, `map-label map-label--${label.properties.kind}`, label.properties.minZoom, priority);
  }
  // A street comes as several lines (carriageways, stretches between junctions), longest first:
  // the longest carries its name; a street whose 1917 name is not yet checked carries none.
  const named = new Set<string>();
  for (const street of data.streets) {
    if (street.properties.label === false || named.has(street.properties.name.ru)) continue;
    named.add(street.properties.name.ru);
    const anchor = labelAnchor(street.geometry.coordinates as [number, number][]);
    if (!anchor) continue;
    const { rank } = street.properties;
    addLabel(
      { ...anchor, angle: labelAngle(anchor.bearing) },
      street.properties.name,
      `map-label map-label--street map-label--rank${rank}`,
      STREET_LABEL_ZOOM[rank] ?? 16,
      2 + rank,
    );
  }
  for (const label of labels) group.addLayer(label.marker);
  return { group, labels: labels.sort((a, b) => a.priority - b.priority) };
}

/**
 * Shows the drawn canvas as a still image whenever the map is at rest. The browser hands a canvas
 * to the compositor again on every frame it draws, even when nothing on it changed: on this
 * machine 0.8 ms of every slider step, for a city that only changes when the map is panned or
 * zoomed. An image is rasterised once. After each redraw the canvas is shown until its copy is
 * ready; during a zoom the image follows the canvas's transform.
 */
function showAsImage(map: L.Map, renderer: L.Canvas, group: L.LayerGroup): void {
  const internals = renderer as unknown as { _container?: HTMLCanvasElement; _draw(): void };
  const canvas = internals._container;
  if (!canvas || typeof canvas.toBlob !== 'function') return;
  const image = document.createElement('img');
  image.className = 'basemap-still leaflet-zoom-animated';
  image.alt = '';
  image.draggable = false;
  image.setAttribute('aria-hidden', 'true');
  image.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;display:none';
  canvas.after(image);
  let url = '';
  let generation = 0;
  let pending = 0;
  const follow = () => {
    image.style.transform = canvas.style.transform;
  };
  const copy = () => {
    pending = 0;
    const mine = (generation += 1);
    canvas.toBlob((blob) => {
      if (!blob || mine !== generation) return;
      const next = URL.createObjectURL(blob);
      const loader = new Image();
      loader.src = next;
      loader
        .decode()
        .then(() => {
          if (mine !== generation) return URL.revokeObjectURL(next);
          if (url) URL.revokeObjectURL(url);
          url = next;
          image.src = next;
          image.style.width = canvas.style.width;
          image.style.height = canvas.style.height;
          follow();
          image.style.display = '';
          canvas.style.display = 'none';
        })
        .catch(() => URL.revokeObjectURL(next));
    });
  };
  const draw = internals._draw;
  internals._draw = function drawThenCopy(this: unknown) {
    draw.call(this);
    // The canvas is what is true now; its copy replaces it once made (one copy for a burst of redraws).
    generation += 1;
    canvas.style.display = '';
    image.style.display = 'none';
    if (!pending) pending = requestAnimationFrame(copy);
  };
  map.on('zoomanim zoom', follow);
  group.on('remove', () => {
    map.off('zoomanim zoom', follow);
    internals._draw = draw;
    if (pending) cancelAnimationFrame(pending);
    generation += 1;
    image.remove();
    if (url) URL.revokeObjectURL(url);
  });
}

/**
 * Writes the labels in the language and shows those the zoom allows, hiding any that would overlap one shown before it.
 * All texts are written before any box is read, so the page is laid out once, not once a label.
 */
export function writeBasemapLabels(map: L.Map, labels: readonly BasemapLabel[], lang: Lang): void {
  const zoom = map.getZoom();
  const candidates: HTMLElement[] = [];
  for (const label of labels) {
    const element = label.marker.getElement();
    if (!element) continue;
    let span = element.firstElementChild as HTMLElement | null;
    if (!span) {
      span = document.createElement('span');
      span.className = label.className;
      if (label.angle) span.style.setProperty('--angle', `${label.angle}deg`);
      element.appendChild(span);
    }
    if (span.textContent !== label.name[lang]) span.textContent = label.name[lang];
    span.hidden = zoom < label.minZoom;
    if (!span.hidden) candidates.push(span);
  }
  const boxes = candidates.map((span) => span.getBoundingClientRect());
  const taken: DOMRect[] = [];
  candidates.forEach((span, i) => {
    const box = boxes[i] as DOMRect;
    const visible = !taken.some((t) => box.left < t.right + 4 && box.right > t.left - 4 && box.top < t.bottom + 2 && box.bottom > t.top - 2);
    if (visible) taken.push(box);
    else span.hidden = true;
  });
}
