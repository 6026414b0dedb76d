/**
 * The period plan's painter, off the page's main thread: a paint of the whole view takes tens of
 * milliseconds (more on a tablet), which on the page would hold up touches and frames at load
 * and after every pan or zoom. The page sends the plan as built once (unpacked here), then a request per view;
 * each answer is the painted view as an ImageBitmap, handed over without a copy.
 */
import { createPainter, unpackPlan, type PackedPlan, type PaintRequest } from './plan-paint.ts';

export type ToPainter = { plan: PackedPlan } | { id: number; request: PaintRequest };
export interface FromPainter {
  id: number;
  bitmap: ImageBitmap;
}

let paint: ReturnType<typeof createPainter> | undefined;
let canvas: OffscreenCanvas | undefined;

self.onmessage = (event: MessageEvent<ToPainter>) => {
  const message = event.data;
  if ('plan' in message) {
    paint = createPainter(unpackPlan(message.plan), () => new OffscreenCanvas(1, 1));
    canvas = new OffscreenCanvas(1, 1);
    return;
  }
  if (!paint || !canvas) return;
  paint(canvas, message.request);
  const bitmap = canvas.transferToImageBitmap();
  const answer: FromPainter = { id: message.id, bitmap };
  (self as unknown as Worker).postMessage(answer, [bitmap]);
};
