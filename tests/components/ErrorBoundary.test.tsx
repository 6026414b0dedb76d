// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Renders fail until then (React tries a failed render again at once, so a count of throws would not do). */
let failUntil = 0;
/** Failing for this long fails the first render and `n - 1` restarts, each RESTART_AFTER_MS apart. */
const failTimes = (n: number) => (failUntil = Date.now() + (n - 1) * 3000 + 1);
const failing = () => Date.now() < failUntil;
function Fragile() {
  if (failing()) throw new Error('render failed');
  return <p>{`the app at ${window.location.search}`}</p>;
}

async function mount(search: string) {
  vi.resetModules();
  window.history.replaceState(null, '', `/${search}`);
  const config = await import('../../src/kiosk/config.ts');
  config.setKioskConfig(config.parseKioskConfig(search).config, search);
  sessionStorage.clear();
  document.querySelector('.unavailable-screen')?.remove();
  /** Whether the page's recovery took over: its screen shows, and a reload is counted. */
  const recovered = () => document.querySelector('.unavailable-screen') !== null && sessionStorage.getItem('petrograd-1917.reloads') === '1';
  const { ErrorBoundary, RESTART_AFTER_MS } = await import('../../src/app/ErrorBoundary.tsx');
  render(
    <ErrorBoundary message="Restarting / Перезапуск">
      <Fragile />
    </ErrorBoundary>,
    { onRecoverableError: () => {} },
  );
  return { recovered, RESTART_AFTER_MS };
}
/** React reports a caught error on the console; the boundary warns: neither matters here. */
beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it("restarts in place, without a reload, keeping a student's moment", async () => {
    failTimes(1);
    const { recovered, RESTART_AFTER_MS } = await mount('?t=1917-10-25T02:10&site=smolny&lang=ru');
    expect(screen.getByRole('alert').textContent).toBe('Restarting / Перезапуск');
    await act(() => vi.advanceTimersByTimeAsync(RESTART_AFTER_MS));
    expect(screen.getByText('the app at ?t=1917-10-25T02:10&site=smolny&lang=ru')).toBeTruthy();
    expect(recovered()).toBe(false);
  });
  it('closes the card on a second failure soon after', async () => {
    failTimes(2);
    const { recovered, RESTART_AFTER_MS } = await mount('?t=1917-10-25T02:10&site=smolny&lang=ru');
    await act(() => vi.advanceTimersByTimeAsync(RESTART_AFTER_MS));
    expect(screen.getByRole('alert')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(RESTART_AFTER_MS));
    expect(screen.getByText('the app at ?t=1917-10-25T02:10&lang=ru')).toBeTruthy();
    expect(recovered()).toBe(false);
  });
  it('goes back to the start of the story on a third failure', async () => {
    failTimes(3);
    const { recovered, RESTART_AFTER_MS } = await mount('?t=1917-10-25T02:10&site=smolny&lang=ru');
    for (let i = 0; i < 3; i += 1) await act(() => vi.advanceTimersByTimeAsync(RESTART_AFTER_MS));
    expect(screen.getByText('the app at ?lang=ru')).toBeTruthy();
    expect(recovered()).toBe(false);
  });
  it('hands over to the page recovery after a fourth failure within a minute', async () => {
    failTimes(4);
    const { recovered, RESTART_AFTER_MS } = await mount('?kiosk=1&lang=ru');
    for (let i = 0; i < 3; i += 1) await act(() => vi.advanceTimersByTimeAsync(RESTART_AFTER_MS));
    expect(recovered()).toBe(true);
    // A kiosk's address is its configuration: left as it was.
    expect(window.location.search).toBe('?kiosk=1&lang=ru');
  });
});
