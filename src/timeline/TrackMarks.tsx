/**
 * What the track tells: a tick for each event at its real time, a band for each disputed range
 * (events and changes of hands), and a strip showing when most happened. Drawn only: a tap near
 * a tick is handled by the slider (see TimeSlider's `ticks`), so ticks never swallow a drag.
 * Decorative for assistive technology: the feed and the next/previous buttons offer the same
 * navigation by keyboard and screen reader.
 */
import { memo } from 'react';
import type { History, StoryEvent } from '../model/history.ts';
import { activityByHour } from '../model/story.ts';
import { WINDOW_END, WINDOW_START, type Moment } from '../model/time.ts';
import { fractionOf } from './track.ts';

interface TrackMarksProps {
  history: History;
  /** The events inside the window, in time order. */
  events: readonly StoryEvent[];
}

const pct = (m: Moment) => `${fractionOf(Math.min(WINDOW_END, Math.max(WINDOW_START, m))) * 100}%`;

export const TrackMarks = memo(function TrackMarks({ history, events }: TrackMarksProps) {
  const disputed = [
    ...events.filter((e) => e.disputed).map((e) => ({ id: `event-${e.id}`, earliest: e.earliest, latest: e.latest })),
    ...history.sites.flatMap((s) => s.changes.filter((c) => c.disputed).map((c, i) => ({ id: `change-${s.id}-${i}`, earliest: c.earliest, latest: c.latest }))),
  ];
  const hours = activityByHour(history);
  const peak = Math.max(1, ...hours);
  return (
    <div className="track-marks" aria-hidden="true">
      <div className="track-marks__density">
        {hours.map((count, hour) => (
          <span key={hour} className="track-marks__hour" style={{ left: pct(hour * 60), height: `${(count / peak) * 100}%` }} />
        ))}
      </div>
      {disputed.map((band) => (
        <span key={band.id} className="track-marks__band" style={{ left: pct(band.earliest), width: `calc(${pct(band.latest)} - ${pct(band.earliest)})` }} />
      ))}
      {events.map((event) => (
        <span key={event.id} className={`track-marks__tick${event.key ? ' is-key' : ''}`} style={{ left: pct(event.moment) }} />
      ))}
    </div>
  );
});
