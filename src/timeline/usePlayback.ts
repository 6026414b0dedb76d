/**
 * Playback: time advances on its own at one of a few speeds, optionally looping. With
 * prefers-reduced-motion nothing glides: time jumps in discrete steps once a second.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { WINDOW_END, WINDOW_START } from '../model/time.ts';
import type { Clock } from '../clock/clock.ts';

export const SPEEDS = [
  { id: 'slow', minutesPerSecond: 10 },
  { id: 'normal', minutesPerSecond: 30 },
  { id: 'fast', minutesPerSecond: 90 },
] as const;
export type SpeedId = (typeof SPEEDS)[number]['id'];

/** Under reduced motion: one step a second, of as many minutes as the speed plays in a second. */
const REDUCED_MOTION_INTERVAL_MS = 1000;

export interface Playback {
  playing: boolean;
  speed: SpeedId;
  loop: boolean;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  setSpeed: (speed: SpeedId) => void;
  setLoop: (loop: boolean) => void;
}

/** Playback drives the clock directly: advancing time re-renders only what depends on the moment. */
export function usePlayback(clock: Clock, reducedMotion: boolean, initialLoop = false): Playback {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<SpeedId>('normal');
  const [loop, setLoop] = useState(initialLoop);

  useEffect(
    function advanceWhilePlaying() {
      if (!playing) return undefined;
      const perSecond = SPEEDS.find((s) => s.id === speed)?.minutesPerSecond ?? 30;
      const advance = (minutes: number) => {
        let next = clock.get().moment + minutes;
        if (next > WINDOW_END) {
          if (loop) next = WINDOW_START;
          else {
            next = WINDOW_END;
            setPlaying(false);
          }
        }
        clock.set(next);
      };
      if (reducedMotion) {
        const id = window.setInterval(() => advance(perSecond), REDUCED_MOTION_INTERVAL_MS);
        return () => window.clearInterval(id);
      }
      let last = performance.now();
      let carry = 0;
      let frame = 0;
      const tick = (now: number) => {
        carry += ((now - last) / 1000) * perSecond;
        last = now;
        const whole = Math.floor(carry);
        if (whole > 0) {
          carry -= whole;
          advance(whole);
        }
        frame = window.requestAnimationFrame(tick);
      };
      frame = window.requestAnimationFrame(tick);
      return () => window.cancelAnimationFrame(frame);
    },
    [playing, speed, loop, reducedMotion, clock],
  );

  const play = useCallback(() => {
    if (clock.get().moment >= WINDOW_END) clock.set(WINDOW_START);
    setPlaying(true);
  }, [clock]);
  const pause = useCallback(() => setPlaying(false), []);
  const toggle = useCallback(() => (playing ? pause() : play()), [playing, pause, play]);

  return useMemo(() => ({ playing, speed, loop, play, pause, toggle, setSpeed, setLoop }), [playing, speed, loop, play, pause, toggle]);
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** One media query list for the page: asked on every render, so it must not be made anew each time. */
let reducedMotionQuery: MediaQueryList | undefined;
function reducedMotionList(): MediaQueryList | undefined {
  if (typeof window === 'undefined' || !window.matchMedia) return undefined;
  reducedMotionQuery ??= window.matchMedia(REDUCED_MOTION);
  return reducedMotionQuery;
}

function subscribeToReducedMotion(onChange: () => void): () => void {
  const query = reducedMotionList();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const prefersReducedMotion = () => reducedMotionList()?.matches ?? false;

/** Whether the user asks for reduced motion, following changes to the setting. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribeToReducedMotion, prefersReducedMotion, () => false);
}
