/** The movements (a Movements layer, made once) following the clock by subscription: a slider step moves them without a React render. */
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { Route } from '../model/history.ts';
import type { Clock } from '../clock/clock.ts';
import { Movements } from './movements.ts';

export function RoutesLayer({ routes, clock }: { routes: readonly Route[]; clock: Clock }) {
  const map = useMap();
  const layer = useMemo(() => new Movements(routes), [routes]);
  useEffect(
    function addMovementsToMap() {
      layer.addTo(map);
      return () => void layer.remove();
    },
    [map, layer],
  );
  useEffect(
    function followClock() {
      const move = () => layer.setMoment(clock.get().moment);
      move();
      return clock.subscribe(move);
    },
    [layer, clock],
  );
  return null;
}
