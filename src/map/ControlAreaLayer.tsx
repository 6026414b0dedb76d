/**
 * The area each side controls. Zones are loaded lazily (a separate chunk with turf's union), the
 * union for an epoch of holdings is computed once and cached, and the remaining epochs are
 * computed in idle time, so scrubbing the slider never waits for geometry. Two Leaflet polygons
 * are made once; an epoch change only swaps their coordinates.
 */
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { SiteState } from '../model/schema.ts';
import type { Area, ControlAreas } from '../model/control-areas.ts';

type Compute = (states: readonly SiteState[]) => ControlAreas;

export interface ControlAreaLayerProps {
  /** Which epoch of holdings the moment is in; states are the holdings of that epoch. */
  epoch: number;
  states: readonly SiteState[];
  /** The states for every epoch, to precompute in idle time. */
  statesForEpoch: (epoch: number) => readonly SiteState[];
  epochCount: number;
  siteIds: readonly string[];
  /** Told the size of each side's area whenever the epoch changes. */
  onAreas?: (areas: { bolshevikKm2: number; governmentKm2: number }) => void;
}

const STYLES: Record<'bolshevik' | 'government', L.PathOptions> = {
  bolshevik: { color: '#8f1418', weight: 2, dashArray: '6 4', fillColor: '#c0262c', fillOpacity: 0.2, interactive: false },
  government: { color: '#1d3f6e', weight: 1.5, dashArray: '2 4', fillColor: '#3a6aa8', fillOpacity: 0.1, interactive: false },
};

function latLngsOf(area: Area | null): L.LatLngExpression[][][] {
  if (!area) return [];
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]) => [lat as number, lon as number] as L.LatLngTuple)));
}

// Safari has no requestIdleCallback: fall back to a short timeout there.
const hasIdle = typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function';
const idle = (callback: () => void): number => (hasIdle ? window.requestIdleCallback(callback, { timeout: 2000 }) : window.setTimeout(callback, 50));
const cancelIdle = (handle: number) => (hasIdle ? window.cancelIdleCallback(handle) : window.clearTimeout(handle));

export function ControlAreaLayer({ epoch, states, statesForEpoch, epochCount, siteIds, onAreas }: ControlAreaLayerProps) {
  const map = useMap();
  const [compute, setCompute] = useState<Compute | undefined>(undefined);
  const cache = useRef(new Map<number, ControlAreas>());
  const polygons = useRef<{ bolshevik: L.Polygon; government: L.Polygon } | undefined>(undefined);

  useEffect(
    function loadZonesAndCreatePolygons() {
      let cancelled = false;
      const renderer = L.canvas({ padding: 0.3 });
      const pane = map.getPane('controlPane') ?? map.createPane('controlPane');
      pane.style.zIndex = '380';
      const government = L.polygon([], { ...STYLES.government, renderer, pane: 'controlPane' }).addTo(map);
      const bolshevik = L.polygon([], { ...STYLES.bolshevik, renderer, pane: 'controlPane' }).addTo(map);
      polygons.current = { bolshevik, government };
      Promise.all([import('virtual:control-zones'), import('../model/control-areas.ts')]).then(([zonesModule, areas]) => {
        if (cancelled) return;
        const zones = new Map(Object.entries(zonesModule.default));
        setCompute(() => (s: readonly SiteState[]) => areas.controlAreas(siteIds, s, zones));
      });
      return () => {
        cancelled = true;
        bolshevik.remove();
        government.remove();
        polygons.current = undefined;
      };
    },
    [map, siteIds],
  );

  useEffect(
    function showAreasOfThisEpoch() {
      if (!compute || !polygons.current) return;
      let areas = cache.current.get(epoch);
      if (!areas) {
        areas = compute(states);
        cache.current.set(epoch, areas);
      }
      polygons.current.bolshevik.setLatLngs(latLngsOf(areas.bolshevik));
      polygons.current.government.setLatLngs(latLngsOf(areas.government));
      onAreas?.({ bolshevikKm2: areas.bolshevikKm2, governmentKm2: areas.governmentKm2 });
    },
    [compute, epoch, states, onAreas],
  );

  useEffect(
    function precomputeOtherEpochsWhenIdle() {
      if (!compute) return undefined;
      let next = 0;
      let handle = 0;
      const work = () => {
        while (next < epochCount && cache.current.has(next)) next += 1;
        if (next >= epochCount) return;
        cache.current.set(next, compute(statesForEpoch(next)));
        handle = idle(work);
      };
      handle = idle(work);
      return () => cancelIdle(handle);
    },
    [compute, epochCount, statesForEpoch],
  );

  return null;
}
