/**
 * The time panel: the moment in both calendars, playback, and the slider with its marks.
 * Its single-key shortcuts (Space play/pause, N next, P previous event) work only while focus is
 * inside the panel, so they never capture keys meant for the page or for assistive technology
 * (WCAG 2.1.4).
 */
import type { KeyboardEvent, ReactNode } from 'react';
import type { StoryEvent } from '../model/history.ts';
import { nextEventAfter, previousEventBefore } from '../model/story.ts';
import type { Lang, Moment } from '../model/time.ts';
import { t } from '../i18n/strings.ts';
import { ANNOUNCE_INTERVAL_MS, useAnnouncer } from '../a11y/useAnnouncer.ts';
import { selectMoment, useClock, type Clock, type ClockState } from '../clock/clock.ts';
import { MomentDisplay } from './MomentDisplay.tsx';
import { PlaybackControls } from './PlaybackControls.tsx';
import { TimeSlider, type TimeSliderProps } from './TimeSlider.tsx';
import type { Playback } from './usePlayback.ts';

interface TimePanelProps {
  clock: Clock;
  events: readonly StoryEvent[];
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

/** While playing, the latest event, at most every few seconds; after a jump, the event reached, at once. */
function LiveRegion({
  clock,
  events,
  currentIndexOf,
  lang,
  playing,
  jumpMessage,
}: Pick<TimePanelProps, 'clock' | 'events' | 'currentIndexOf' | 'lang' | 'jumpMessage'> & { playing: boolean }) {
  const index = useClock(clock, (state) => (playing ? currentIndexOf(state) : -1));
  const playingMessage = index >= 0 ? (events[index]?.title[lang] ?? '') : '';
  const announcement = useAnnouncer(playing ? playingMessage : jumpMessage, playing ? ANNOUNCE_INTERVAL_MS : 0);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {announcement}
    </p>
  );
}

const HAS_PREVIOUS = 1;
const HAS_NEXT = 2;

export function TimePanel(props: TimePanelProps) {
  const { clock, events, currentIndexOf, lang, playback, onMoment, onPrevious, onNext, jumpMessage, children } = props;
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
      <LiveTimeSlider clock={clock} lang={lang} label={t(lang, 'sliderLabel')} onChange={onMoment} onInteract={playback.pause}>
        {children}
      </LiveTimeSlider>
      <LiveRegion clock={clock} events={events} currentIndexOf={currentIndexOf} lang={lang} playing={playback.playing} jumpMessage={jumpMessage} />
    </footer>
  );
}
