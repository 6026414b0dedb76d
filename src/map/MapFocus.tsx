/** Moves the map to a place when asked (an event tapped in the feed); no flight under reduced motion. */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Position } from '../model/history.ts';

export interface FocusRequest {
  position: Position;
  /** The zoom to show; at least 14 (close enough to see the site) when absent. */
  zoom?: number;
  /** Increases with each request, so that asking twice for the same place moves the map twice. */
  sequence: number;
}

export function MapFocus({ request, reducedMotion }: { request: FocusRequest | undefined; reducedMotion: boolean }) {
  const map = useMap();
  useEffect(
    function moveMapToRequestedPlace() {
      if (!request) return;
      const [lon, lat] = request.position;
      const zoom = request.zoom ?? Math.max(map.getZoom(), 14);
      if (reducedMotion) map.setView([lat, lon], zoom, { animate: false });
      else map.flyTo([lat, lon], zoom, { duration: 0.8 });
    },
    [map, request, reducedMotion],
  );
  return null;
}
