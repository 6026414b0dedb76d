/**
 * The time panel: the moment in both calendars, playback, and the slider with its marks.
 * Its single-key shortcuts (Space play/pause, N next, P previous event) work only while focus is
 * inside the panel, so they never capture keys meant for the page or for assistive technology
 * (WCAG 2.1.4).
 */
import type { KeyboardEvent, ReactNode } from 'react';
import type { Lang, Moment } from '../model/time.ts';
import { t } from '../app/i18n.ts';
import { MomentDisplay } from './MomentDisplay.tsx';
import { PlaybackControls } from './PlaybackControls.tsx';
import { TimeSlider } from './TimeSlider.tsx';
import type { Playback } from './usePlayback.ts';

interface TimePanelProps {
  moment: Moment;
  lang: Lang;
  playback: Playback;
  onMoment: (moment: Moment) => void;
  onPrevious: () => void;
  onNext: () => void;
  hasPrevious: boolean;
  hasNext: boolean;
  ticks: readonly { id: string; moment: Moment }[];
  onTickTap: (id: string) => void;
  /** What the live region says (the latest event while playing, the event reached by a jump). */
  announcement: string;
  /** The marks on the track. */
  children: ReactNode;
}

/** Elements whose own keys must not be taken over by the panel's shortcuts. */
const OWN_KEYS = 'button, a, input, select, textarea, summary';

export function TimePanel(props: TimePanelProps) {
  const { moment, lang, playback, onMoment, onPrevious, onNext, hasPrevious, hasNext, ticks, onTickTap, announcement, children } = props;
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
    <footer className="time-panel" id="time-slider" tabIndex={-1} aria-label={t(lang, 'time')} onKeyDown={onKeyDown}>
      <MomentDisplay moment={moment} lang={lang} />
      <PlaybackControls playback={playback} lang={lang} onPrevious={onPrevious} onNext={onNext} hasPrevious={hasPrevious} hasNext={hasNext} />
      <TimeSlider moment={moment} lang={lang} label={t(lang, 'sliderLabel')} onChange={onMoment} onInteract={playback.pause} ticks={ticks} onTickTap={onTickTap}>
        {children}
      </TimeSlider>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </footer>
  );
}
