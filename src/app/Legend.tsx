/** What the marker shapes mean: the state is told by shape, fill and badge, not by colour alone. */
import { STATES } from '../model/vocabulary.ts';
import type { Lang } from '../model/time.ts';
import { markerHtml } from '../map/marker-icon.ts';
import { stateName, t } from './i18n.ts';

const SAMPLE = markerHtml('telegraph');

export function Legend({ lang }: { lang: Lang }) {
  return (
    <section className="legend panel" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        {t(lang, 'legend')}
      </h2>
      <ul className="legend__states">
        {STATES.map((state) => (
          <li key={state} className="legend__state">
            <span className={`site-marker site-marker--sample is-${state}`} aria-hidden="true" dangerouslySetInnerHTML={{ __html: SAMPLE }} />
            <span>{stateName(lang, state)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
