/**
 * The control areas worked out at build time (`virtual:control-areas`), loaded lazily and once,
 * for the map and for the legend.
 */
import { useEffect, useState } from 'react';
import { loadWithRetry } from '../recovery/recovery.ts';
import type { ControlAreaData } from '../model/control-areas.ts';

let loading: Promise<ControlAreaData> | undefined;

export function loadControlAreaData(): Promise<ControlAreaData> {
  loading ??= loadWithRetry(() => import('virtual:control-areas')).then((module) => module.default);
  return loading;
}

/** The control areas, or undefined until they have loaded. */
export function useControlAreaData(): ControlAreaData | undefined {
  const [data, setData] = useState<ControlAreaData | undefined>(undefined);
  useEffect(function loadOnce() {
    let cancelled = false;
    loadControlAreaData().then((loaded) => {
      if (!cancelled) setData(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return data;
}
