/**
 * The control areas (see control-area-layer.ts) in the React tree: the layer is made once, when
 * the areas worked out at build time have loaded, and shows the epoch of holdings it is given.
 */
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { ControlAreaLayer as LeafletControlAreaLayer } from './control-area-layer.ts';
import { useControlAreaData } from './control-area-data.ts';

export function ControlAreaLayer({ epoch }: { epoch: number }) {
  const map = useMap();
  const data = useControlAreaData();
  const layer = useMemo(() => data && new LeafletControlAreaLayer(data), [data]);

  // Before the layer is added, so that it is first drawn for this epoch.
  useEffect(
    function showEpoch() {
      layer?.setEpoch(epoch);
    },
    [layer, epoch],
  );

  useEffect(
    function addToMap() {
      if (!layer) return undefined;
      layer.addTo(map);
      return () => {
        layer.remove();
      };
    },
    [map, layer],
  );

  return null;
}
