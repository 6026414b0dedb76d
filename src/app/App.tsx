import { useCallback, useEffect, useMemo, useState } from 'react';
import historyData from 'virtual:geo';
import { compileHistory } from '../model/history.ts';
import { holdingsEpoch, statesAt, tally } from '../model/state.ts';
import { spokenMoment, type Lang, type Moment } from '../model/time.ts';
import { PetrogradMap } from '../map/PetrogradMap.tsx';
import { SitesLayer } from '../map/SitesLayer.tsx';
import { TimeSlider } from '../timeline/TimeSlider.tsx';
import { MomentDisplay } from '../timeline/MomentDisplay.tsx';
import { SiteCard } from '../panels/SiteCard.tsx';
import { Legend } from './Legend.tsx';
import { t } from './i18n.ts';
import { readUrlState } from './url-state.ts';
import { useUrlSync } from './useUrlSync.ts';

const history = compileHistory(historyData);
const siteIds = new Set(history.sites.map((site) => site.id));
const keySites = history.sites.filter((site) => site.key);

/** The moment that stands for a whole epoch of holdings (see holdingsEpoch). */
const epochMoment = (epoch: number): Moment => (epoch === 0 ? Number.NEGATIVE_INFINITY : (history.changeMoments[epoch - 1] as Moment));

function browserLang(): Lang {
  return typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function App() {
  const initial = useMemo(() => readUrlState(window.location.search, siteIds, browserLang()), []);
  const [moment, setMoment] = useState<Moment>(initial.moment);
  const [siteId, setSiteId] = useState<string | undefined>(initial.siteId);
  const [lang, setLang] = useState<Lang>(initial.lang);
  const [markerElements] = useState(() => new Map<string, HTMLElement>());

  useUrlSync({ moment, siteId, lang });

  useEffect(
    function setDocumentLanguage() {
      document.documentElement.lang = lang;
      document.title = `${t(lang, 'appTitle')} — ${t(lang, 'appSubtitle')}`;
    },
    [lang],
  );

  // Holdings only change at change moments: recompute states per epoch, not per slider step.
  const epoch = holdingsEpoch(history.changeMoments, moment);
  const states = useMemo(() => statesAt(history.sites, epochMoment(epoch)), [epoch]);
  const keyHeld = useMemo(() => tally(statesAt(keySites, epochMoment(epoch))).bolshevik, [epoch]);

  const openSite = useCallback((id: string) => setSiteId(id), []);
  const closeSite = useCallback(() => {
    setSiteId((current) => {
      if (current) markerElements.get(current)?.focus();
      return undefined;
    });
  }, [markerElements]);

  const site = siteId ? history.sitesById.get(siteId) : undefined;
  const other: Lang = lang === 'en' ? 'ru' : 'en';

  return (
    <div className="app">
      <a className="skip-link" href="#time-slider">
        {t(lang, 'skipToTime')}
      </a>
      <header className="app-header">
        <div className="app-header__titles">
          <h1>{t(lang, 'appTitle')}</h1>
          <p className="app-header__subtitle">{t(lang, 'appSubtitle')}</p>
        </div>
        <p className="counter" aria-live="off">
          <span className="counter__figure">
            {keyHeld}
            <span className="counter__of"> / {keySites.length}</span>
          </span>
          <span className="counter__label">{t(lang, 'keySitesHeld')}</span>
        </p>
        <button type="button" className="text-button" lang={other} onClick={() => setLang(other)} aria-label={t(lang, 'switchLanguageLabel')}>
          {t(lang, 'switchLanguage')}
        </button>
      </header>
      <main className="app-main">
        <PetrogradMap label={t(lang, 'mapLabel')}>
          <SitesLayer sites={history.sites} states={states} lang={lang} openSiteId={siteId} onOpen={openSite} markerElements={markerElements} />
        </PetrogradMap>
        <Legend lang={lang} />
        {site ? <SiteCard site={site} history={history} moment={moment} lang={lang} onClose={closeSite} /> : null}
      </main>
      <footer className="time-panel" id="time-slider" tabIndex={-1} aria-label={t(lang, 'time')}>
        <MomentDisplay moment={moment} lang={lang} />
        <TimeSlider moment={moment} lang={lang} label={t(lang, 'sliderLabel')} onChange={setMoment} />
        <p className="visually-hidden" aria-live="off">
          {spokenMoment(moment, lang)}
        </p>
      </footer>
    </div>
  );
}
