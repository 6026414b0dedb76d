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
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A frame's callbacks run just before its paint; a task queued from them runs after it.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Work asked for any number of times, done once before the next paint. */
export interface BeforeNextPaint {
  /** Asks for the work; a request while one is pending joins it. */
  request(): void;
  /** Drops a pending request. */
  cancel(): void;
}

/**
 * `callback` run at most once per frame, just before its paint, however often it was asked for
 * since: for work that follows a burst of changes in one task (the home view tries several zooms,
 * each moving the markers), so that it is done once, and never a frame late.
 */
export function beforeNextPaint(callback: () => void): BeforeNextPaint {
  let frame: number | undefined;
  return {
    request() {
      frame ??= requestAnimationFrame(() => {
        frame = undefined;
        callback();
      });
    },
    cancel() {
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = undefined;
    },
  };
}

let startedUp = false;
const waitingForStartUp: (() => void)[] = [];

/** Says that the page has started: the map has all its layers. */
export function startUpDone(): void {
  if (startedUp) return;
  startedUp = true;
  for (const callback of waitingForStartUp.splice(0)) callback();
}

/**
 * Runs `callback` once the page has started (at once if it has): for work that can wait, so that
 * it does not take a tablet's cores while the map is being built.
 */
export function afterStartUp(callback: () => void): void {
  if (startedUp) callback();
  else waitingForStartUp.push(callback);
}
