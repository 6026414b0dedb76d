/** What the marker shapes mean: the state is told by shape, fill and badge, not by colour alone. */
import { STATES } from '../model/vocabulary.ts';
import type { Lang } from '../model/time.ts';
import { markerHtml } from '../map/marker-icon.ts';
import { stateName, t } from './i18n.ts';

const SAMPLE = markerHtml('telegraph');

export function Legend({ lang }: { lang: Lang }) {
  return (
    <details className="legend panel" open>
      <summary className="legend__title">{t(lang, 'legend')}</summary>
      <ul className="legend__states">
        {STATES.map((state) => (
          <li key={state} className="legend__state">
            <span className={`site-marker site-marker--sample is-${state}`} aria-hidden="true" dangerouslySetInnerHTML={{ __html: SAMPLE }} />
            <span>{stateName(lang, state)}</span>
          </li>
        ))}
      </ul>
      <ul className="legend__areas">
        <li className="legend__area">
          <span className="legend__swatch legend__swatch--bolshevik" aria-hidden="true" />
          {t(lang, 'areaBolshevik')}
        </li>
        <li className="legend__area">
          <span className="legend__swatch legend__swatch--government" aria-hidden="true" />
          {t(lang, 'areaGovernment')}
        </li>
      </ul>
      <p className="legend__note">{t(lang, 'areaDefinition')}</p>
    </details>
  );
}
