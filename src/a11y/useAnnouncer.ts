/**
 * A polite live region that speaks at most once every few seconds: during playback many events
 * pass quickly, and a screen reader should hear the latest, not a queue of all of them.
 */
import { useEffect, useRef, useState } from 'react';

export const ANNOUNCE_INTERVAL_MS = 4000;

export function useAnnouncer(message: string | undefined, intervalMs = ANNOUNCE_INTERVAL_MS): string {
  const [spoken, setSpoken] = useState('');
  // Nothing has been said yet: the first message is spoken at once.
  const lastSpoken = useRef(Number.NEGATIVE_INFINITY);
  const timer = useRef<number | undefined>(undefined);

  useEffect(
    function announceThrottled() {
      window.clearTimeout(timer.current);
      if (!message) return undefined;
      const speak = () => {
        lastSpoken.current = performance.now();
        setSpoken(message);
      };
      const wait = intervalMs - (performance.now() - lastSpoken.current);
      if (wait <= 0) speak();
      else timer.current = window.setTimeout(speak, wait);
      return () => window.clearTimeout(timer.current);
    },
    [message, intervalMs],
  );
  return spoken;
}
