import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, beforeNextPaint } from '../../src/dom/schedule.ts';

/** A stand-in for the browser's frames: `frame()` runs the callbacks asked for so far, as one frame does. */
function fakeFrames() {
  let queued = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    queued.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => queued.delete(id));
  return {
    frame() {
      const running = queued;
      queued = new Map();
      for (const callback of running.values()) callback(0);
    },
    pending: () => queued.size,
  };
}

describe('beforeNextPaint', () => {
  let frames: ReturnType<typeof fakeFrames>;
  beforeEach(() => (frames = fakeFrames()));
  afterEach(() => vi.unstubAllGlobals());

  it('does the work once in the next frame, however often it was asked for', () => {
    const work = vi.fn();
    const soon = beforeNextPaint(work);
    soon.request();
    soon.request();
    soon.request();
    expect(work).not.toHaveBeenCalled();
    expect(frames.pending()).toBe(1);
    frames.frame();
    expect(work).toHaveBeenCalledTimes(1);
    frames.frame();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('asks again after the frame, and drops a request when cancelled', () => {
    const work = vi.fn();
    const soon = beforeNextPaint(work);
    soon.request();
    frames.frame();
    soon.request();
    frames.frame();
    expect(work).toHaveBeenCalledTimes(2);
    soon.request();
    soon.cancel();
    frames.frame();
    expect(work).toHaveBeenCalledTimes(2);
  });
});

describe('afterNextPaint', () => {
  let frames: ReturnType<typeof fakeFrames>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = fakeFrames();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs in a task after the coming frame, not in the frame itself', () => {
    const work = vi.fn();
    afterNextPaint(work);
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
    frames.frame();
    expect(work).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before or after the frame', () => {
    const work = vi.fn();
    afterNextPaint(work)();
    frames.frame();
    vi.runAllTimers();
    const cancel = afterNextPaint(work);
    frames.frame();
    cancel();
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
  });
});
