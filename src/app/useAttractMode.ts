/**
 * Kiosk behaviour (?kiosk=1): when nobody has touched the screen for a while, reset what the last
 * visitor left (open card, sources, language, map view) and replay the 48 hours in a loop to draw
 * people in. The first touch or key stops the replay and hands the map to the visitor.
 */
import { useEffect, useRef, useState } from 'react';

export const IDLE_BEFORE_ATTRACT_MS = 60_000;

export interface AttractHandlers {
  /** Reset the screen and start the replay. */
  start: () => void;
  /** A visitor arrived: stop the replay. */
  stop: () => void;
}

export function useAttractMode(enabled: boolean, idleMs: number, handlers: AttractHandlers): boolean {
  const [attracting, setAttracting] = useState(false);
  const handlersRef = useRef(handlers);
  useEffect(function keepLatestHandlers() {
    handlersRef.current = handlers;
  });

  useEffect(
    function watchForIdleVisitors() {
      if (!enabled) return undefined;
      let timer = 0;
      let active = false;
      const arm = () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          active = true;
          setAttracting(true);
          handlersRef.current.start();
        }, idleMs);
      };
      const onInput = () => {
        if (active) {
          active = false;
          setAttracting(false);
          handlersRef.current.stop();
        }
        arm();
      };
      const events = ['pointerdown', 'keydown', 'wheel'] as const;
      for (const type of events) window.addEventListener(type, onInput, { capture: true, passive: true });
      arm();
      return () => {
        window.clearTimeout(timer);
        for (const type of events) window.removeEventListener(type, onInput, { capture: true });
      };
    },
    [enabled, idleMs],
  );
  useEffect(
    function blockKioskEscapes() {
      if (!enabled) return undefined;
      // A long press must not open a context menu, nor a dragged link or image leave the app.
      const prevent = (event: Event) => event.preventDefault();
      document.addEventListener('contextmenu', prevent);
      document.addEventListener('dragstart', prevent);
      return () => {
        document.removeEventListener('contextmenu', prevent);
        document.removeEventListener('dragstart', prevent);
      };
    },
    [enabled],
  );
  return attracting;
}
