/** The site markers (a SiteMarkers layer, made once) following the app's state. */
import { useEffect, useImperativeHandle, useMemo, type Ref } from 'react';
import { useMap } from 'react-leaflet';
import type L from 'leaflet';
import type { Site } from '../model/history.ts';
import type { SiteState } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';
import { SiteMarkers } from './site-markers.ts';

/** What the app may ask of the markers: to give a marker the focus back when its card closes; where they would stand at a zoom. */
export interface SitesHandle {
  focus(siteId: string): void;
  centresAt(zoom: number): L.Point[];
}

export interface SitesLayerProps {
  sites: readonly Site[];
  /** The state of each site, in the order of `sites`. */
  states: readonly SiteState[];
  lang: Lang;
  openSiteId: string | undefined;
  onOpen: (siteId: string) => void;
  /** No flashes and no animated panning when the user prefers reduced motion. */
  reducedMotion: boolean;
  ref?: Ref<SitesHandle>;
}

export function SitesLayer({ sites, states, lang, openSiteId, onOpen, reducedMotion, ref }: SitesLayerProps) {
  const map = useMap();
  const layer = useMemo(() => new SiteMarkers(sites), [sites]);
  useEffect(
    function addMarkersToMap() {
      layer.addTo(map);
      return () => void layer.remove();
    },
    [map, layer],
  );
  useEffect(
    function followMotionPreference() {
      // Before the states are shown: a change under reduced motion must not flash.
      layer.setAnimate(!reducedMotion);
    },
    [layer, reducedMotion],
  );
  useEffect(
    function showStates() {
      layer.setStates(states, lang);
    },
    [layer, states, lang],
  );
  useEffect(
    function markOpenSite() {
      layer.setOpen(openSiteId);
    },
    [layer, openSiteId],
  );
  useEffect(
    function openOnTap() {
      const open = (event: L.LeafletEvent) => {
        if ('siteId' in event && typeof event.siteId === 'string') onOpen(event.siteId);
      };
      layer.on('open', open);
      return () => void layer.off('open', open);
    },
    [layer, onOpen],
  );
  useImperativeHandle(ref, () => ({ focus: (siteId) => layer.focus(siteId), centresAt: (zoom) => layer.centresAt(map, zoom) }), [layer, map]);
  return null;
}
