/** What the marker shapes mean: the state is told by shape, fill and badge, not by colour alone. */
import { memo, useLayoutEffect, useRef } from 'react';
import { STATES } from '../model/vocabulary.ts';
import type { Lang } from '../model/time.ts';
import type { SiteState } from '../model/schema.ts';
import type { Side } from '../model/control-areas.ts';
import { useClock, type Clock, type ClockState } from '../clock/clock.ts';
import { useControlAreaData } from '../map/control-area-data.ts';
import { markerImage } from '../symbols/marker-icon.ts';
import { stateName, t } from '../i18n/strings.ts';

const SAMPLES = Object.fromEntries(STATES.map((state) => [state, markerImage('telegraph', state, 'site-marker--sample')])) as Record<SiteState, string>;
const AREA_SIDES = [
  { side: 'bolshevik', label: 'areaBolshevik' },
  { side: 'government', label: 'areaGovernment' },
] as const;

/** Made once per language: `toLocaleString` made a formatter anew on each call (0.15 ms a change of hands). */
const KM2_FORMATS: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
  ru: new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
};
const formatKm2 = (km2: number, lang: Lang) => `${KM2_FORMATS[lang].format(km2)} ${lang === 'ru' ? 'км²' : 'km²'}`;

/** The legend starts open only where, open, it covers at most this share of the map. */
export const LEGEND_MAX_MAP_SHARE = 0.1;

interface AreaSizeProps {
  side: Side;
  /** The side's km² in each epoch of holdings, once the control areas have loaded. */
  km2: readonly number[] | undefined;
  clock: Clock;
  epochOf: (state: ClockState) => number;
  lang: Lang;
}

/** The size of a side's area in the current epoch of holdings, worked out at build time. */
function AreaSize({ side, km2, clock, epochOf, lang }: AreaSizeProps) {
  const epoch = useClock(clock, epochOf);
  const size = km2?.[epoch];
  return (
    <span className="legend__km2" data-testid={`area-${side}`} data-km2={size?.toFixed(3)} hidden={size === undefined}>
      {size === undefined ? null : `: ${formatKm2(size, lang)}`}
    </span>
  );
}

/** The legend; the sizes of the two areas follow the clock's epoch of holdings. */
export const Legend = memo(function Legend({ lang, clock, epochOf }: { lang: Lang; clock: Clock; epochOf: (state: ClockState) => number }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(function foldWhereItWouldCoverTheMap() {
    // Decided once, before the first paint, by measuring it open: afterwards the visitor opens and folds it.
    const legend = ref.current;
    const map = legend?.parentElement?.getBoundingClientRect();
    if (!legend || !map || map.width * map.height === 0) return;
    const own = legend.getBoundingClientRect();
    if (own.width * own.height > LEGEND_MAX_MAP_SHARE * map.width * map.height) legend.open = false;
  }, []);
  const areas = useControlAreaData();
  return (
    <details ref={ref} className="legend panel" open data-map-overlay="">
      <summary className="legend__title">{t(lang, 'legend')}</summary>
      <ul className="legend__states">
        {STATES.map((state) => (
          <li key={state} className="legend__state">
            <span className="legend__sample" aria-hidden="true" dangerouslySetInnerHTML={{ __html: SAMPLES[state] }} />
            <span>{stateName(lang, state)}</span>
          </li>
        ))}
      </ul>
      <ul className="legend__areas">
        {AREA_SIDES.map(({ side, label }) => (
          <li key={side} className="legend__area">
            <span className={`legend__swatch legend__swatch--${side}`} aria-hidden="true" />
            <span>
              {t(lang, label)}
              <AreaSize side={side} km2={areas?.km2[side]} clock={clock} epochOf={epochOf} lang={lang} />
            </span>
          </li>
        ))}
      </ul>
      <p className="legend__note">{t(lang, 'areaDefinition')}</p>
    </details>
  );
});
