// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { usePlayback } from '../../src/timeline/usePlayback.ts';
import { createClock, selectMoment, useClock } from '../../src/clock/clock.ts';
import { WINDOW_END, WINDOW_START } from '../../src/model/time.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function usePlayer(start: number, reducedMotion: boolean) {
  const [clock] = useState(() => createClock(start));
  const moment = useClock(clock, selectMoment);
  const playback = usePlayback(clock, reducedMotion);
  return { moment, playback };
}

describe('usePlayback with reduced motion (discrete steps)', () => {
  it('advances one step of the speed’s minutes each second, and stops when paused', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => usePlayer(600, true));
    act(() => result.current.playback.play());
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current.moment).toBe(630); // normal speed: 30 minutes a second
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current.moment).toBe(690);
    act(() => result.current.playback.pause());
    act(() => vi.advanceTimersByTime(3000));
    expect(result.current.moment).toBe(690);
  });

  it('stops at the end without loop', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => usePlayer(WINDOW_END - 20, true));
    act(() => result.current.playback.play());
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current.moment).toBe(WINDOW_END);
    expect(result.current.playback.playing).toBe(false);
  });

  it('wraps to the start with loop on', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => usePlayer(WINDOW_END - 20, true));
    act(() => result.current.playback.setLoop(true));
    act(() => result.current.playback.play());
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current.moment).toBe(WINDOW_START);
    expect(result.current.playback.playing).toBe(true);
  });

  it('plays from the start when started at the end', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => usePlayer(WINDOW_END, true));
    act(() => result.current.playback.play());
    expect(result.current.moment).toBe(WINDOW_START);
  });

  it('follows the chosen speed', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => usePlayer(0, true));
    act(() => result.current.playback.setSpeed('fast'));
    act(() => result.current.playback.play());
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current.moment).toBe(90);
  });
});

describe('usePlayback with motion (animation frames)', () => {
  it('advances smoothly by whole minutes in proportion to elapsed time', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'setTimeout'] });
    const { result } = renderHook(() => usePlayer(0, false));
    act(() => result.current.playback.play());
    act(() => vi.advanceTimersByTime(1000));
    // 30 minutes a second, give or take the frame in progress.
    expect(result.current.moment).toBeGreaterThanOrEqual(28);
    expect(result.current.moment).toBeLessThanOrEqual(30);
  });
});
