/**
 * The time slider: the WAI-ARIA slider pattern on a large, touch-first track.
 * ←/→ (and ↓/↑) step 10 minutes, PageDown/PageUp one hour, Home/End go to the ends.
 * Dragging the thumb or tapping anywhere on the track sets the time, to the minute.
 */
import { memo, useCallback, useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { clampToWindow, formatDate, MINUTES_PER_DAY, spokenMoment, wallClock, WINDOW_END, WINDOW_START, type Lang, type Moment } from '../model/time.ts';
import type { Clock } from '../clock/clock.ts';
import { scrubTransform } from '../dom/scrub.ts';

export const STEP_SMALL = 10;
export const STEP_LARGE = 60;

export interface TimeSliderProps {
  moment: Moment;
  lang: Lang;
  label: string;
  onChange: (moment: Moment) => void;
  /** Called when the user starts interacting (e.g. to pause playback). */
  onInteract?: () => void;
  /** Extra marks drawn on the track (event ticks, disputed bands). */
  children?: ReactNode;
  /** Event ticks: a tap (not a drag) within TICK_SNAP_PX of one chooses that event. */
  ticks?: readonly { id: string; moment: Moment }[];
  onTickTap?: (id: string) => void;
  /**
   * The story's clock. Given it, the slider follows the clock directly — thumb, fill and ARIA
   * values are written in place on each step, without a React render — and `moment` is only the
   * value to render with.
   */
  clock?: Clock;
}

/** How near a tap must fall to a tick to choose its event, in pixels. */
export const TICK_SNAP_PX = 8;
/** How far the pointer must move before a tap becomes a drag, in pixels. */
const DRAG_THRESHOLD_PX = 4;

/** The tick nearest to a tap on the track, if one is within TICK_SNAP_PX. */
export function tickNear<T extends { moment: Moment }>(ticks: readonly T[], clientX: number, rect: { left: number; width: number }): T | undefined {
  let best: T | undefined;
  let bestDistance = TICK_SNAP_PX;
  for (const tick of ticks) {
    const distance = Math.abs(rect.left + fractionOf(tick.moment) * rect.width - clientX);
    if (distance <= bestDistance) {
      best = tick;
      bestDistance = distance;
    }
  }
  return best;
}

const SPAN = WINDOW_END - WINDOW_START;

export const fractionOf = (moment: Moment) => (moment - WINDOW_START) / SPAN;

export function momentFromPointer(clientX: number, rect: { left: number; width: number }): Moment {
  const fraction = rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
  return clampToWindow(WINDOW_START + Math.min(1, Math.max(0, fraction)) * SPAN);
}

export function nextMomentForKey(key: string, moment: Moment): Moment | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clampToWindow(moment + STEP_SMALL);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampToWindow(moment - STEP_SMALL);
    case 'PageUp':
      return clampToWindow(moment + STEP_LARGE);
    case 'PageDown':
      return clampToWindow(moment - STEP_LARGE);
    case 'Home':
      return WINDOW_START;
    case 'End':
      return WINDOW_END;
    default:
      return undefined;
  }
}

const DAYS = [0, 1, 2].map((i) => WINDOW_START + i * MINUTES_PER_DAY);

/** The three days on the rail: they change with the language only, not with the moment. */
const DayMarks = memo(function DayMarks({ lang }: { lang: Lang }) {
  return DAYS.map((start) => (
    <div key={start} className="time-slider__day" style={{ left: `${fractionOf(start) * 100}%`, width: `${(MINUTES_PER_DAY / SPAN) * 100}%` }}>
      <span className="time-slider__day-label">{formatDate(wallClock(start).date, lang, false)}</span>
      <span className="time-slider__noon" />
    </div>
  ));
});

/**
 * The fill is a window moved left by the part of the window still to come, with its stripes moved
 * back by as much; the thumb's carrier moves by a share of the track's width (`cqw`). Only
 * transforms change, so a step neither lays out nor repaints the fill or the thumb.
 */
const sliderTransforms = {
  carrier: (fraction: number) => `translateX(calc(${fraction} * 100cqw))`,
  window: (fraction: number) => `translateX(${(fraction - 1) * 100}%)`,
  fill: (fraction: number) => `translateX(${(1 - fraction) * 100}%)`,
};

/** Writes a moment's ARIA values on the thumb. */
function showValue(thumb: HTMLElement | null, moment: Moment, lang: Lang) {
  thumb?.setAttribute('aria-valuenow', String(moment));
  thumb?.setAttribute('aria-valuetext', spokenMoment(moment, lang));
}

export function TimeSlider({ moment, lang, label, onChange, onInteract, children, ticks, onTickTap, clock }: TimeSliderProps) {
  const trackRef = useRef<HTMLDivElement>(null);
  const thumbRef = useRef<HTMLDivElement>(null);
  const carrierRef = useRef<HTMLDivElement>(null);
  const fillWindowRef = useRef<HTMLDivElement>(null);
  const fillRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(
    function followTheClock() {
      if (!clock) return undefined;
      // Moved by paused animations, not by style: see scrub.ts.
      const scrubs = (
        [
          [carrierRef.current, sliderTransforms.carrier],
          [fillWindowRef.current, sliderTransforms.window],
          [fillRef.current, sliderTransforms.fill],
        ] as const
      ).flatMap(([element, at]) => (element ? [scrubTransform(element, at)] : []));
      const show = () => {
        const { moment: now } = clock.get();
        for (const scrub of scrubs) scrub.set(fractionOf(now));
        showValue(thumbRef.current, now, lang);
      };
      show();
      const unsubscribe = clock.subscribe(show);
      return () => {
        unsubscribe();
        for (const scrub of scrubs) scrub.cancel();
      };
    },
    [clock, lang],
  );
  const dragging = useRef(false);
  const pointerStart = useRef<{ x: number; moved: boolean } | undefined>(undefined);

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
    pointerStart.current = { x: event.clientX, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
    setFromPointer(event.clientX);
    // Keep keyboard users and screen readers on the same control the pointer moved.
    event.currentTarget.querySelector<HTMLElement>('[role="slider"]')?.focus({ preventScroll: true });
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    const start = pointerStart.current;
    if (start && Math.abs(event.clientX - start.x) > DRAG_THRESHOLD_PX) start.moved = true;
    setFromPointer(event.clientX);
  };
  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    const start = pointerStart.current;
    if (event.type === 'pointerup' && start && !start.moved && ticks && onTickTap && trackRef.current) {
      const tick = tickNear(ticks, event.clientX, trackRef.current.getBoundingClientRect());
      if (tick) onTickTap(tick.id);
    }
    pointerStart.current = undefined;
    dragging.current = false;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextMomentForKey(event.key, clock ? clock.get().moment : moment);
    if (next === undefined) return;
    event.preventDefault();
    onInteract?.();
    onChange(next);
  };

  const fraction = fractionOf(moment);
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
          {/* The fill and the thumb move by transform only: a step repaints nothing and lays out nothing. */}
          <div ref={fillWindowRef} className="time-slider__fill-window" style={{ transform: sliderTransforms.window(fraction) }}>
            <div ref={fillRef} className="time-slider__fill" style={{ transform: sliderTransforms.fill(fraction) }} />
          </div>
        </div>
        {children}
        {/* A zero-width carrier moved by a length (a share of the track's width, `cqw`): moved by a share of its own
            width it would stretch the page's scroll width and let the whole app be swiped sideways. */}
        <div ref={carrierRef} className="time-slider__thumb-carrier" style={{ transform: sliderTransforms.carrier(fraction) }}>
          <div
            ref={thumbRef}
            className="time-slider__thumb"
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
    </div>
  );
}
