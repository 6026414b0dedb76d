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
