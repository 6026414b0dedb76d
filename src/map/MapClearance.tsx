/**
 * Keeps what the visitor deals with clear of the panels over the map: the city is first shown
 * fitted into the part of the map that no panel covers; a marker that takes the focus, and the
 * marker whose card opens, are panned out from under the panels. Done at the map's level, on the
 * markers' elements, so it holds whatever draws them.
 */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Position } from '../model/history.ts';
import { panMarkerClear, showHome } from './map-clearance.ts';

export interface MapClearanceProps {
  /** The sites' points: the home view shows them all. */
  points: readonly Position[];
  /** Increases with each request to go back to the home view (the kiosk's attract loop). */
  homeSequence: number;
  openSiteId: string | undefined;
  reducedMotion: boolean;
  /** Where the markers would stand at a zoom (SiteMarkers.centresAt): the home view's views are tried on these. */
  markerCentresAt: (zoom: number) => readonly L.Point[];
}

/** The sizes of Leaflet's controls on the map, as one string to compare. */
const controlSizes = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('.leaflet-control')].map((control) => `${control.offsetWidth}×${control.offsetHeight}`).join(' ');

export function MapClearance({ points, homeSequence, openSiteId, reducedMotion, markerCentresAt }: MapClearanceProps) {
  const map = useMap();
  const motion = useRef(reducedMotion);
  const centresAt = useRef(markerCentresAt);
  useEffect(function keepLatestProps() {
    motion.current = reducedMotion;
    centresAt.current = markerCentresAt;
  });

  /** Whether the map still shows the home view: nobody (the visitor, a focus, a flight) has moved it since. */
  const atHome = useRef(false);
  const home = useRef<() => void>(() => undefined);
  /** The sizes of Leaflet's controls when the home view was last fitted clear of them. */
  const homeControls = useRef('');

  useEffect(
    function showHomeView() {
      if (points.length === 0) return;
      const bounds = L.latLngBounds(points.map(([lon, lat]) => [lat, lon] as L.LatLngTuple));
      home.current = () => {
        atHome.current = false;
        showHome(map, bounds, (zoom) => centresAt.current(zoom));
        homeControls.current = controlSizes(map.getContainer());
        atHome.current = true;
      };
      home.current();
    },
    [map, points, homeSequence],
  );

  useEffect(
    function followTheMapsSize() {
      // Leaflet measures its container only on window resizes; the map's box also changes when the
      // header or the feed settle (web fonts arriving, a panel folding). The home view is fitted
      // again while nobody has moved the map; otherwise the view keeps its centre. So it is when
      // Leaflet's controls change size: the attribution grows once the basemap adds its own, after
      // the first fit (768×1024: over a marker the fit had put clear of it).
      if (typeof ResizeObserver !== 'function') return undefined;
      const leave = () => {
        if (homing) return;
        atHome.current = false;
      };
      let homing = false;
      const observer = new ResizeObserver(() => {
        const was = map.getSize();
        homing = true;
        map.invalidateSize({ animate: false });
        const now = map.getSize();
        if (atHome.current && (!now.equals(was) || controlSizes(map.getContainer()) !== homeControls.current)) home.current();
        homing = false;
      });
      map.on('movestart zoomstart', leave);
      observer.observe(map.getContainer());
      for (const control of map.getContainer().querySelectorAll('.leaflet-control')) observer.observe(control);
      return () => {
        observer.disconnect();
        map.off('movestart zoomstart', leave);
      };
    },
    [map],
  );

  useEffect(
    function panFocusedMarkerClear() {
      const container = map.getContainer();
      // After the markers' own handler (which brings a marker into the map's view): this one also clears the panels.
      // If that handler started a pan (the marker was out of view), the panels are cleared once it ends:
      // measured before, the marker's place would be stale, and a second pan would cut the first short.
      let moving = false;
      let pending: Element | undefined;
      const onMoveStart = () => (moving = true);
      const onMoveEnd = () => {
        moving = false;
        const target = pending;
        pending = undefined;
        if (target?.isConnected) panMarkerClear(map, target, !motion.current);
      };
      const onFocus = (event: FocusEvent) => {
        const target = event.target instanceof Element ? event.target.closest('.site-marker') : null;
        if (!target) return;
        // The browser scrolls the map's box to show a focused marker that lies outside it; Leaflet
        // scrolls it back on the scroll event, which comes later. Undone now, so that the marker is
        // measured where it will be shown (else it is judged clear, and ends up off the map).
        container.scrollTop = 0;
        container.scrollLeft = 0;
        if (moving) pending = target;
        else panMarkerClear(map, target, !motion.current);
      };
      map.on('movestart', onMoveStart);
      map.on('moveend', onMoveEnd);
      container.addEventListener('focusin', onFocus);
      return () => {
        map.off('movestart', onMoveStart);
        map.off('moveend', onMoveEnd);
        container.removeEventListener('focusin', onFocus);
      };
    },
    [map],
  );

  useEffect(
    function panOpenSiteClear() {
      if (!openSiteId) return undefined;
      // In the frame after the card is laid out, so that its size is known.
      const frame = requestAnimationFrame(() => {
        const element = map.getContainer().querySelector(`.site-marker[data-site-id="${CSS.escape(openSiteId)}"]`);
        if (element) panMarkerClear(map, element, !motion.current);
      });
      return () => cancelAnimationFrame(frame);
    },
    [map, openSiteId],
  );
  return null;
}
