/**
 * Keeps the address bar in step with the app: replaceState, never a history entry per step, and
 * at most a few writes a second (browsers throttle or reject bursts of replaceState).
 */
import { useEffect, useRef } from 'react';
import { writeUrlState, type UrlState } from './url-state.ts';

const MIN_INTERVAL_MS = 250;

export function useUrlSync(state: UrlState): void {
  const { moment, siteId, lang, kiosk, idleSeconds } = state;
  const lastWrite = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(
    function writeStateToUrl() {
      const write = () => {
        lastWrite.current = performance.now();
        timer.current = undefined;
        const search = writeUrlState({ moment, siteId, lang, kiosk, idleSeconds });
        if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      };
      window.clearTimeout(timer.current);
      const wait = MIN_INTERVAL_MS - (performance.now() - lastWrite.current);
      if (wait <= 0) write();
      else timer.current = window.setTimeout(write, wait);
    },
    [moment, siteId, lang, kiosk, idleSeconds],
  );

  useEffect(function cancelPendingWriteOnUnmount() {
    return () => window.clearTimeout(timer.current);
  }, []);
}
