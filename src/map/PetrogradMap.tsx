/**
 * The map of Petrograd. MapContainer mounts once for the life of the page; its children follow
 * the app state by updating their Leaflet layers in place.
 *
 * It starts after the panels have been painted, and its layers are added one per task, in the
 * order given: on a tablet each layer's set-up takes tens of milliseconds, and together, in the
 * page's first task, they held the first paint and a first touch for most of a second. Until the
 * last layer is on, the map's region says it is busy (`aria-busy`); then the page has started
 * (`startUpDone`), and the work that waited for it (the offline cache) begins.
 */
import { Children, useEffect, useState, type ReactNode } from 'react';
import { AttributionControl, MapContainer } from 'react-leaflet';
import L from 'leaflet';
import { afterNextPaint, startUpDone } from '../dom/schedule.ts';
import { MAP_BOUNDS } from '../model/vocabulary.ts';

/** The city of 1917 and a margin: the visitor cannot pan away from it. */
export const CITY_BOUNDS = L.latLngBounds([MAP_BOUNDS.south, MAP_BOUNDS.west], [MAP_BOUNDS.north, MAP_BOUNDS.east]);
export const CITY_CENTER: L.LatLngTuple = [59.938, 30.325];
export const ZOOM = { initial: 13, min: 12, max: 17 } as const;

export interface PetrogradMapProps {
  label: string;
  /** The names of Leaflet's zoom buttons, in the language shown. */
  zoomInLabel: string;
  zoomOutLabel: string;
  /** The layers, added one per task in this order (a fragment is one): what others need on the map first. */
  children: ReactNode;
}

/** The map is reachable from its container element, for the screenshot and benchmark scripts. */
export type MapContainerElement = HTMLElement & { leafletMap?: L.Map };

export function PetrogradMap({ label, zoomInLabel, zoomOutLabel, children }: PetrogradMapProps) {
  const [map, setMap] = useState<L.Map | null>(null);
  const [started, setStarted] = useState(false);
  const layers = Children.toArray(children);
  const [added, setAdded] = useState(0);
  const busy = added < layers.length;
  useEffect(function startOnceThePanelsArePainted() {
    return afterNextPaint(() => setStarted(true));
  }, []);
  useEffect(
    function addTheNextLayerInATaskOfItsOwn() {
      if (!map || !busy) return undefined;
      const timer = window.setTimeout(() => setAdded((n) => n + 1), 0);
      return () => window.clearTimeout(timer);
    },
    [map, busy, added],
  );
  useEffect(
    function sayThePageHasStarted() {
      if (map && !busy) startUpDone();
    },
    [map, busy],
  );
  useEffect(
    function nameTheMapRegion() {
      // react-leaflet does not pass `aria-label` on to the container: the region is named here.
      const container = map?.getContainer();
      if (!container) return;
      (container as MapContainerElement).leafletMap = map ?? undefined;
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', label);
      container.setAttribute('aria-busy', String(busy));
    },
    [map, label, busy],
  );
  useEffect(
    function nameTheZoomButtons() {
      // Leaflet names the buttons once, when it makes the control (in English unless told): they
      // are renamed in place, through the control's container, whenever the language changes.
      const container = map?.zoomControl?.getContainer();
      if (!container) return;
      const names: [string, string][] = [
        ['.leaflet-control-zoom-in', zoomInLabel],
        ['.leaflet-control-zoom-out', zoomOutLabel],
      ];
      for (const [selector, name] of names) {
        const button = container.querySelector(selector);
        button?.setAttribute('title', name);
        button?.setAttribute('aria-label', name);
      }
    },
    [map, zoomInLabel, zoomOutLabel],
  );
  if (!started) return <div className="city-map" role="region" aria-label={label} aria-busy="true" />;
  return (
    <MapContainer
      ref={setMap}
      className="city-map"
      center={CITY_CENTER}
      zoom={ZOOM.initial}
      minZoom={ZOOM.min}
      maxZoom={ZOOM.max}
      maxBounds={CITY_BOUNDS}
      maxBoundsViscosity={1}
      zoomSnap={0.5}
      preferCanvas
      attributionControl={false}
    >
      {/* Plain text, no links: a kiosk visitor must not be able to navigate away. */}
      <AttributionControl prefix="Leaflet" />
      {layers.slice(0, added)}
    </MapContainer>
  );
}
