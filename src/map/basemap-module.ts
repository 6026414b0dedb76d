/**
 * What the app loads of the 1917 basemap (`virtual:basemap`), made from geo/basemap at build time:
 * the plan's shapes projected and packed (plan-paint.ts), and the labels with the places each may
 * take. Nothing of it changes at run time, so none of it is computed there.
 */
import type { BasemapData, Bilingual } from '../model/schema.ts';
import { labelCandidates, type Placed } from './label-placement.ts';
import { packPlan, projectPlan, type PackedPlan } from './plan-paint.ts';

/** From which zoom a street's label shows, by rank. */
const STREET_LABEL_ZOOM: Record<number, number> = { 1: 14, 2: 15, 3: 16 };

export interface LabelData {
  name: Bilingual;
  className: string;
  minZoom: number;
  /** Lower draws first and wins a collision. */
  priority: number;
  /** Where it may go, best first (a street's name may sit on any of its longer segments). */
  places: Placed[];
}

export interface BasemapModule {
  plan: PackedPlan;
  /** Highest priority first. */
  labels: LabelData[];
}

/** Six decimals of a degree are 0.1 m. */
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The districts', islands' and streets' labels; a street whose 1917 name is not yet checked carries none. */
export function basemapLabels(data: BasemapData): LabelData[] {
  const labels: LabelData[] = [];
  const add = (places: Placed[], name: Bilingual, className: string, minZoom: number, priority: number) => {
    if (places.length === 0) return;
    labels.push({ name, className, minZoom, priority, places: places.map((p) => ({ lon: round(p.lon, 6), lat: round(p.lat, 6), angle: p.angle })) });
  };
  for (const label of data.labels) {
    const [lon, lat] = label.geometry.coordinates;
    const priority = label.properties.kind === 'district' ? 0 : label.properties.kind === 'island' ? 1 : 2;
    add([{ lon, lat, angle: 0 }], label.properties.name, `map-label map-label--${label.properties.kind}`, label.properties.minZoom, priority);
  }
  // A street comes as several lines (carriageways, stretches between junctions): its name may go
  // on any of their longest segments.
  const byName = new Map<string, { street: BasemapData['streets'][number]; lines: [number, number][][] }>();
  for (const street of data.streets) {
    if (street.properties.label === false) continue;
    const entry = byName.get(street.properties.name.ru) ?? { street, lines: [] };
    entry.lines.push(street.geometry.coordinates as [number, number][]);
    byName.set(street.properties.name.ru, entry);
  }
  for (const { street, lines } of byName.values()) {
    const { rank } = street.properties;
    add(labelCandidates(lines), street.properties.name, `map-label map-label--street map-label--rank${rank}`, STREET_LABEL_ZOOM[rank] ?? 16, 2 + rank);
  }
  return labels.sort((a, b) => a.priority - b.priority);
}

export function basemapModule(data: BasemapData): BasemapModule {
  return { plan: packPlan(projectPlan(data)), labels: basemapLabels(data) };
}
