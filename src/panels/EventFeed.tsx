/**
 * The narrative beside the map, in step with time: the current event told in full in a card at the
 * top, what comes next, and the list of all events (the current one highlighted). Tapping an event
 * moves time, and the map, to it.
 *
 * The current event is told in its own card, not opened inside the list: opening an item changed
 * its height, so reaching an event re-laid-out and repainted the whole list (about 2.5 ms a step
 * here, `npm run bench:trace`). The list's items now keep their size; only the card's text changes.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import type { History, StoryEvent } from '../model/history.ts';
import { formatClock, formatDate, formatRange, dateOf, WINDOW_START, type Lang } from '../model/time.ts';
import { t } from '../app/i18n.ts';
import { Citations } from './SourceList.tsx';

interface EventFeedProps {
  history: History;
  events: readonly StoryEvent[];
  /** Index in `events` of the current event, -1 before the first. */
  currentIndex: number;
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

/** Background outside the three days: before them at the top of the feed, after them at the end. */
const ContextEvents = memo(function ContextEvents({ events, heading, history, lang }: { events: readonly StoryEvent[]; heading: string; history: History; lang: Lang }) {
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

type ItemState = 'is-past' | 'is-current' | 'is-future';

/** Room kept above the current item for the sticky day heading, in pixels. */
const HEADING_ROOM = 36;

/**
 * Where to scroll the feed's list so that the current item shows near its top with the coming
 * events below it; `undefined` while it is already in view in the upper part of the list. Scrolling
 * only when needed keeps most steps that reach an event from scrolling at all (a scroll cost about
 * 1 ms a step here).
 */
export function feedScrollTarget(itemTop: number, itemHeight: number, scrollTop: number, viewHeight: number): number | undefined {
  const inView = itemTop >= scrollTop + HEADING_ROOM && itemTop + itemHeight <= scrollTop + viewHeight * 0.8;
  return inView ? undefined : Math.max(0, itemTop - HEADING_ROOM);
}

/** One line of the feed's list; memoised, so moving to the next event re-renders two items, not all. */
const FeedItem = memo(function FeedItem({ event, state, lang, onSelect }: { event: StoryEvent; state: ItemState; lang: Lang; onSelect: (event: StoryEvent) => void }) {
  return (
    <li className={`feed__item ${state}`} aria-current={state === 'is-current' ? 'true' : undefined} data-event-id={event.id}>
      <button type="button" className="feed__button" onClick={() => onSelect(event)}>
        <EventTime event={event} lang={lang} />
        <span className="feed__event-title">{event.title[lang]}</span>
      </button>
    </li>
  );
});

/** The current event in full: its time, what happened, what is uncertain and who says so. */
const CurrentEvent = memo(function CurrentEvent({ event, history, lang }: { event: StoryEvent | undefined; history: History; lang: Lang }) {
  return (
    // Focusable, so that a long account that scrolls inside the card can be scrolled from the keyboard.
    <div className="feed__now" data-event-id={event?.id} role="region" aria-label={t(lang, 'nowLabel')} tabIndex={0}>
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
  );
});

export const EventFeed = memo(function EventFeed({ history, events, currentIndex, lang, onSelect }: EventFeedProps) {
  const listRef = useRef<HTMLOListElement>(null);
  // What does not depend on the current event is worked out once, not on every event reached.
  const before = useMemo(() => history.events.filter((e) => e.context && e.moment < WINDOW_START), [history]);
  const after = useMemo(() => history.events.filter((e) => e.context && e.moment >= WINDOW_START), [history]);
  /** The day heading shown before each event that starts a new day. */
  const dayHeadings = useMemo(() => {
    const dayOf = (event: StoryEvent) => formatDate(dateOf(event.moment, 'julian'), lang, false);
    return events.map((event, i) => {
      const day = dayOf(event);
      const previous = events[i - 1];
      return !previous || dayOf(previous) !== day ? (
        <li className="feed__day" key={`day-${day}`}>
          {day}
        </li>
      ) : null;
    });
  }, [events, lang]);

  useEffect(
    function keepCurrentEventInView() {
      // Measured in the next frame, where the layout is done anyway, rather than forcing one now.
      const frame = requestAnimationFrame(() => {
        const list = listRef.current;
        const item = list?.querySelector<HTMLElement>('[aria-current="true"]') ?? list?.querySelector<HTMLElement>('li');
        if (!list || !item) return;
        const target = feedScrollTarget(item.offsetTop, item.offsetHeight, list.scrollTop, list.clientHeight);
        // An instant jump: a smooth scroll would repaint the list on every frame while the slider moves.
        if (target !== undefined) list.scrollTo({ top: target, behavior: 'instant' });
      });
      return () => cancelAnimationFrame(frame);
    },
    [currentIndex],
  );

  const next = events[currentIndex + 1];
  return (
    <section className="panel feed" aria-labelledby="feed-title">
      <h2 id="feed-title" className="feed__title">
        {t(lang, 'feedTitle')}
      </h2>
      <CurrentEvent event={events[currentIndex]} history={history} lang={lang} />
      <p className="feed__next" aria-live="off">
        {next ? (
          <>
            <span className="feed__next-label">{t(lang, 'next')}: </span>
            {formatClock(next.moment)} — {next.title[lang]}
          </>
        ) : (
          t(lang, 'theEnd')
        )}
      </p>
      <ol className="feed__list" ref={listRef}>
        <ContextEvents events={before} heading={t(lang, 'before')} history={history} lang={lang} />
        {events.map((event, i) => {
          const state: ItemState = i < currentIndex ? 'is-past' : i === currentIndex ? 'is-current' : 'is-future';
          return [dayHeadings[i], <FeedItem key={event.id} event={event} state={state} lang={lang} onSelect={onSelect} />];
        })}
        <ContextEvents events={after} heading={t(lang, 'afterwards')} history={history} lang={lang} />
      </ol>
    </section>
  );
});
