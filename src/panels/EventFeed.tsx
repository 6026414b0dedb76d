/**
 * The narrative beside the map, in step with time: the current event told in full in a card at the
 * top, what comes next, and the list of all events (the current one highlighted, those to come
 * dimmed). Tapping an event moves time, and the map, to it.
 *
 * Everything here is made once per language; reaching an event changes a few attributes and four
 * transforms, not the elements (see useFeedCursor). In paired walks of the old and the new build,
 * this took about 1 ms off a step that reaches an event, against making the card anew and
 * restyling the list's items:
 * - every event's card, and every "next" line, is in the page, laid out once side by side in a
 *   strip; the strip is moved by transform to show the current one, so reaching an event runs no
 *   React render and no style, layout or paint of a card (showing the card by `display` cost about
 *   1.5 ms a step at ten times the sites, most of it in laying out and painting the new card);
 * - the list's items never change: a cursor under the current item and a veil over the events to
 *   come move by transform. Restyling the items repainted the list (about 0.6 ms a step).
 */
import { memo, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { History, StoryEvent } from '../model/history.ts';
import { formatClock, formatDate, formatRange, dateOf, WINDOW_START, type Lang } from '../model/time.ts';
import { t } from '../i18n/strings.ts';
import type { Clock, ClockState } from '../clock/clock.ts';
import { scrubTransform } from '../dom/scrub.ts';
import { Citations } from './SourceList.tsx';

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

/** How far the list's cursor and veil can be moved and stretched, in pixels (the list is about 3,000 px long). */
const TRACK_RANGE = 40_000;
/** The height of the cursor's and the veil's box before it is stretched, in pixels. */
const BAND_HEIGHT = 100;

/**
 * A band across the list, placed and stretched by transform only: `.feed__cursor` marks the
 * current event, `.feed__veil` dims the events to come. Moving one changes no style and repaints
 * nothing (see scrubTransform).
 */
function listBand(band: HTMLElement, box: HTMLElement) {
  const move = scrubTransform(band, (share) => `translateY(${share * TRACK_RANGE}px)`);
  const stretch = scrubTransform(box, (share) => `scaleY(${(share * TRACK_RANGE) / BAND_HEIGHT})`);
  return {
    place(top: number, height: number) {
      move.set(top / TRACK_RANGE);
      stretch.set(Math.max(0, height) / TRACK_RANGE);
    },
    cancel() {
      move.cancel();
      stretch.cancel();
    },
  };
}

interface FeedElements {
  /** The list's scroller, its content (cursor, items and veil), the strip of cards and the strip of "next" lines. */
  list: RefObject<HTMLDivElement | null>;
  track: RefObject<HTMLDivElement | null>;
  cards: RefObject<HTMLDivElement | null>;
  nexts: RefObject<HTMLSpanElement | null>;
}

/**
 * A strip of panes of which one is shown: the strip is moved by transform to pane `index + 1` (the
 * first pane stands for index -1). The others stay laid out and painted, hidden from assistive
 * technology and out of the tab order; the shown one is the focusable one, and takes the focus if
 * the one it replaces had it.
 */
function paneStrip(strip: HTMLElement, axis: 'X' | 'Y', focusable: boolean) {
  const panes = [...strip.children] as HTMLElement[];
  const last = Math.max(1, panes.length - 1);
  // A pane's share of the strip's own size, the unit of a percentage in its transform.
  const pane = axis === 'X' ? 100 : 100 / panes.length;
  const slide = scrubTransform(strip, (share) => `translate${axis}(${-share * last * pane}%)`);
  let shown: HTMLElement | undefined;
  /** Panes scrolled by the reader: back at their top when they are next shown. */
  const scrolled = new Set<Element>();
  const onScroll = (event: Event) => {
    if (event.target !== strip) scrolled.add(event.target as Element);
  };
  strip.addEventListener('scroll', onScroll, true);
  return {
    show(index: number) {
      const next = panes[index + 1];
      if (!next || next === shown) return;
      const hadFocus = shown?.contains(document.activeElement) ?? false;
      for (const other of shown ? [shown] : panes) {
        other.setAttribute('aria-hidden', 'true');
        other.removeAttribute('data-current');
        if (focusable) other.tabIndex = -1;
      }
      next.removeAttribute('aria-hidden');
      next.setAttribute('data-current', 'true');
      if (focusable) next.tabIndex = 0;
      if (scrolled.delete(next)) next.scrollTop = 0;
      slide.set((index + 1) / last);
      shown = next;
      if (hadFocus) next.focus({ preventScroll: true });
    },
    cancel() {
      strip.removeEventListener('scroll', onScroll, true);
      slide.cancel();
    },
  };
}

/**
 * Shows the current event's card, marks its item in the list and moves the list's cursor and veil
 * to it, and does so again whenever the clock reaches another event. Nothing is made and no item
 * is restyled: a card is shown by an attribute, the item is marked by `aria-current` (which no
 * style rule reads), and the cursor and veil move by transform. The attributes are never rendered by React,
 * so a re-render leaves them alone. The items' places are measured when the list's size changes
 * (language, width, fonts), not on each step. `remarkOn` is what the list is made from: when it
 * changes (the language), the elements are found and marked again.
 */
function useFeedCursor(clock: Clock, currentIndexOf: (state: ClockState) => number, elements: FeedElements, remarkOn: unknown) {
  const { list, track, cards: cardStrip, nexts: nextStrip } = elements;
  useLayoutEffect(
    function followTheCurrentEvent() {
      const listElement = list.current;
      const trackElement = track.current;
      const cardElement = cardStrip.current;
      const nextElement = nextStrip.current;
      const cursorElement = trackElement?.querySelector<HTMLElement>('.feed__cursor');
      const veilElement = trackElement?.querySelector<HTMLElement>('.feed__veil');
      const cursorBox = cursorElement?.querySelector<HTMLElement>('.feed__band');
      const veilBox = veilElement?.querySelector<HTMLElement>('.feed__band');
      if (!listElement || !trackElement || !cardElement || !nextElement || !cursorElement || !veilElement || !cursorBox || !veilBox) return undefined;
      const items = [...trackElement.querySelectorAll<HTMLElement>('.feed__item[data-event-id]')];
      // The first card says that nothing has happened yet, and the first "next" line names the first event: they stand for index -1.
      const cards = paneStrip(cardElement, 'X', true);
      const nexts = paneStrip(nextElement, 'Y', false);
      const cursor = listBand(cursorElement, cursorBox);
      const veil = listBand(veilElement, veilBox);
      let places: { top: number; height: number }[] = [];
      let shown: number | undefined;
      let frame = 0;

      const placeBands = (index: number) => {
        const current = places[index];
        cursor.place(current?.top ?? 0, current?.height ?? 0);
        const last = places[places.length - 1];
        const end = last ? last.top + last.height : 0;
        const top = places[index + 1]?.top ?? end;
        veil.place(top, end - top);
      };
      const measure = () => {
        places = items.map((item) => ({ top: item.offsetTop, height: item.offsetHeight }));
        if (shown !== undefined) placeBands(shown);
      };
      const show = (index: number) => {
        if (index === shown) return;
        items[shown ?? -1]?.removeAttribute('aria-current');
        items[index]?.setAttribute('aria-current', 'true');
        cards.show(index);
        nexts.show(index);
        shown = index;
        placeBands(index);
        cancelAnimationFrame(frame);
        // Scrolled in the next frame, where the layout is done anyway, rather than forcing one now.
        frame = requestAnimationFrame(() => {
          const place = places[index] ?? { top: 0, height: 0 };
          const target = feedScrollTarget(place.top, place.height, listElement.scrollTop, listElement.clientHeight);
          // An instant jump: a smooth scroll would repaint the list on every frame while the slider moves.
          if (target !== undefined) listElement.scrollTo({ top: target, behavior: 'instant' });
        });
      };
      measure();
      show(currentIndexOf(clock.get()));
      const unsubscribe = clock.subscribe(() => show(currentIndexOf(clock.get())));
      const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
      resizes?.observe(trackElement);
      return () => {
        unsubscribe();
        resizes?.disconnect();
        cancelAnimationFrame(frame);
        cursor.cancel();
        veil.cancel();
        cards.cancel();
        nexts.cancel();
      };
    },
    [clock, currentIndexOf, list, track, cardStrip, nextStrip, remarkOn],
  );
}

/** One line of the feed's list; its state is marked by useFeedCursor. */
function FeedItem({ event, lang, onSelect }: { event: StoryEvent; lang: Lang; onSelect: (event: StoryEvent) => void }) {
  return (
    <li className="feed__item" data-event-id={event.id}>
      <button type="button" className="feed__button" onClick={() => onSelect(event)}>
        <EventTime event={event} lang={lang} />
        <span className="feed__event-title">{event.title[lang]}</span>
      </button>
    </li>
  );
}

/** An event in full: its time, what happened, what is uncertain and who says so. */
function EventCard({ event, history, lang }: { event: StoryEvent; history: History; lang: Lang }) {
  return (
    <div className="feed__card" data-event-id={event.id} tabIndex={-1} aria-hidden="true">
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
    </div>
  );
}

/** The lines that say what comes next: one for each moment between events, the first before the first event. */
const NextLines = memo(function NextLines({ events, lang }: Pick<EventFeedProps, 'events' | 'lang'>) {
  return [undefined, ...events].map((current, i) => {
    const next = events[i];
    return (
      <span className="feed__next-line" key={current?.id ?? 'start'}>
        {next ? (
          <>
            <span className="feed__next-label">{t(lang, 'next')}: </span>
            {formatClock(next.moment)} — {next.title[lang]}
          </>
        ) : (
          t(lang, 'theEnd')
        )}
      </span>
    );
  });
});

export const EventFeed = memo(function EventFeed({ history, events, clock, currentIndexOf, lang, onSelect }: EventFeedProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const cardStripRef = useRef<HTMLDivElement>(null);
  const nextStripRef = useRef<HTMLSpanElement>(null);
  const before = useMemo(() => history.events.filter((e) => e.context && e.moment < WINDOW_START), [history]);
  const after = useMemo(() => history.events.filter((e) => e.context && e.moment >= WINDOW_START), [history]);
  /** The list's items, each after the day heading of a new day. */
  const items = useMemo(() => {
    const dayOf = (event: StoryEvent) => formatDate(dateOf(event.moment, 'julian'), lang, false);
    return events.map((event, i) => {
      const day = dayOf(event);
      const previous = events[i - 1];
      const heading =
        !previous || dayOf(previous) !== day ? (
          <li className="feed__day" key={`day-${day}`}>
            {day}
          </li>
        ) : null;
      return [heading, <FeedItem key={event.id} event={event} lang={lang} onSelect={onSelect} />];
    });
  }, [events, lang, onSelect]);
  const cards = useMemo(() => events.map((event) => <EventCard key={event.id} event={event} history={history} lang={lang} />), [events, history, lang]);
  useFeedCursor(clock, currentIndexOf, { list: listRef, track: trackRef, cards: cardStripRef, nexts: nextStripRef }, items);

  return (
    <section className="panel feed" aria-labelledby="feed-title">
      <h2 id="feed-title" className="feed__title">
        {t(lang, 'feedTitle')}
      </h2>
      <div className="feed__now" role="region" aria-label={t(lang, 'nowLabel')}>
        {/* The shown card is focusable, so that a long account that scrolls inside it can be scrolled from the keyboard. */}
        <div className="feed__cards" ref={cardStripRef}>
          <div className="feed__card" tabIndex={-1} aria-hidden="true">
            <p className="feed__text">{t(lang, 'nothingYet')}</p>
          </div>
          {cards}
        </div>
      </div>
      <p className="feed__next" aria-live="off">
        <span className="feed__nexts" ref={nextStripRef}>
          <NextLines events={events} lang={lang} />
        </span>
      </p>
      <div className="feed__list" ref={listRef}>
        <div className="feed__track" ref={trackRef}>
          <div className="feed__cursor" aria-hidden="true">
            <div className="feed__band" />
          </div>
          <ol className="feed__items">
            <ContextEvents events={before} heading={t(lang, 'before')} history={history} lang={lang} />
            {items}
            <ContextEvents events={after} heading={t(lang, 'afterwards')} history={history} lang={lang} />
          </ol>
          <div className="feed__veil" aria-hidden="true">
            <div className="feed__band" />
          </div>
        </div>
      </div>
    </section>
  );
});
