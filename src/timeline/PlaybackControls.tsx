/** Play/pause, previous/next event, speed and loop: large buttons, each with a keyboard shortcut. */
import type { KeyboardEvent } from 'react';
import type { Lang } from '../model/time.ts';
import { t } from '../i18n/strings.ts';
import { SPEEDS, type Playback } from './usePlayback.ts';

interface Props {
  playback: Playback;
  lang: Lang;
  onPrevious: () => void;
  onNext: () => void;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** The speed as shown on its button: how many times the slowest speed. */
const speedLabel = (minutesPerSecond: number) => `×${minutesPerSecond / (SPEEDS[0]?.minutesPerSecond ?? 1)}`;

const Icon = ({ d }: { d: string }) => (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d={d} fill="currentColor" />
  </svg>
);

export function PlaybackControls({ playback, lang, onPrevious, onNext, hasPrevious, hasNext }: Props) {
  const onSpeedKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const index = SPEEDS.findIndex((s) => s.id === playback.speed);
    const next = SPEEDS[(index + step + SPEEDS.length) % SPEEDS.length];
    if (!next) return;
    playback.setSpeed(next.id);
    event.currentTarget.querySelectorAll<HTMLElement>('[role="radio"]')[SPEEDS.indexOf(next)]?.focus();
  };
  return (
    <div className="playback" role="group" aria-label={t(lang, 'playback')}>
      <button type="button" className="icon-button" onClick={onPrevious} disabled={!hasPrevious} aria-label={t(lang, 'previousEvent')} aria-keyshortcuts="P">
        <Icon d="M6 5h2.5v14H6zM20 5v14L9.5 12z" />
      </button>
      <button
        type="button"
        className="icon-button playback__play"
        onClick={playback.toggle}
        aria-label={playback.playing ? t(lang, 'pause') : t(lang, 'play')}
        aria-keyshortcuts="Space"
        data-playing={playback.playing}
      >
        {playback.playing ? <Icon d="M6.5 5h4v14h-4zM13.5 5h4v14h-4z" /> : <Icon d="M7 4.5v15l12.5-7.5z" />}
      </button>
      <button type="button" className="icon-button" onClick={onNext} disabled={!hasNext} aria-label={t(lang, 'nextEvent')} aria-keyshortcuts="N">
        <Icon d="M15.5 5H18v14h-2.5zM4 5v14l10.5-7z" />
      </button>
      {/* A radio group: one Tab stop (the checked speed), arrows move and choose; each name begins with its visible label. */}
      <div className="playback__speeds" role="radiogroup" aria-label={t(lang, 'speed')} onKeyDown={onSpeedKey}>
        {SPEEDS.map((speed) => (
          <button
            key={speed.id}
            type="button"
            role="radio"
            aria-checked={playback.speed === speed.id}
            tabIndex={playback.speed === speed.id ? 0 : -1}
            className="text-button playback__speed"
            onClick={() => playback.setSpeed(speed.id)}
          >
            {speedLabel(speed.minutesPerSecond)}
            <span className="visually-hidden">, {t(lang, `speed_${speed.id}`)}</span>
          </button>
        ))}
      </div>
      <button type="button" className="text-button playback__loop" aria-pressed={playback.loop} onClick={() => playback.setLoop(!playback.loop)}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M4 12a6 6 0 0 1 6-6h8M15 3l3 3-3 3M20 12a6 6 0 0 1-6 6H6M9 21l-3-3 3-3"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span>{t(lang, 'loop')}</span>
      </button>
    </div>
  );
}
