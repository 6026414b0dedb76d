// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { TimeSlider, momentFromPointer } from '../../src/timeline/TimeSlider.tsx';
import { MomentDisplay } from '../../src/timeline/MomentDisplay.tsx';
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

  it('maps pointer positions to minutes, clamped to the track', () => {
    const rect = { left: 100, width: 864 };
    expect(momentFromPointer(100, rect)).toBe(WINDOW_START);
    expect(momentFromPointer(100 + 432, rect)).toBe(WINDOW_END / 2);
    expect(momentFromPointer(0, rect)).toBe(WINDOW_START);
    expect(momentFromPointer(2000, rect)).toBe(WINDOW_END);
    expect(momentFromPointer(100 + 0.2, rect)).toBe(1);
  });
});

describe('TimeSlider and MomentDisplay following the clock', () => {
  it('show every step of the clock without being rendered again', () => {
    const clock = createClock(600);
    const renders = { count: 0 };
    function Counted() {
      useEffect(() => {
        renders.count += 1; // once per commit of this component
      });
      return (
        <>
          <MomentDisplay moment={clock.get().moment} lang="en" clock={clock} />
          <TimeSlider moment={clock.get().moment} lang="en" label="Moment in the story" onChange={(m) => clock.set(m)} clock={clock} />
        </>
      );
    }
    const { container } = render(<Counted />);
    const slider = screen.getByRole('slider');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    fireEvent.keyDown(slider, { key: 'PageUp' });
    act(() => clock.set(momentOf('1917-10-25T02:10')));
    expect(renders.count).toBe(1);
    expect(value()).toBe(momentOf('1917-10-25T02:10'));
    expect(slider.getAttribute('aria-valuetext')).toBe('Wednesday 25 October 1917, 02:10 (7 November New Style)');
    expect(container.querySelector('.moment__clock')?.getAttribute('aria-label')).toBe('02:10');
    // The digit wheels stand at 0, 2, 1, 0 (a tenth of the strip per digit).
    expect([...container.querySelectorAll<HTMLElement>('.moment__strip')].map((s) => s.style.transform)).toEqual([
      'translateY(0%)',
      'translateY(-20%)',
      'translateY(-10%)',
      'translateY(0%)',
    ]);
    expect(container.querySelector('.moment__julian')?.textContent).toContain('Wednesday 25 October 1917');
    expect(container.querySelector('.moment__gregorian')?.textContent).toContain('7 November 1917');
    // The key handler reads the clock, not the moment it was rendered with.
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(clock.get().moment).toBe(momentOf('1917-10-25T02:20'));
    expect(container.querySelector<HTMLElement>('.time-slider__thumb-carrier')?.style.transform).toBe(
      `translateX(calc(${(momentOf('1917-10-25T02:20') - WINDOW_START) / (WINDOW_END - WINDOW_START)} * 100cqw))`,
    );
  });
});
