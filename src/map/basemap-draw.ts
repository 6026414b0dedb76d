/**
 * Drawing the 1917 basemap onto a Leaflet map, without React: used by BasemapLayer and by the
 * benchmark's Leaflet.timeline page, so that both draw exactly the same city.
 */
import L from 'leaflet';
import type { BasemapData, Bilingual } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';
import { labelAngle, labelAnchor, type Placed } from './label-placement.ts';
import { inside, overlaps, type Box } from './label-boxes.ts';
import { PeriodPlan } from './period-plan.ts';

/** The plan's canvas under the overlays and markers; the labels above the control areas, below the markers. */
const PANES = { basemap: 250, labels: 350 } as const;

/** The attribution the ODbL asks for wherever the OSM-derived geometry is drawn. */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

/** From which zoom a street's label shows, by rank. */
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
export function drawBasemap(map: L.Map, data: BasemapData, sheet: L.LatLngBounds): { group: L.LayerGroup; labels: BasemapLabel[] } {
  for (const [name, z] of Object.entries(PANES)) {
    const pane = map.getPane(name) ?? map.createPane(name);
    pane.style.zIndex = String(z);
    if (name === 'labels') {
      pane.style.pointerEvents = 'none';
      pane.setAttribute('aria-hidden', 'true');
    }
  }
  // The water, streets, blocks and bridges are derived from OpenStreetMap (ODbL): the map's
  // attribution control shows this text for as long as the group is on the map.
  const group = L.layerGroup([], { attribution: OSM_ATTRIBUTION }).addTo(map);
  group.addLayer(new PeriodPlan(data, sheet, { pane: 'basemap' }));

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
 * Writes the labels in the language and shows those the zoom allows, hiding any that would
 * overlap one shown before it, an obstacle (site markers, panels over the map; screen boxes in
 * client pixels) or the map's edge.
 */
export function writeBasemapLabels(map: L.Map, labels: readonly BasemapLabel[], lang: Lang, obstacles: readonly Box[] = []): void {
  const zoom = map.getZoom();
  const frame = map.getContainer().getBoundingClientRect();
  const taken: Box[] = [];
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
    let visible = zoom >= label.minZoom;
    if (visible) {
      span.hidden = false;
      const box = span.getBoundingClientRect();
      visible = inside(box, frame) && !taken.some((t) => overlaps(box, t, 4, 2)) && !obstacles.some((o) => overlaps(box, o, 2, 2));
      if (visible) taken.push(box);
    }
    span.hidden = !visible;
  }
}
