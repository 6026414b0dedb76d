/**
 * The time panel: the moment in both calendars, playback, and the slider with its marks.
 * Its single-key shortcuts (Space play/pause, N next, P previous event) work only while focus is
 * inside the panel, so they never capture keys meant for the page or for assistive technology
 * (WCAG 2.1.4).
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Site, StoryEvent } from '../model/history.ts';
import { nextEventAfter, previousEventBefore } from '../model/story.ts';
import type { Lang, Moment } from '../model/time.ts';
import { t } from '../i18n/strings.ts';
import { ANNOUNCE_INTERVAL_MS, useAnnouncer } from '../a11y/useAnnouncer.ts';
import { scrubAnnouncement, shortMoment } from '../a11y/announcements.ts';
import { selectMoment, useClock, type Clock, type ClockState } from '../clock/clock.ts';
import { MomentDisplay } from './MomentDisplay.tsx';
import { PlaybackControls } from './PlaybackControls.tsx';
import { TimeSlider, type TimeSliderProps } from './TimeSlider.tsx';
import type { Playback } from './usePlayback.ts';

interface TimePanelProps {
  clock: Clock;
  events: readonly StoryEvent[];
  /** The sites: a scrub announces those that changed hands. */
  sites: readonly Site[];
  /** The index in `events` of the current event for a state of the clock. */
  currentIndexOf: (state: ClockState) => number;
  lang: Lang;
  playback: Playback;
  onMoment: (moment: Moment) => void;
  onPrevious: () => void;
  onNext: () => void;
  /** What the live region says after a jump (while playing it tells the latest event instead). */
  jumpMessage: string;
  /** The marks on the track. */
  children: ReactNode;
}

/** Elements whose own keys must not be taken over by the panel's shortcuts. */
const OWN_KEYS = 'button, a, input, select, textarea, summary';

/** The parts that show the moment itself render on every step of the clock; the rest of the panel only when what it shows changes. */
function LiveMomentDisplay({ clock, lang }: { clock: Clock; lang: Lang }) {
  return <MomentDisplay moment={useClock(clock, selectMoment)} lang={lang} />;
}

function LiveTimeSlider({ clock, ...props }: Omit<TimeSliderProps, 'moment'> & { clock: Clock }) {
  return <TimeSlider moment={useClock(clock, selectMoment)} {...props} />;
}

/** How long the thumb must rest before a scrub is announced, and the least time between two such announcements. */
export const SCRUB_REST_MS = 600;
export const SCRUB_INTERVAL_MS = 2000;

/**
 * What a scrub says once the thumb rests: the moment, and any change of hands since the moment the
 * scrub started from. `moved` is called before each move the visitor makes.
 */
function useScrubMessage(clock: Clock, sites: readonly Site[], lang: Lang, playing: boolean) {
  const [message, setMessage] = useState('');
  const from = useRef<Moment | undefined>(undefined);
  const rest = useRef<number | undefined>(undefined);
  const moved = useCallback(() => {
    from.current ??= clock.get().moment;
    window.clearTimeout(rest.current);
    rest.current = window.setTimeout(() => {
      setMessage(scrubAnnouncement(sites, from.current ?? clock.get().moment, clock.get().moment, lang));
      from.current = undefined;
    }, SCRUB_REST_MS);
  }, [clock, sites, lang]);
  useEffect(
    function forgetTheScrubWhenPlaying() {
      if (!playing) return;
      window.clearTimeout(rest.current);
      from.current = undefined;
    },
    [playing],
  );
  useEffect(() => () => window.clearTimeout(rest.current), []);
  return { message, moved };
}

/**
 * One polite live region. While playing: the latest event with its time, at most every few
 * seconds. Paused: what the visitor did last, a jump (at once) or a scrub (at most every 2 s once
 * the thumb rests). What was said before playback started is not said again after it stops.
 */
function LiveRegion({
  clock,
  events,
  currentIndexOf,
  lang,
  playing,
  jumpMessage,
  scrubMessage,
}: Pick<TimePanelProps, 'clock' | 'events' | 'currentIndexOf' | 'lang' | 'jumpMessage'> & { playing: boolean; scrubMessage: string }) {
  const index = useClock(clock, (state) => (playing ? currentIndexOf(state) : -1));
  const event = index >= 0 ? events[index] : undefined;
  const playingMessage = event ? `${shortMoment(event.moment, lang)} — ${event.title[lang]}` : '';
  // Which of the paused messages is the newer one, and the jump message already heard before playback
  // started: worked out while rendering, when one of them changes.
  const [seen, setSeen] = useState({ jumpMessage, scrubMessage, playing, latest: 'jump' as 'jump' | 'scrub', staleJump: '' });
  if (seen.jumpMessage !== jumpMessage || seen.scrubMessage !== scrubMessage || seen.playing !== playing) {
    const latest = seen.scrubMessage !== scrubMessage && scrubMessage ? 'scrub' : seen.jumpMessage !== jumpMessage ? 'jump' : seen.latest;
    setSeen({ jumpMessage, scrubMessage, playing, latest: playing ? 'jump' : latest, staleJump: playing ? jumpMessage : seen.staleJump });
  }
  const { latest, staleJump } = seen;
  const jump = jumpMessage === staleJump ? '' : jumpMessage;
  const message = playing ? playingMessage : latest === 'scrub' ? scrubMessage : jump;
  const interval = playing ? ANNOUNCE_INTERVAL_MS : latest === 'scrub' ? SCRUB_INTERVAL_MS : 0;
  const announcement = useAnnouncer(message, interval);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {announcement}
    </p>
  );
}

const HAS_PREVIOUS = 1;
const HAS_NEXT = 2;

export function TimePanel(props: TimePanelProps) {
  const { clock, events, sites, currentIndexOf, lang, playback, onMoment, onPrevious, onNext, jumpMessage, children } = props;
  const scrub = useScrubMessage(clock, sites, lang, playback.playing);
  const { moved } = scrub;
  const onScrub = useCallback(
    (moment: Moment) => {
      moved();
      onMoment(moment);
    },
    [moved, onMoment],
  );
  // Whether there is a previous and a next event: changes only at the ends of the story.
  const navigation = useClock(clock, (state) => {
    const index = currentIndexOf(state);
    return (previousEventBefore(events, state.moment, index) ? HAS_PREVIOUS : 0) | (nextEventAfter(events, state.moment, index) ? HAS_NEXT : 0);
  });
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement).closest(OWN_KEYS)) return;
    if (event.key === ' ') {
      event.preventDefault();
      playback.toggle();
    } else if (event.key === 'n' || event.key === 'N') onNext();
    else if (event.key === 'p' || event.key === 'P') onPrevious();
  };
  return (
    <footer className="time-panel" tabIndex={-1} aria-label={t(lang, 'time')} onKeyDown={onKeyDown}>
      <LiveMomentDisplay clock={clock} lang={lang} />
      <PlaybackControls
        playback={playback}
        lang={lang}
        onPrevious={onPrevious}
        onNext={onNext}
        hasPrevious={(navigation & HAS_PREVIOUS) !== 0}
        hasNext={(navigation & HAS_NEXT) !== 0}
      />
      <LiveTimeSlider clock={clock} lang={lang} label={t(lang, 'sliderLabel')} onChange={onScrub} onInteract={playback.pause}>
        {children}
      </LiveTimeSlider>
      <LiveRegion
        clock={clock}
        events={events}
        currentIndexOf={currentIndexOf}
        lang={lang}
        playing={playback.playing}
        jumpMessage={jumpMessage}
        scrubMessage={scrub.message}
      />
    </footer>
  );
}
