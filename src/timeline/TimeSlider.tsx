/**
 * The time slider: the WAI-ARIA slider pattern on a large, touch-first track.
 * ←/→ (and ↓/↑) step 10 minutes, PageDown/PageUp one hour, Home/End go to the ends.
 * Dragging the thumb or tapping anywhere on the track sets the time, to the minute: a tap near an
 * event's tick sets the time too, it never jumps to the event (that is what previous/next and the
 * feed are for), and a drag never snaps.
 */
import { memo, useCallback, useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { formatDate, MINUTES_PER_DAY, spokenMoment, wallClock, WINDOW_END, WINDOW_START, type Lang, type Moment } from '../model/time.ts';
import { fractionOf, momentFromPointer, nextMomentForKey } from './track.ts';

export interface TimeSliderProps {
  moment: Moment;
  lang: Lang;
  label: string;
  onChange: (moment: Moment) => void;
  /** Called when the user starts interacting (e.g. to pause playback). */
  onInteract?: () => void;
  /** Extra marks drawn on the track (event ticks, disputed bands). */
  children?: ReactNode;
}

const DAYS = [0, 1, 2].map((i) => WINDOW_START + i * MINUTES_PER_DAY);

/** The three days on the rail: they change with the language only, not with the moment. */
const DayMarks = memo(function DayMarks({ lang }: { lang: Lang }) {
  return DAYS.map((start) => (
    <div
      key={start}
      className="time-slider__day"
      style={{ left: `${fractionOf(start) * 100}%`, width: `${fractionOf(WINDOW_START + MINUTES_PER_DAY) * 100}%` }}
    >
      <span className="time-slider__day-label">{formatDate(wallClock(start).date, lang, false)}</span>
      <span className="time-slider__noon" />
    </div>
  ));
});

export function TimeSlider({ moment, lang, label, onChange, onInteract, children }: TimeSliderProps) {
  const trackRef = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  const setFromPointer = useCallback(
    (clientX: number) => {
      const track = trackRef.current;
      if (!track) return;
      onChange(momentFromPointer(clientX, track.getBoundingClientRect()));
    },
    [onChange],
  );

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    onInteract?.();
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    setFromPointer(event.clientX);
    // Keep keyboard users and screen readers on the same control the pointer moved.
    event.currentTarget.querySelector<HTMLElement>('[role="slider"]')?.focus({ preventScroll: true });
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    setFromPointer(event.clientX);
  };
  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextMomentForKey(event.key, moment);
    if (next === undefined) return;
    event.preventDefault();
    onInteract?.();
    onChange(next);
  };

  const at = `${fractionOf(moment) * 100}%`;
  return (
    <div className="time-slider">
      <div
        ref={trackRef}
        className="time-slider__track"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        data-testid="slider-track"
      >
        <div className="time-slider__rail" aria-hidden="true">
          <DayMarks lang={lang} />
          <div className="time-slider__fill" style={{ width: at }} />
        </div>
        {children}
        <div
          className="time-slider__thumb"
          style={{ left: at }}
          id="time-slider"
          role="slider"
          tabIndex={0}
          aria-label={label}
          aria-valuemin={WINDOW_START}
          aria-valuemax={WINDOW_END}
          aria-valuenow={moment}
          aria-valuetext={spokenMoment(moment, lang)}
          aria-orientation="horizontal"
          onKeyDown={onKeyDown}
        />
      </div>
    </div>
  );
}
