/**
 * The narrative beside the map, in step with time: the current event told in full in a card at the
 * top, what comes next, and the list of all events (the current one marked, those to come dimmed).
 * Tapping an event moves time, and the map, to it.
 *
 * The feed follows the index of the current event (useClock), so it renders when another event is
 * reached, not on every step of the clock. The card grows to its text up to a share of the feed and
 * scrolls beyond it; the list marks its current item by `aria-current`, which the style sheet reads.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { History, StoryEvent } from '../model/history.ts';
import { formatClock, formatDate, formatRange, dateOf, WINDOW_START, type Lang } from '../model/time.ts';
import { t } from '../i18n/strings.ts';
import { useClock, type Clock, type ClockState } from '../clock/clock.ts';
import { Citations } from './SourceList.tsx';
import { feedScrollTarget } from './feed-scroll.ts';

interface EventFeedProps {
  history: History;
  events: readonly StoryEvent[];
  clock: Clock;
  /** The index in `events` of the current event, -1 before the first. */
  currentIndexOf: (state: ClockState) => number;
  lang: Lang;
  onSelect: (event: StoryEvent) => void;
}

function EventTime({ event, lang }: { event: StoryEvent; lang: Lang }) {
  if (event.disputed) {
    return (
      <time className="feed__time is-disputed">
        <span aria-hidden="true">
          {formatClock(event.earliest)}–<br />
          {formatClock(event.latest)}
        </span>
        <span className="visually-hidden">{formatRange(event.earliest, event.latest, lang)}</span>
      </time>
    );
  }
  return (
    <time className="feed__time">
      {formatClock(event.moment)}
      {event.approximate ? <span aria-label={t(lang, 'approximate')}> ≈</span> : null}
    </time>
  );
}

/**
 * The current event in full: its time, what happened, what is uncertain and who says so; before the
 * first event, that nothing has happened yet. One element for every event, so that it keeps the
 * focus when the event changes; it is focusable, so that a long account can be scrolled from the
 * keyboard, and a new event is shown from its top.
 */
function CurrentEvent({ event, history, lang }: { event: StoryEvent | undefined; history: History; lang: Lang }) {
  const card = useRef<HTMLDivElement>(null);
  const scrolled = useRef(false);
  useLayoutEffect(
    function showANewEventFromItsTop() {
      // Only when the reader scrolled: writing scrollTop makes the browser lay the page out at once.
      if (scrolled.current && card.current) card.current.scrollTop = 0;
      scrolled.current = false;
    },
    [event],
  );
  return (
    <div className="feed__now" role="region" aria-label={t(lang, 'nowLabel')}>
      <div ref={card} className="feed__card" tabIndex={0} data-event-id={event?.id} onScroll={() => (scrolled.current = true)}>
        {event ? (
          <>
            <h3 className="feed__now-title">
              <EventTime event={event} lang={lang} />
              <span className="feed__event-title">{event.title[lang]}</span>
            </h3>
            <p className="feed__text">{event.text[lang]}</p>
            {event.timeNote ? <p className="feed__note">{event.timeNote[lang]}</p> : null}
            {event.accounts.length > 0 ? (
              <ul className="feed__accounts">
                {event.accounts.map((account, k) => (
                  <li key={k}>
                    <Citations refs={[account.source]} history={history} lang={lang} />: {account.says[lang]}
                  </li>
                ))}
              </ul>
            ) : null}
            <Citations refs={event.sources} history={history} lang={lang} />
          </>
        ) : (
          <p className="feed__text">{t(lang, 'nothingYet')}</p>
        )}
      </div>
    </div>
  );
}

/** What comes next, or that the story ends. */
function NextLine({ next, lang }: { next: StoryEvent | undefined; lang: Lang }) {
  return (
    <p className="feed__next" aria-live="off">
      <span className="feed__next-line">
        {next ? (
          <>
            <span className="feed__next-label">{t(lang, 'next')}: </span>
            {formatClock(next.moment)} — {next.title[lang]}
          </>
        ) : (
          t(lang, 'theEnd')
        )}
      </span>
    </p>
  );
}

/** Background outside the three days: before them at the top of the feed, after them at the end. */
const ContextEvents = memo(function ContextEvents({
  events,
  heading,
  history,
  lang,
}: {
  events: readonly StoryEvent[];
  heading: string;
  history: History;
  lang: Lang;
}) {
  if (events.length === 0) return null;
  return (
    <>
      <li className="feed__day">{heading}</li>
      {events.map((event) => (
        <li key={event.id} className="feed__item is-context">
          <div className="feed__context">
            <span className="feed__time">{formatDate(dateOf(event.moment, 'julian'), lang, false)}</span>
            <span className="feed__event-title">{event.title[lang]}</span>
            <span className="feed__text">{event.text[lang]}</span>
            <Citations refs={event.sources} history={history} lang={lang} />
          </div>
        </li>
      ))}
    </>
  );
});

/** One line of the feed's list. */
const FeedItem = memo(function FeedItem({
  event,
  current,
  lang,
  onSelect,
}: {
  event: StoryEvent;
  current: boolean;
  lang: Lang;
  onSelect: (event: StoryEvent) => void;
}) {
  return (
    <li className="feed__item" data-event-id={event.id} aria-current={current ? 'true' : undefined}>
      <button type="button" className="feed__button" onClick={() => onSelect(event)}>
        <EventTime event={event} lang={lang} />
        <span className="feed__event-title">{event.title[lang]}</span>
      </button>
    </li>
  );
});

/**
 * The list of every event, under the heading of its day, with the context before and after. The
 * current item is marked, and kept in view: the list scrolls only when it leaves the upper part.
 */
function FeedList({ history, events, index, lang, onSelect }: Omit<EventFeedProps, 'clock' | 'currentIndexOf'> & { index: number }) {
  const listRef = useRef<HTMLDivElement>(null);
  const before = useMemo(() => history.events.filter((e) => e.context && e.moment < WINDOW_START), [history]);
  const after = useMemo(() => history.events.filter((e) => e.context && e.moment >= WINDOW_START), [history]);
  /** The day heading over each event that starts a new day. */
  const headings = useMemo(() => {
    const dayOf = (event: StoryEvent) => formatDate(dateOf(event.moment, 'julian'), lang, false);
    return events.map((event, i) => {
      const previous = events[i - 1];
      return !previous || dayOf(previous) !== dayOf(event) ? dayOf(event) : undefined;
    });
  }, [events, lang]);

  useEffect(
    function keepTheCurrentItemInView() {
      const list = listRef.current;
      const item = list?.querySelector<HTMLElement>('.feed__item[aria-current="true"]');
      if (!list || !item) return undefined;
      // Measured in the next frame, where the layout is done anyway, rather than forcing one now.
      const frame = requestAnimationFrame(() => {
        const target = feedScrollTarget(item.offsetTop, item.offsetHeight, list.scrollTop, list.clientHeight);
        // An instant jump: a smooth scroll would repaint the list on every frame while the slider moves.
        if (target !== undefined) list.scrollTo({ top: target, behavior: 'instant' });
      });
      return () => cancelAnimationFrame(frame);
    },
    [index, lang],
  );

  return (
    <div className="feed__list" ref={listRef}>
      <ol className={index < 0 ? 'feed__items is-before-first' : 'feed__items'}>
        <ContextEvents events={before} heading={t(lang, 'before')} history={history} lang={lang} />
        {events.map((event, i) => [
          headings[i] ? (
            <li className="feed__day" key={`day-${i}`}>
              {headings[i]}
            </li>
          ) : null,
          <FeedItem key={event.id} event={event} current={i === index} lang={lang} onSelect={onSelect} />,
        ])}
        <ContextEvents events={after} heading={t(lang, 'afterwards')} history={history} lang={lang} />
      </ol>
    </div>
  );
}

export const EventFeed = memo(function EventFeed({ history, events, clock, currentIndexOf, lang, onSelect }: EventFeedProps) {
  const index = useClock(clock, currentIndexOf);
  return (
    <section className="panel feed" aria-labelledby="feed-title">
      <h2 id="feed-title" className="feed__title">
        {t(lang, 'feedTitle')}
      </h2>
      <CurrentEvent event={events[index]} history={history} lang={lang} />
      <NextLine next={events[index + 1]} lang={lang} />
      <FeedList history={history} events={events} index={index} lang={lang} onSelect={onSelect} />
    </section>
  );
});
