/**
 * Moves the map to a place when asked (an event tapped in the feed), centred in the part of the map
 * that no panel covers (see map-clearance.ts); no flight under reduced motion.
 */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Position } from '../model/history.ts';
import { overlayPadding } from './map-clearance.ts';

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
      // The map's centre that puts the place at the centre of the free part.
      const padding = overlayPadding(map);
      const offset = L.point((padding.left - padding.right) / 2, (padding.top - padding.bottom) / 2);
      const center = map.unproject(map.project([lat, lon], zoom).subtract(offset), zoom);
      if (reducedMotion) map.setView(center, zoom, { animate: false });
      else map.flyTo(center, zoom, { duration: 0.8 });
    },
    [map, request, reducedMotion],
  );
  return null;
}
