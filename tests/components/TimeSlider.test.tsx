// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { TimeSlider } from '../../src/timeline/TimeSlider.tsx';
import { TimePanel } from '../../src/timeline/TimePanel.tsx';
import type { Playback } from '../../src/timeline/usePlayback.ts';
import { createClock } from '../../src/clock/clock.ts';
import { WINDOW_END, WINDOW_START, momentOf, type Lang } from '../../src/model/time.ts';

afterEach(cleanup);

function Harness({ initial, lang = 'en', onInteract }: { initial: number; lang?: Lang; onInteract?: () => void }) {
  const [moment, setMoment] = useState(initial);
  return <TimeSlider moment={moment} lang={lang} label="Moment in the story" onChange={setMoment} onInteract={onInteract} />;
}

const value = () => Number(screen.getByRole('slider').getAttribute('aria-valuenow'));

describe('TimeSlider', () => {
  it('exposes the slider role, range and a spoken value', () => {
    render(<Harness initial={momentOf('1917-10-25T02:10')} />);
    const slider = screen.getByRole('slider', { name: 'Moment in the story' });
    expect(slider.getAttribute('aria-valuemin')).toBe(String(WINDOW_START));
    expect(slider.getAttribute('aria-valuemax')).toBe(String(WINDOW_END));
    expect(slider.getAttribute('aria-valuetext')).toBe('Wednesday 25 October 1917, 02:10 (7 November New Style)');
    expect(slider.tabIndex).toBe(0);
  });

  it('speaks Russian when the language is Russian', () => {
    render(<Harness initial={momentOf('1917-10-26T02:10')} lang="ru" />);
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('четверг, 26 октября 1917, 02:10 (8 ноября по новому стилю)');
  });

  it.each([
    ['ArrowRight', 610],
    ['ArrowUp', 610],
    ['ArrowLeft', 590],
    ['ArrowDown', 590],
    ['PageUp', 660],
    ['PageDown', 540],
    ['Home', WINDOW_START],
    ['End', WINDOW_END],
  ])('%s moves from 600 to %i', (key, expected) => {
    const onInteract = vi.fn();
    render(<Harness initial={600} onInteract={onInteract} />);
    fireEvent.keyDown(screen.getByRole('slider'), { key });
    expect(value()).toBe(expected);
    expect(onInteract).toHaveBeenCalled();
  });

  it('stops at the ends', () => {
    render(<Harness initial={WINDOW_END - 5} />);
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'ArrowRight' });
    expect(value()).toBe(WINDOW_END);
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'Home' });
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'PageDown' });
    expect(value()).toBe(WINDOW_START);
  });

  it('ignores other keys', () => {
    render(<Harness initial={600} />);
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'a' });
    expect(value()).toBe(600);
  });

  it('labels the three days on the track', () => {
    const { container } = render(<Harness initial={0} />);
    const labels = [...container.querySelectorAll('.time-slider__day-label')].map((el) => el.textContent);
    expect(labels).toEqual(['24 October', '25 October', '26 October']);
  });
});

describe('TimePanel follows the clock', () => {
  const playback: Playback = {
    playing: false,
    speed: 'normal',
    loop: false,
    play: vi.fn(),
    pause: vi.fn(),
    toggle: vi.fn(),
    setSpeed: vi.fn(),
    setLoop: vi.fn(),
  };

  it('shows every step of the clock on the slider, its thumb and fill, and the clock face', () => {
    const clock = createClock(600);
    const { container } = render(
      <TimePanel
        clock={clock}
        events={[]}
        sites={[]}
        currentIndexOf={() => -1}
        lang="en"
        playback={playback}
        onMoment={(m) => clock.set(m)}
        onPrevious={vi.fn()}
        onNext={vi.fn()}
        jumpMessage=""
      >
        {null}
      </TimePanel>,
    );
    const slider = screen.getByRole('slider');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(clock.get().moment).toBe(670);
    act(() => clock.set(momentOf('1917-10-25T02:10')));
    expect(value()).toBe(momentOf('1917-10-25T02:10'));
    expect(slider.getAttribute('aria-valuetext')).toBe('Wednesday 25 October 1917, 02:10 (7 November New Style)');
    expect(container.querySelector('.moment__clock')?.textContent).toBe('02:10');
    expect(container.querySelector('.moment__julian')?.textContent).toContain('Wednesday 25 October 1917');
    expect(container.querySelector('.moment__gregorian')?.textContent).toContain('7 November 1917');
    // The key handler moves on from the clock's moment, not from one it was rendered with before.
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(clock.get().moment).toBe(momentOf('1917-10-25T02:20'));
    const share = `${((momentOf('1917-10-25T02:20') - WINDOW_START) / (WINDOW_END - WINDOW_START)) * 100}%`;
    expect(slider.style.left).toBe(share);
    expect(container.querySelector<HTMLElement>('.time-slider__fill')?.style.width).toBe(share);
    expect(container.querySelector('.moment__clock')?.textContent).toBe('02:20');
  });
});
