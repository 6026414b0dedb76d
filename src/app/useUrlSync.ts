/**
 * Keeps the address bar in step with the app: replaceState, never a history entry per step.
 * Written once the state has been still for a moment (and at least every couple of seconds
 * during playback), not on every slider step: browsers throttle or reject bursts of
 * replaceState, and each write costs time on the slider's path.
 */
import { useEffect, useRef } from 'react';
import type { Clock } from '../clock/clock.ts';
import { writeUrlState, type UrlState } from './url-state.ts';

const SETTLE_MS = 300;
const MAX_WAIT_MS = 2000;

/**
 * The moment comes from the clock (followed by subscription, not by re-rendering); the rest from props.
 * Not `enabled` on a kiosk: its address is its configuration, which a visitor's choices never change.
 */
export function useUrlSync(clock: Clock, state: Omit<UrlState, 'moment'>, enabled = true): void {
  const { siteId, lang } = state;
  const lastWrite = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(
    function writeStateToUrl() {
      if (!enabled) return undefined;
      const write = () => {
        lastWrite.current = performance.now();
        timer.current = undefined;
        const search = writeUrlState({ moment: clock.get().moment, siteId, lang });
        if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      };
      const schedule = () => {
        window.clearTimeout(timer.current);
        const overdue = performance.now() - lastWrite.current >= MAX_WAIT_MS;
        timer.current = window.setTimeout(write, overdue ? 0 : SETTLE_MS);
      };
      schedule();
      return clock.subscribe(schedule);
    },
    [clock, siteId, lang, enabled],
  );

  useEffect(function cancelPendingWriteOnUnmount() {
    return () => window.clearTimeout(timer.current);
  }, []);
}
