// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { TimePanel, SCRUB_INTERVAL_MS, SCRUB_REST_MS } from '../../src/timeline/TimePanel.tsx';
import type { Playback } from '../../src/timeline/usePlayback.ts';
import { createClock, type Clock } from '../../src/clock/clock.ts';
import { momentOf } from '../../src/model/time.ts';
import type { Site, StoryEvent } from '../../src/model/history.ts';
import { ANNOUNCE_INTERVAL_MS } from '../../src/a11y/useAnnouncer.ts';

const CHANGE = momentOf('1917-10-25T02:10');
const post = {
  id: 'post',
  name: { en: 'the Post Office', ru: 'Почтамт' },
  initial: { state: 'government', sources: [] },
  changes: [{ moment: CHANGE, earliest: CHANGE, latest: CHANGE, state: 'bolshevik', by: { en: '', ru: '' }, sources: [] }],
} as unknown as Site;
const event = { id: 'e', moment: CHANGE, title: { en: 'The Post Office is taken', ru: 'Почтамт занят' } } as unknown as StoryEvent;

const playback = (playing: boolean): Playback => ({
  playing,
  speed: 'normal',
  loop: false,
  play: vi.fn(),
  pause: vi.fn(),
  toggle: vi.fn(),
  setSpeed: vi.fn(),
  setLoop: vi.fn(),
});

function panel(clock: Clock, playing: boolean, jumpMessage = '') {
  return (
    <TimePanel
      clock={clock}
      events={[event]}
      sites={[post]}
      currentIndexOf={(state) => (state.moment >= CHANGE ? 0 : -1)}
      lang="en"
      playback={playback(playing)}
      onMoment={(m) => clock.set(m)}
      onPrevious={vi.fn()}
      onNext={vi.fn()}
      jumpMessage={jumpMessage}
    >
      {null}
    </TimePanel>
  );
}

const status = () => screen.getByRole('status').textContent;
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('the time panel’s live region', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] }));
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('says nothing while the thumb moves, then the time and the change of hands once it rests', () => {
    const clock = createClock(CHANGE - 30);
    render(panel(clock, false));
    const slider = screen.getByRole('slider');
    for (let i = 0; i < 3; i += 1) {
      fireEvent.keyDown(slider, { key: 'ArrowRight' });
      wait(SCRUB_REST_MS / 2);
    }
    expect(status()).toBe('');
    wait(SCRUB_REST_MS);
    expect(status()).toBe('25 October, 02:10 — the Post Office passes to the Bolsheviks');
  });

  it('speaks at most every 2 s, and only the time where nothing changed hands', () => {
    const clock = createClock(CHANGE - 30);
    render(panel(clock, false));
    const slider = screen.getByRole('slider');
    fireEvent.keyDown(slider, { key: 'PageUp' });
    wait(SCRUB_REST_MS);
    const first = status();
    expect(first).toContain('passes to the Bolsheviks');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    wait(SCRUB_REST_MS);
    expect(status()).toBe(first);
    wait(SCRUB_INTERVAL_MS - SCRUB_REST_MS);
    expect(status()).toBe('25 October, 02:50');
  });

  it('tells the time with each event while playing, and says nothing stale after a pause', () => {
    const clock = createClock(CHANGE - 30);
    const { rerender } = render(panel(clock, false, '01:00 — an earlier jump'));
    expect(status()).toBe('01:00 — an earlier jump');
    rerender(panel(clock, true, '01:00 — an earlier jump'));
    act(() => clock.set(CHANGE + 5));
    wait(ANNOUNCE_INTERVAL_MS);
    expect(status()).toBe('25 October, 02:10 — The Post Office is taken');
    // A pause right after a step of playback: the step's message, pending, is dropped with the old jump's.
    rerender(panel(clock, true, '01:00 — an earlier jump'));
    rerender(panel(clock, false, '01:00 — an earlier jump'));
    wait(2 * ANNOUNCE_INTERVAL_MS);
    expect(status()).toBe('25 October, 02:10 — The Post Office is taken');
  });
});
