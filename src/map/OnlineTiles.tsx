/**
 * An optional online tile layer, off by default: the app is built to work offline. A museum that
 * wants today's streets under the 1917 city sets, at build time,
 *   VITE_TILE_URL=https://tile.example.org/{z}/{x}/{y}.png VITE_TILE_ATTRIBUTION="© …" npm run build
 * and the layer is drawn beneath the basemap with its attribution. Without the variable nothing
 * is requested from any other origin.
 */
import { TileLayer } from 'react-leaflet';

const url = import.meta.env.VITE_TILE_URL as string | undefined;
const attribution = (import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined) ?? '';

export const onlineTilesEnabled = Boolean(url);

export function OnlineTiles() {
  if (!url) return null;
  return <TileLayer url={url} attribution={attribution} opacity={0.35} zIndex={1} />;
}
