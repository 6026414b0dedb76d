// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COUNTDOWN_SECONDS, useAttractMode, type AttractMode } from '../../src/app/useAttractMode.ts';

function Probe({
  onState,
  handlers,
  idleMs = 120_000,
  attractAtStart = false,
}: {
  onState: (s: AttractMode) => void;
  handlers: { reset: () => void; visitorArrives: () => void };
  idleMs?: number;
  attractAtStart?: boolean;
}) {
  onState(useAttractMode({ enabled: true, idleMs, attractAtStart }, handlers));
  return null;
}

function setup(options: { attractAtStart?: boolean } = {}) {
  const handlers = { reset: vi.fn(), visitorArrives: vi.fn() };
  let state: AttractMode = { phase: 'visiting', secondsLeft: 0 };
  render(<Probe onState={(s) => (state = s)} handlers={handlers} {...options} />);
  return { handlers, state: () => state };
}
const touch = () => act(() => void window.dispatchEvent(new Event('pointerdown')));
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useAttractMode', () => {
  it('resets and replays straight after the idle time when nobody touched the screen', async () => {
    const { handlers, state } = setup();
    await wait(119_999);
    expect(handlers.reset).not.toHaveBeenCalled();
    await wait(1);
    expect(handlers.reset).toHaveBeenCalledTimes(1);
    expect(state().phase).toBe('attracting');
  });
  it('warns a visitor for 20 s before the reset, counting down', async () => {
    expect(COUNTDOWN_SECONDS).toBeGreaterThanOrEqual(20);
    const { handlers, state } = setup();
    await touch();
    await wait(120_000);
    expect(state()).toEqual({ phase: 'countdown', secondsLeft: 20 });
    await wait(5_000);
    expect(state().secondsLeft).toBe(15);
    expect(handlers.reset).not.toHaveBeenCalled();
    await wait(15_000);
    expect(handlers.reset).toHaveBeenCalledTimes(1);
    expect(state().phase).toBe('attracting');
  });
  it('a touch during the countdown cancels it and gives the visitor the whole idle time again', async () => {
    const { handlers, state } = setup();
    await touch();
    await wait(130_000);
    expect(state().phase).toBe('countdown');
    await touch();
    expect(state().phase).toBe('visiting');
    await wait(119_000);
    expect(state().phase).toBe('visiting');
    await wait(1_000);
    expect(state().phase).toBe('countdown');
    expect(handlers.reset).not.toHaveBeenCalled();
  });
  it('the first touch during the replay hands the screen to the visitor', async () => {
    const { handlers, state } = setup({ attractAtStart: true });
    expect(handlers.reset).toHaveBeenCalledTimes(1);
    expect(state().phase).toBe('attracting');
    await touch();
    expect(handlers.visitorArrives).toHaveBeenCalledTimes(1);
    expect(state().phase).toBe('visiting');
    // The visitor then leaves: a countdown, then the next reset.
    await wait(140_000);
    expect(handlers.reset).toHaveBeenCalledTimes(2);
  });
});
