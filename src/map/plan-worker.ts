/**
 * The period plan's painter, off the page's main thread: a paint of the whole view takes tens of
 * milliseconds (more on a tablet), which on the page would hold up touches and frames at load
 * and after every pan or zoom. The page sends the projected shapes once, then a request per view;
 * each answer is the painted view as an ImageBitmap, handed over without a copy.
 */
import { createPainter, type PaintRequest, type PlanShapes } from './plan-paint.ts';

export type ToPainter = { shapes: PlanShapes } | { id: number; request: PaintRequest };
export interface FromPainter {
  id: number;
  bitmap: ImageBitmap;
}

let paint: ReturnType<typeof createPainter> | undefined;
let canvas: OffscreenCanvas | undefined;

self.onmessage = (event: MessageEvent<ToPainter>) => {
  const message = event.data;
  if ('shapes' in message) {
    paint = createPainter(message.shapes, () => new OffscreenCanvas(1, 1));
    canvas = new OffscreenCanvas(1, 1);
    return;
  }
  if (!paint || !canvas) return;
  paint(canvas, message.request);
  const bitmap = canvas.transferToImageBitmap();
  const answer: FromPainter = { id: message.id, bitmap };
  (self as unknown as Worker).postMessage(answer, [bitmap]);
};
