/**
 * Kiosk behaviour (?kiosk=1). After the idle time without a touch (120 s by default, see
 * src/kiosk/config.ts) a visitor who is still reading is asked, in both languages, whether they are
 * still there, for COUNTDOWN_SECONDS; a touch anywhere keeps the screen as it is (WCAG 2.2.1). When
 * the countdown runs out — or at once, if nobody has touched the screen since the last reset — the
 * screen is reset for the next visitor and the story replays in a loop to draw people in. The first
 * touch or key stops the replay and hands the map to the visitor.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** The warning before the reset: at least 20 s, as WCAG 2.2.1 asks for a time limit. */
export const COUNTDOWN_SECONDS = 20;

export type KioskPhase = 'visiting' | 'countdown' | 'attracting';

export interface AttractHandlers {
  /** Reset the screen for the next visitor and start the replay. */
  reset: () => void;
  /** A visitor arrived during the replay: stop it. */
  visitorArrives: () => void;
}

export interface AttractOptions {
  enabled: boolean;
  idleMs: number;
  countdownMs?: number;
  /** Start with the reset and the replay rather than with the idle time (a kiosk reloaded by its own reset). */
  attractAtStart?: boolean;
}

export interface AttractMode {
  phase: KioskPhase;
  /** While the countdown shows: the whole seconds left before the reset. */
  secondsLeft: number;
}

/** The inputs that mean someone is at the screen. */
const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useAttractMode(
  { enabled, idleMs, countdownMs = COUNTDOWN_SECONDS * 1000, attractAtStart = false }: AttractOptions,
  handlers: AttractHandlers,
): AttractMode {
  const [phase, setPhase] = useState<KioskPhase>('visiting');
  const [secondsLeft, setSecondsLeft] = useState(0);
  const handlersRef = useRef(handlers);
  useEffect(function keepLatestHandlers() {
    handlersRef.current = handlers;
  });
  const attractAtStartRef = useRef(attractAtStart);

  const show = useCallback((next: KioskPhase) => setPhase(next), []);

  useEffect(
    function watchForIdleVisitors() {
      if (!enabled) return undefined;
      let current: KioskPhase = 'visiting';
      /** Whether anyone has touched the screen since it was last reset (or since the page started). */
      let touched = false;
      let idleTimer = 0;
      let countdownTimer = 0;
      let tickTimer = 0;
      const enter = (next: KioskPhase) => {
        current = next;
        show(next);
      };
      const stopCountdown = () => {
        window.clearTimeout(countdownTimer);
        window.clearInterval(tickTimer);
      };
      const reset = () => {
        stopCountdown();
        window.clearTimeout(idleTimer);
        touched = false;
        enter('attracting');
        handlersRef.current.reset();
      };
      const startCountdown = () => {
        const deadline = performance.now() + countdownMs;
        const tick = () => setSecondsLeft(Math.max(0, Math.ceil((deadline - performance.now()) / 1000)));
        tick();
        enter('countdown');
        tickTimer = window.setInterval(tick, 250);
        countdownTimer = window.setTimeout(reset, countdownMs);
      };
      const arm = () => {
        window.clearTimeout(idleTimer);
        idleTimer = window.setTimeout(() => (touched ? startCountdown() : reset()), idleMs);
      };
      const onInput = () => {
        if (current === 'attracting') {
          enter('visiting');
          handlersRef.current.visitorArrives();
        } else if (current === 'countdown') {
          stopCountdown();
          enter('visiting');
        }
        touched = true;
        arm();
      };
      for (const type of INPUTS) window.addEventListener(type, onInput, { capture: true, passive: true });
      if (attractAtStartRef.current) {
        attractAtStartRef.current = false;
        reset();
      } else arm();
      return () => {
        window.clearTimeout(idleTimer);
        stopCountdown();
        for (const type of INPUTS) window.removeEventListener(type, onInput, { capture: true });
      };
    },
    [enabled, idleMs, countdownMs, show],
  );
  return { phase, secondsLeft };
}
