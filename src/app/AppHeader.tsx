/** The title, the counter of key sites held (with its sparkline of the 72 hours), Sources and language. */
import { memo } from 'react';
import { selectMoment, useClock, type Clock, type ClockState } from '../clock/clock.ts';
import { fractionOf } from '../timeline/track.ts';
import type { Lang, Moment } from '../model/time.ts';
import { t } from '../i18n/strings.ts';

interface AppHeaderProps {
  lang: Lang;
  clock: Clock;
  /** The epoch of holdings the clock is in, and the key sites held in an epoch. */
  epochOf: (state: ClockState) => number;
  heldInEpoch: (epoch: number) => number;
  total: number;
  /** Key sites held, sampled over the window. */
  heldOverTime: readonly { moment: Moment; held: number }[];
  sourcesOpen: boolean;
  onToggleSources: () => void;
  onSwitchLanguage: () => void;
}

const SPARK = { width: 120, height: 30 } as const;

const Sparkline = memo(function Sparkline({ samples, total, lang }: { samples: readonly { moment: Moment; held: number }[]; total: number; lang: Lang }) {
  const points = samples
    .map(
      ({ moment, held }) =>
        `${(fractionOf(moment) * SPARK.width).toFixed(1)},${(SPARK.height - 2 - (held / Math.max(1, total)) * (SPARK.height - 4)).toFixed(1)}`,
    )
    .join(' ');
  const first = samples[0]?.held ?? 0;
  const last = samples.at(-1)?.held ?? 0;
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}
      width={SPARK.width}
      height={SPARK.height}
      role="img"
      aria-label={t(lang, 'sparklineLabel').replace('{from}', String(first)).replace('{to}', String(last)).replace('{total}', String(total))}
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
});

/** The figure of the counter: re-rendered when the holdings change, not on every step. */
function HeldFigure({ clock, epochOf, heldInEpoch }: Pick<AppHeaderProps, 'clock' | 'epochOf' | 'heldInEpoch'>) {
  return <>{heldInEpoch(useClock(clock, epochOf))}</>;
}

/** The sparkline's "now": renders on every step of the clock. */
function SparkNow({ clock }: { clock: Clock }) {
  const moment = useClock(clock, selectMoment);
  return <span className="counter__now" style={{ left: `${fractionOf(moment) * 100}%` }} aria-hidden="true" />;
}

export const AppHeader = memo(function AppHeader({
  lang,
  clock,
  epochOf,
  heldInEpoch,
  total,
  heldOverTime,
  sourcesOpen,
  onToggleSources,
  onSwitchLanguage,
}: AppHeaderProps) {
  const other: Lang = lang === 'en' ? 'ru' : 'en';
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1>{t(lang, 'appTitle')}</h1>
        <p className="app-header__subtitle">{t(lang, 'appSubtitle')}</p>
      </div>
      <div className="counter">
        <p className="counter__text">
          <span className="counter__figure">
            <HeldFigure clock={clock} epochOf={epochOf} heldInEpoch={heldInEpoch} />
            <span className="counter__of">
              {' '}
              {t(lang, 'of')} {total}
            </span>
          </span>
          <span className="counter__label">
            {t(lang, 'keySitesHeld')}
            {/* What a key site is, on screen: the 18 counted are these kinds of place. */}
            <span className="counter__what">
              <span className="visually-hidden">:</span> {t(lang, 'keySitesWhat')}
            </span>
          </span>
        </p>
        <span className="counter__spark">
          <Sparkline samples={heldOverTime} total={total} lang={lang} />
          <SparkNow clock={clock} />
        </span>
      </div>
      <button type="button" className="text-button sources-button" aria-expanded={sourcesOpen} onClick={onToggleSources}>
        {t(lang, 'sourcesView')}
      </button>
      <button type="button" className="text-button" lang={other} onClick={onSwitchLanguage} aria-label={t(lang, 'switchLanguageLabel')}>
        {t(lang, 'switchLanguage')}
      </button>
    </header>
  );
});
