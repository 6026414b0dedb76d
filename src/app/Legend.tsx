/** What the marker shapes mean: the state is told by shape, fill and badge, not by colour alone. */
import { memo, useState } from 'react';
import { STATES } from '../model/vocabulary.ts';
import { useAreaSizes, type AreaSizesStore } from '../map/control-area-sizes.ts';
import type { Lang } from '../model/time.ts';
import type { SiteState } from '../model/schema.ts';
import { markerImage } from '../map/marker-icon.ts';
import { stateName, t } from './i18n.ts';

const SAMPLES = Object.fromEntries(STATES.map((state) => [state, markerImage('telegraph', state, 'site-marker--sample')])) as Record<SiteState, string>;
const AREA_SIDES = [
  { side: 'bolshevik', label: 'areaBolshevik' },
  { side: 'government', label: 'areaGovernment' },
] as const;

const formatKm2 = (km2: number, lang: Lang) => `${km2.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} ${lang === 'ru' ? 'км²' : 'km²'}`;

/** Open on wide screens; folded on tablets held upright, where it would cover the map. */
function openByDefault(): boolean {
  return typeof window === 'undefined' || !window.matchMedia || !window.matchMedia('(max-width: 820px), (orientation: portrait)').matches;
}

export const Legend = memo(function Legend({ lang, sizes }: { lang: Lang; sizes: AreaSizesStore }) {
  const areas = useAreaSizes(sizes);
  // Decided once: afterwards the visitor opens and folds it.
  const [initiallyOpen] = useState(openByDefault);
  return (
    <details className="legend panel" open={initiallyOpen}>
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
        {AREA_SIDES.map(({ side, label }) => {
          const km2 = areas?.[`${side}Km2`];
          return (
            <li key={side} className="legend__area">
              <span className={`legend__swatch legend__swatch--${side}`} aria-hidden="true" />
              <span>
                {t(lang, label)}
                {km2 !== undefined ? (
                  <span className="legend__km2" data-testid={`area-${side}`} data-km2={km2.toFixed(3)}>
                    : {formatKm2(km2, lang)}
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="legend__note">{t(lang, 'areaDefinition')}</p>
    </details>
  );
});
