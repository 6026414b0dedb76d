/**
 * Drawing the 1917 basemap onto a Leaflet map, without React: used by BasemapLayer and by the
 * benchmark's Leaflet.timeline page, so that both draw exactly the same city.
 */
import L from 'leaflet';
import type { Lang } from '../model/time.ts';
import { turnedBox, type Placed } from './label-placement.ts';
import type { BasemapModule, LabelData } from './basemap-module.ts';
import { inside, overlaps, type Box } from './label-boxes.ts';
import { PeriodPlan } from './period-plan.ts';

/** The plan's canvas under the overlays and markers; the labels above the control areas, below the markers. */
const PANES = { basemap: 250, labels: 350 } as const;

/** The attribution the ODbL asks for wherever the OSM-derived geometry is drawn. */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

export interface BasemapLabel extends LabelData {
  /** Put on the map (in `group`) once its zoom is first reached: most labels are never needed at the start view. */
  marker: L.Marker;
  group: L.LayerGroup;
  /** The place it is shown at now (an index into places). */
  at: number;
}

/** Draws the city into a new layer group on the map; returns the group and its labels (highest priority first). */
export function drawBasemap(map: L.Map, basemap: BasemapModule, sheet: L.LatLngBounds): { group: L.LayerGroup; labels: BasemapLabel[] } {
  for (const [name, z] of Object.entries(PANES)) {
    const pane = map.getPane(name) ?? map.createPane(name);
    pane.style.zIndex = String(z);
    if (name === 'labels') {
      pane.style.pointerEvents = 'none';
      pane.setAttribute('aria-hidden', 'true');
    }
  }
  // The water, streets, blocks and bridges are derived from OpenStreetMap (ODbL): BasemapLayer
  // credits it (OSM_ATTRIBUTION) for as long as it is on the map.
  const group = L.layerGroup([]).addTo(map);
  group.addLayer(new PeriodPlan(basemap.plan, sheet, { pane: 'basemap' }));
  const labels = basemap.labels.map((label): BasemapLabel => {
    const first = label.places[0] as Placed;
    const marker = L.marker([first.lat, first.lon], {
      pane: 'labels',
      interactive: false,
      keyboard: false,
      icon: L.divIcon({ className: 'map-label-anchor', html: '', iconSize: [0, 0] }),
    });
    return { ...label, marker, group, at: 0 };
  });
  return { group, labels };
}

/**
 * Writes the labels in the language and shows those the zoom allows, each at the first of its
 * places where it overlaps no label shown before it, no obstacle (site markers, panels over the
 * map; screen boxes in client pixels) and not the map's edge; a label with no such place is hidden.
 * All texts are written before any size is read, so the page is laid out once, not once a label.
 */
export function writeBasemapLabels(map: L.Map, labels: readonly BasemapLabel[], lang: Lang, obstacles: readonly Box[] = []): void {
  const zoom = map.getZoom();
  const shown: { label: BasemapLabel; span: HTMLElement }[] = [];
  for (const label of labels) {
    if (zoom >= label.minZoom && !label.group.hasLayer(label.marker)) label.group.addLayer(label.marker);
    const element = label.marker.getElement();
    if (!element) continue;
    let span = element.firstElementChild as HTMLElement | null;
    if (!span) {
      span = document.createElement('span');
      span.className = label.className;
      element.appendChild(span);
    }
    if (span.textContent !== label.name[lang]) span.textContent = label.name[lang];
    span.hidden = zoom < label.minZoom;
    if (!span.hidden) shown.push({ label, span });
  }
  const frame = map.getContainer().getBoundingClientRect();
  // Client pixels per map pixel: more than 1 under CSS zoom (a 4K kiosk's map).
  const scale = frame.width / (map.getContainer().offsetWidth || frame.width);
  // The texts' own sizes, unturned (the transform does not change offsetWidth/Height), in client pixels.
  const sizes = shown.map(({ span }) => ({ width: span.offsetWidth * scale, height: span.offsetHeight * scale }));
  const taken: Box[] = [];
  shown.forEach(({ label, span }, i) => {
    const { width, height } = sizes[i] as { width: number; height: number };
    const place = label.places.findIndex((p) => {
      const at = map.latLngToContainerPoint([p.lat, p.lon]);
      const box = turnedBox(at.x * scale + frame.left, at.y * scale + frame.top, width, height, p.angle);
      const fits = inside(box, frame) && !taken.some((t) => overlaps(box, t, 4, 2)) && !obstacles.some((o) => overlaps(box, o, 2, 2));
      if (fits) taken.push(box);
      return fits;
    });
    span.hidden = place < 0;
    if (place >= 0 && place !== label.at) {
      label.at = place;
      const p = label.places[place] as Placed;
      label.marker.setLatLng([p.lat, p.lon]);
    }
    const angle = label.places[Math.max(0, label.at)]?.angle ?? 0;
    if (angle) span.style.setProperty('--angle', `${angle}deg`);
    else span.style.removeProperty('--angle');
  });
}
