// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { createClock, useClock, type Clock } from '../../src/clock/clock.ts';

afterEach(cleanup);

describe('useClock', () => {
  it('re-renders a component only when what it selects changes', () => {
    const clock = createClock(0);
    const renders = { hour: 0, minute: 0 };
    function Hour({ clock }: { clock: Clock }) {
      renders.hour += 1;
      return <span data-testid="hour">{useClock(clock, (s) => Math.floor(s.moment / 60))}</span>;
    }
    function Minute({ clock }: { clock: Clock }) {
      renders.minute += 1;
      return <span data-testid="minute">{useClock(clock, (s) => s.moment)}</span>;
    }
    const view = render(
      <>
        <Hour clock={clock} />
        <Minute clock={clock} />
      </>,
    );
    for (const m of [10, 20, 30, 40, 50, 60]) act(() => clock.set(m));
    expect(view.getByTestId('minute').textContent).toBe('60');
    expect(view.getByTestId('hour').textContent).toBe('1');
    expect(renders.minute).toBe(7);
    expect(renders.hour).toBe(2);
  });
});
