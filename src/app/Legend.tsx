/** What the marker shapes mean: the state is told by shape, fill and badge, not by colour alone. */
import { memo, useEffect, useRef, useState } from 'react';
import { STATES } from '../model/vocabulary.ts';
import type { AreaSizesStore } from '../map/control-area-sizes.ts';
import type { Lang } from '../model/time.ts';
import type { SiteState } from '../model/schema.ts';
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

/** Open on wide screens; folded on tablets held upright, where it would cover the map. */
function openByDefault(): boolean {
  return typeof window === 'undefined' || !window.matchMedia || !window.matchMedia('(max-width: 820px), (orientation: portrait)').matches;
}

/**
 * The legend. The sizes of the two areas follow the holdings; they are written into the page by
 * a subscription to the sizes store, not by a render: they are published from an effect, and a
 * render from there is a second React pass on every change of hands (about 1 ms, `npm run bench`).
 */
export const Legend = memo(function Legend({ lang, sizes }: { lang: Lang; sizes: AreaSizesStore }) {
  // Decided once: afterwards the visitor opens and folds it.
  const [initiallyOpen] = useState(openByDefault);
  const figures = useRef<Record<(typeof AREA_SIDES)[number]['side'], HTMLSpanElement | null>>({ bolshevik: null, government: null });
  useEffect(
    function writeAreaSizes() {
      const write = () => {
        const areas = sizes.get();
        for (const { side } of AREA_SIDES) {
          const element = figures.current[side];
          const km2 = areas?.[`${side}Km2`];
          if (!element) continue;
          element.hidden = km2 === undefined;
          if (km2 === undefined) continue;
          const text = `: ${formatKm2(km2, lang)}`;
          // Written only when it changes: a new text is laid out and painted again.
          if (element.textContent !== text) element.textContent = text;
          element.dataset.km2 = km2.toFixed(3);
        }
      };
      write();
      return sizes.subscribe(write);
    },
    [sizes, lang],
  );
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
        {AREA_SIDES.map(({ side, label }) => (
          <li key={side} className="legend__area">
            <span className={`legend__swatch legend__swatch--${side}`} aria-hidden="true" />
            <span>
              {t(lang, label)}
              <span
                className="legend__km2"
                data-testid={`area-${side}`}
                hidden
                ref={(element) => {
                  figures.current[side] = element;
                }}
              />
            </span>
          </li>
        ))}
      </ul>
      <p className="legend__note">{t(lang, 'areaDefinition')}</p>
    </details>
  );
});
