/**
 * What the track tells: a tick for each event at its real time, a band for each disputed range
 * (events and changes of hands), and a strip showing when most happened. Tapping a tick jumps
 * to its event. Decorative for assistive technology: the feed and the next/previous buttons
 * offer the same navigation by keyboard and screen reader.
 */
import { memo } from 'react';
import type { History } from '../model/history.ts';
import { activityByHour } from '../model/story.ts';
import { WINDOW_END, WINDOW_START, type Lang, type Moment } from '../model/time.ts';
import { fractionOf } from './TimeSlider.tsx';

interface TrackMarksProps {
  history: History;
  lang: Lang;
  onJump: (moment: Moment, eventId: string) => void;
}

const pct = (m: Moment) => `${fractionOf(Math.min(WINDOW_END, Math.max(WINDOW_START, m))) * 100}%`;

export const TrackMarks = memo(function TrackMarks({ history, lang, onJump }: TrackMarksProps) {
  const windowEvents = history.events.filter((e) => !e.context);
  const disputed = [
    ...windowEvents.filter((e) => e.disputed).map((e) => ({ id: `event-${e.id}`, earliest: e.earliest, latest: e.latest })),
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
      {windowEvents.map((event) => (
        <button
          key={event.id}
          type="button"
          tabIndex={-1}
          data-track-control
          className={`track-marks__tick${event.key ? ' is-key' : ''}`}
          style={{ left: pct(event.moment) }}
          title={event.title[lang]}
          onClick={() => onJump(event.moment, event.id)}
        />
      ))}
    </div>
  );
});
