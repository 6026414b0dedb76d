/**
 * Runs `callback` in the frame after the one being made: it is for work that can follow what a
 * step shows by one frame (about 16 ms), so that the step's own frame stays light. Returns a
 * function that cancels it.
 */
export function inNextFrame(callback: () => void): () => void {
  let handle = requestAnimationFrame(() => {
    // Called from this frame's callbacks: the next request is served in the next frame.
    handle = requestAnimationFrame(callback);
  });
  return () => cancelAnimationFrame(handle);
}

/**
 * Runs `callback` in a task of its own once the coming frame has been painted: for work that must
 * not hold back what the page shows first. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: number | undefined;
  // A frame's callbacks run just before its paint; a task queued from them runs after it.
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
