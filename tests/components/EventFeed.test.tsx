// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { Profiler } from 'react';
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
  const card = () => {
    const cards = view.container.querySelectorAll<HTMLElement>('.feed__card');
    expect(cards).toHaveLength(1);
    return cards[0]!;
  };
  const shownCard = () => card().getAttribute('data-event-id') ?? 'nothing yet';
  const next = () => {
    const lines = [...view.container.querySelectorAll('.feed__next-line')];
    expect(lines).toHaveLength(1);
    return lines[0]?.textContent;
  };
  const list = () => view.container.querySelector('.feed__items')!;
  return { clock, view, marked, card, shownCard, next, list, onSelect };
}

describe('EventFeed follows the clock', () => {
  it('before the first event shows that nothing has happened yet, marks no item, names the first event as next and dims every event', () => {
    const { marked, card, shownCard, next, list } = renderFeed('1917-10-24T12:00');
    expect(marked()).toEqual([]);
    expect(shownCard()).toEqual('nothing yet');
    expect(card().textContent).toContain('Nothing has happened yet');
    expect(next()).toContain('17:00');
    expect(list().classList).toContain('is-before-first');
  });

  it('marks the current item and shows its card, one of each, as the clock moves on and back', () => {
    const { clock, marked, card, shownCard, next, list } = renderFeed('1917-10-24T18:00');
    expect(marked()).toEqual(['bridges-raised']);
    expect(shownCard()).toEqual('bridges-raised');
    expect(card().textContent).toContain(events[0]!.text.en);
    expect(next()).toContain(`02:00 — ${events[1]!.title.en}`);
    expect(list().classList).not.toContain('is-before-first');
    act(() => clock.set(momentOf('1917-10-25T03:00')));
    expect(marked()).toEqual(['telegraph-taken']);
    expect(shownCard()).toEqual('telegraph-taken');
    expect(card().textContent).toContain(events[1]!.title.en);
    expect(next()).toBe('The end of 26 October.');
    act(() => clock.set(momentOf('1917-10-24T12:00')));
    expect(marked()).toEqual([]);
    expect(shownCard()).toEqual('nothing yet');
  });

  it('renders when another event is reached, not on every step of the clock', () => {
    const clock = createClock(momentOf('1917-10-24T18:00'));
    const commits = vi.fn();
    render(
      <Profiler id="feed" onRender={commits}>
        <EventFeed history={history} events={events} clock={clock} currentIndexOf={currentIndexOf} lang="en" onSelect={vi.fn()} />
      </Profiler>,
    );
    expect(commits).toHaveBeenCalledTimes(1);
    act(() => clock.set(momentOf('1917-10-24T18:10')));
    act(() => clock.set(momentOf('1917-10-24T19:00')));
    expect(commits).toHaveBeenCalledTimes(1); // the same event
    act(() => clock.set(momentOf('1917-10-25T03:00')));
    expect(commits).toHaveBeenCalledTimes(2);
  });

  it('keeps the marks when the language changes, and tells the card in the new language', () => {
    const { clock, view, marked, card, shownCard, onSelect } = renderFeed('1917-10-25T03:00');
    view.rerender(<EventFeed history={history} events={events} clock={clock} currentIndexOf={currentIndexOf} lang="ru" onSelect={onSelect} />);
    expect(marked()).toEqual(['telegraph-taken']);
    expect(shownCard()).toEqual('telegraph-taken');
    expect(card().textContent).toContain(events[1]!.title.ru);
  });

  it('keeps the focus on the card when the event changes, and shows a card the reader scrolled from its top', () => {
    const { clock, card } = renderFeed('1917-10-24T18:00');
    const element = card();
    expect(element.tabIndex).toBe(0);
    element.focus();
    element.scrollTop = 120;
    expect(element.scrollTop).toBe(120);
    element.dispatchEvent(new Event('scroll'));
    act(() => clock.set(momentOf('1917-10-25T03:00')));
    expect(card()).toBe(element);
    expect(document.activeElement).toBe(element);
    expect(element.scrollTop).toBe(0);
  });

  it('scrolls the list to an item that leaves its upper part, in the next frame', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    // jsdom lays nothing out: the second item stands 900 px down the list.
    vi.spyOn(HTMLElement.prototype, 'offsetTop', 'get').mockImplementation(function (this: HTMLElement) {
      return this.dataset.eventId === 'telegraph-taken' ? 900 : 0;
    });
    const scrollTo = vi.fn();
    Object.defineProperty(HTMLElement.prototype, 'scrollTo', { configurable: true, value: scrollTo });
    const { clock } = renderFeed('1917-10-24T18:00');
    vi.advanceTimersToNextFrame();
    scrollTo.mockClear();
    act(() => clock.set(momentOf('1917-10-25T03:00')));
    expect(scrollTo).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(scrollTo).toHaveBeenCalledWith({ top: 864, behavior: 'instant' });
    vi.restoreAllMocks();
    vi.useRealTimers();
    delete (HTMLElement.prototype as Partial<HTMLElement>).scrollTo;
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
