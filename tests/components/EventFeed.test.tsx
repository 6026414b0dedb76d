// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { compileHistory } from '../../src/model/history.ts';
import { currentEventIndex, windowEvents } from '../../src/model/story.ts';
import { momentOf } from '../../src/model/time.ts';
import { validateHistory } from '../../src/model/validate.ts';
import { createClock, type ClockState } from '../../src/clock/clock.ts';
import { EventFeed } from '../../src/panels/EventFeed.tsx';
import { fixtureTexts } from '../fixtures/load.ts';

afterEach(cleanup);

const history = compileHistory(validateHistory(fixtureTexts()).data!);
const events = windowEvents(history); // bridges-raised (24 Oct 17:00), telegraph-taken (25 Oct 02:00)
const currentIndexOf = (state: ClockState) => currentEventIndex(events, state.moment, state.chosenEventId);

function renderFeed(at: string, onSelect = vi.fn()) {
  const clock = createClock(momentOf(at));
  const view = render(<EventFeed history={history} events={events} clock={clock} currentIndexOf={currentIndexOf} lang="en" onSelect={onSelect} />);
  const marked = () => [...view.container.querySelectorAll('.feed__item[aria-current="true"]')].map((item) => item.getAttribute('data-event-id'));
  const shownCards = () => [...view.container.querySelectorAll('.feed__card[data-current]')].map((card) => card.getAttribute('data-event-id') ?? 'nothing yet');
  const next = () => {
    const lines = [...view.container.querySelectorAll('.feed__next-line[data-current]')];
    expect(lines).toHaveLength(1);
    return lines[0]?.textContent;
  };
  return { clock, view, marked, shownCards, next, onSelect };
}

describe('EventFeed follows the clock', () => {
  it('before the first event shows that nothing has happened yet, marks no item and names the first event as next', () => {
    const { marked, shownCards, next } = renderFeed('1917-10-24T12:00');
    expect(marked()).toEqual([]);
    expect(shownCards()).toEqual(['nothing yet']);
    expect(next()).toContain('17:00');
  });

  it('marks the current item and shows its card, one of each, as the clock moves on and back', () => {
    const { clock, marked, shownCards, next } = renderFeed('1917-10-24T18:00');
    expect(marked()).toEqual(['bridges-raised']);
    expect(shownCards()).toEqual(['bridges-raised']);
    act(() => clock.set(momentOf('1917-10-25T03:00')));
    expect(marked()).toEqual(['telegraph-taken']);
    expect(shownCards()).toEqual(['telegraph-taken']);
    expect(next()).not.toContain('17:00');
    act(() => clock.set(momentOf('1917-10-24T12:00')));
    expect(marked()).toEqual([]);
    expect(shownCards()).toEqual(['nothing yet']);
  });

  it('keeps the marks when the language changes, and tells the card in the new language', () => {
    const { clock, view, marked, shownCards, onSelect } = renderFeed('1917-10-25T03:00');
    view.rerender(<EventFeed history={history} events={events} clock={clock} currentIndexOf={currentIndexOf} lang="ru" onSelect={onSelect} />);
    expect(marked()).toEqual(['telegraph-taken']);
    expect(shownCards()).toEqual(['telegraph-taken']);
    const card = view.container.querySelector('.feed__card[data-current]');
    expect(card?.textContent).toContain(events[1]!.title.ru);
  });

  it('moves the cursor under the current item and the veil over the items to come, by transform', () => {
    // jsdom lays nothing out: the items stand 100 px apart and are 50 px high.
    const place = (element: HTMLElement) => events.findIndex((e) => e.id === element.dataset.eventId);
    vi.spyOn(HTMLElement.prototype, 'offsetTop', 'get').mockImplementation(function (this: HTMLElement) {
      return 100 * place(this);
    });
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(50);
    const { clock, view } = renderFeed('1917-10-24T18:00');
    const transformOf = (selector: string) => view.container.querySelector<HTMLElement>(selector)?.style.transform;
    expect(transformOf('.feed__cursor')).toBe('translateY(0px)');
    expect(transformOf('.feed__cursor .feed__band')).toBe('scaleY(0.5)');
    expect(transformOf('.feed__veil')).toBe('translateY(100px)'); // from the second item to the end of the last (150 px)
    expect(transformOf('.feed__veil .feed__band')).toBe('scaleY(0.5)');
    act(() => clock.set(momentOf('1917-10-25T03:00')));
    expect(transformOf('.feed__cursor')).toBe('translateY(100px)');
    expect(transformOf('.feed__veil .feed__band')).toBe('scaleY(0)'); // nothing to come
    act(() => clock.set(momentOf('1917-10-24T12:00')));
    expect(transformOf('.feed__cursor .feed__band')).toBe('scaleY(0)'); // no current item
    expect(transformOf('.feed__veil')).toBe('translateY(0px)');
    expect(transformOf('.feed__veil .feed__band')).toBe('scaleY(1.5)');
    vi.restoreAllMocks();
  });

  it('slides the strips of cards and "next" lines to the current one, and hides the others from assistive technology and the tab order', () => {
    const { clock, view } = renderFeed('1917-10-24T18:00');
    const strip = view.container.querySelector<HTMLElement>('.feed__cards')!;
    const nexts = view.container.querySelector<HTMLElement>('.feed__nexts')!;
    const cards = [...strip.children] as HTMLElement[];
    expect(cards).toHaveLength(events.length + 1); // "nothing yet", then one per event
    const check = (shown: number) => {
      cards.forEach((card, i) => {
        expect(card.tabIndex).toBe(i === shown ? 0 : -1);
        expect(card.getAttribute('aria-hidden')).toBe(i === shown ? null : 'true');
      });
      [...nexts.children].forEach((line, i) => expect(line.getAttribute('aria-hidden')).toBe(i === shown ? null : 'true'));
    };
    check(1);
    // jsdom has no Web Animations: the transform is written to the style.
    expect(strip.style.transform).toBe('translateX(-100%)');
    const shiftOf = (element: HTMLElement) => Number(/translate[XY]\((-?[\d.e-]+)%\)/.exec(element.style.transform)?.[1]);
    expect(shiftOf(nexts)).toBeCloseTo(-100 / (events.length + 1), 9); // a line is a share of the strip's height
    act(() => clock.set(momentOf('1917-10-25T03:00')));
    check(2);
    expect(strip.style.transform).toBe('translateX(-200%)');
    act(() => clock.set(momentOf('1917-10-24T12:00')));
    check(0);
    expect(strip.style.transform).toBe('translateX(0%)');
  });

  it('hands the focus on to the new card when the shown one had it, and shows a card scrolled before from its top', () => {
    const { clock, view } = renderFeed('1917-10-24T18:00');
    const cards = [...view.container.querySelectorAll<HTMLElement>('.feed__card')];
    cards[1]!.focus();
    cards[1]!.scrollTop = 120;
    expect(cards[1]!.scrollTop).toBe(120);
    cards[1]!.dispatchEvent(new Event('scroll'));
    act(() => clock.set(momentOf('1917-10-25T03:00')));
    expect(document.activeElement).toBe(cards[2]);
    act(() => clock.set(momentOf('1917-10-24T18:00')));
    expect(document.activeElement).toBe(cards[1]);
    expect(cards[1]!.scrollTop).toBe(0);
  });

  it('hands the tapped event to onSelect', () => {
    const { view, onSelect } = renderFeed('1917-10-24T12:00');
    fireEvent.click(view.container.querySelector('.feed__item[data-event-id="telegraph-taken"] button')!);
    expect(onSelect).toHaveBeenCalledWith(events[1]);
  });

  it('stops following the clock once unmounted', () => {
    const { clock, view } = renderFeed('1917-10-24T18:00');
    view.unmount();
    expect(() => clock.set(momentOf('1917-10-25T03:00'))).not.toThrow();
  });
});
