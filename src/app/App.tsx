import { useCallback, useEffect, useMemo, useState } from 'react';
import { compileHistory, type History, type StoryEvent } from '../model/history.ts';
import type { HistoryData } from '../model/schema.ts';
import { holdingsEpoch, nextEvent, previousEvent, statesAt, tally } from '../model/state.ts';
import { currentEventIndex, windowEvents } from '../model/story.ts';
import { type Lang, type Moment } from '../model/time.ts';
import { PetrogradMap } from '../map/PetrogradMap.tsx';
import { SitesLayer } from '../map/SitesLayer.tsx';
import { MapFocus, type FocusRequest } from '../map/MapFocus.tsx';
import { BasemapLayer } from '../map/BasemapLayer.tsx';
import { OnlineTiles } from '../map/OnlineTiles.tsx';
import { ControlAreaLayer } from '../map/ControlAreaLayer.tsx';
import { RoutesLayer } from '../map/RoutesLayer.tsx';
import { TimeSlider } from '../timeline/TimeSlider.tsx';
import { TrackMarks } from '../timeline/TrackMarks.tsx';
import { MomentDisplay } from '../timeline/MomentDisplay.tsx';
import { PlaybackControls } from '../timeline/PlaybackControls.tsx';
import { usePlayback, useReducedMotion } from '../timeline/usePlayback.ts';
import { SiteCard } from '../panels/SiteCard.tsx';
import { EventFeed } from '../panels/EventFeed.tsx';
import { SourcesView } from '../panels/SourcesView.tsx';
import { Legend } from './Legend.tsx';
import { t } from './i18n.ts';
import { readUrlState } from './url-state.ts';
import { useUrlSync } from './useUrlSync.ts';
import { useAnnouncer } from './useAnnouncer.ts';
import { IDLE_BEFORE_ATTRACT_MS, useAttractMode } from './useAttractMode.ts';
import { CITY_CENTER, ZOOM } from '../map/PetrogradMap.tsx';

/** Everything derived once from the history: nothing here changes while the app runs. */
export function prepareStory(data: HistoryData) {
  const history = compileHistory(data);
  /** The moment that stands for a whole epoch of holdings (see holdingsEpoch). */
  const epochMoment = (epoch: number): Moment => (epoch === 0 ? Number.NEGATIVE_INFINITY : (history.changeMoments[epoch - 1] as Moment));
  return {
    history,
    siteIds: new Set(history.sites.map((site) => site.id)),
    siteIdList: history.sites.map((site) => site.id),
    keySites: history.sites.filter((site) => site.key),
    events: windowEvents(history),
    epochMoment,
    statesForEpoch: (epoch: number) => statesAt(history.sites, epochMoment(epoch)),
  };
}
export type Story = ReturnType<typeof prepareStory>;

function browserLang(): Lang {
  return typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

function placeOf(history: History, event: StoryEvent) {
  if (event.place) return event.place;
  return event.siteId ? history.sitesById.get(event.siteId)?.point : undefined;
}

/** Keys that work anywhere except where they already mean something (buttons, the slider's own keys). */
function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element?.closest('button, a, input, select, textarea, summary, [role="button"], [contenteditable="true"]');
}

export function App({ story }: { story: Story }) {
  const { history, siteIds, siteIdList, keySites, events, epochMoment, statesForEpoch } = story;
  const initial = useMemo(() => readUrlState(window.location.search, siteIds, browserLang()), [siteIds]);
  const [moment, setMoment] = useState<Moment>(initial.moment);
  const [siteId, setSiteId] = useState<string | undefined>(initial.siteId);
  const [lang, setLang] = useState<Lang>(initial.lang);
  const [showSources, setShowSources] = useState(false);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>(undefined);
  const [markerElements] = useState(() => new Map<string, HTMLElement>());
  const [areas, setAreas] = useState<{ bolshevikKm2: number; governmentKm2: number } | undefined>(undefined);
  const reducedMotion = useReducedMotion();
  const playback = usePlayback(moment, setMoment, reducedMotion);

  const kiosk = initial.kiosk ?? false;
  const idleSeconds = initial.idleSeconds;
  useUrlSync({ moment, siteId, lang, kiosk, idleSeconds });

  const attracting = useAttractMode(kiosk, idleSeconds === undefined ? IDLE_BEFORE_ATTRACT_MS : idleSeconds * 1000, {
    start: () => {
      setSiteId(undefined);
      setShowSources(false);
      setLang(initial.lang);
      setFocusRequest((r) => ({ position: [CITY_CENTER[1], CITY_CENTER[0]], zoom: ZOOM.initial, sequence: (r?.sequence ?? 0) + 1 }));
      playback.setLoop(true);
      playback.setSpeed('fast');
      playback.play();
    },
    stop: () => {
      playback.pause();
      playback.setLoop(false);
      playback.setSpeed('normal');
    },
  });

  useEffect(
    function setDocumentLanguage() {
      document.documentElement.lang = lang;
      document.title = `${t(lang, 'appTitle')} — ${t(lang, 'appSubtitle')}`;
    },
    [lang],
  );

  // Holdings only change at change moments: recompute states per epoch, not per slider step.
  const epoch = holdingsEpoch(history.changeMoments, moment);
  const states = useMemo(() => statesForEpoch(epoch), [statesForEpoch, epoch]);
  const keyHeld = useMemo(() => tally(statesAt(keySites, epochMoment(epoch))).bolshevik, [keySites, epochMoment, epoch]);
  const currentIndex = currentEventIndex(events, moment);
  const previous = previousEvent(events, moment);
  const next = nextEvent(events, moment);

  const announcement = useAnnouncer(playback.playing && currentIndex >= 0 ? events[currentIndex]?.title[lang] : undefined);

  const pause = playback.pause;
  const goToEvent = useCallback(
    (event: StoryEvent) => {
      pause();
      setMoment(event.moment);
      const position = placeOf(history, event);
      if (position) setFocusRequest((r) => ({ position, sequence: (r?.sequence ?? 0) + 1 }));
    },
    [pause, history],
  );
  const jumpToTick = useCallback(
    (_: Moment, eventId: string) => {
      const event = events.find((e) => e.id === eventId);
      if (event) goToEvent(event);
    },
    [events, goToEvent],
  );
  const goPrevious = useCallback(() => previous && goToEvent(previous), [previous, goToEvent]);
  const goNext = useCallback(() => next && goToEvent(next), [next, goToEvent]);

  useEffect(
    function listenForShortcuts() {
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        if (event.key === ' ' && !isTypingTarget(event.target)) {
          event.preventDefault();
          playback.toggle();
        } else if ((event.key === 'n' || event.key === 'N') && !isTypingTarget(event.target)) goNext();
        else if ((event.key === 'p' || event.key === 'P') && !isTypingTarget(event.target)) goPrevious();
      };
      document.addEventListener('keydown', onKeyDown);
      return () => document.removeEventListener('keydown', onKeyDown);
    },
    [playback, goNext, goPrevious],
  );

  const openSite = useCallback((id: string) => {
    setShowSources(false);
    setSiteId(id);
  }, []);
  const closeSite = useCallback(() => {
    setSiteId((current) => {
      if (current) markerElements.get(current)?.focus();
      return undefined;
    });
  }, [markerElements]);
  const closeSources = useCallback(() => {
    setShowSources(false);
    document.querySelector<HTMLElement>('.sources-button')?.focus();
  }, []);

  const site = siteId ? history.sitesById.get(siteId) : undefined;
  const other: Lang = lang === 'en' ? 'ru' : 'en';

  return (
    <div className={`app${kiosk ? ' is-kiosk' : ''}${attracting ? ' is-attracting' : ''}`}>
      <a className="skip-link" href="#time-slider">
        {t(lang, 'skipToTime')}
      </a>
      <header className="app-header">
        <div className="app-header__titles">
          <h1>{t(lang, 'appTitle')}</h1>
          <p className="app-header__subtitle">{t(lang, 'appSubtitle')}</p>
        </div>
        <p className="counter">
          <span className="counter__figure">
            {keyHeld}
            <span className="counter__of">
              {' '}
              {t(lang, 'of')} {keySites.length}
            </span>
          </span>
          <span className="counter__label">{t(lang, 'keySitesHeld')}</span>
        </p>
        <button type="button" className="text-button sources-button" aria-expanded={showSources} onClick={() => setShowSources((s) => !s)}>
          {t(lang, 'sourcesView')}
        </button>
        <button type="button" className="text-button" lang={other} onClick={() => setLang(other)} aria-label={t(lang, 'switchLanguageLabel')}>
          {t(lang, 'switchLanguage')}
        </button>
      </header>
      <div className="app-body">
        <EventFeed history={history} events={events} currentIndex={currentIndex} lang={lang} reducedMotion={reducedMotion} onSelect={goToEvent} />
        <main className="app-main">
          <PetrogradMap label={t(lang, 'mapLabel')}>
            <OnlineTiles />
            <BasemapLayer lang={lang} />
            <ControlAreaLayer epoch={epoch} states={states} siteIds={siteIdList} onAreas={setAreas} />
            <RoutesLayer routes={history.routes} moment={moment} />
            <SitesLayer sites={history.sites} states={states} lang={lang} openSiteId={siteId} onOpen={openSite} markerElements={markerElements} />
            <MapFocus request={focusRequest} reducedMotion={reducedMotion} />
          </PetrogradMap>
          <Legend lang={lang} areas={areas} />
          {site ? <SiteCard site={site} history={history} moment={moment} lang={lang} onClose={closeSite} /> : null}
          {showSources ? <SourcesView history={history} lang={lang} onClose={closeSources} /> : null}
        </main>
      </div>
      <footer className="time-panel" id="time-slider" tabIndex={-1} aria-label={t(lang, 'time')}>
        <MomentDisplay moment={moment} lang={lang} />
        <PlaybackControls playback={playback} lang={lang} onPrevious={goPrevious} onNext={goNext} hasPrevious={!!previous} hasNext={!!next} />
        <TimeSlider moment={moment} lang={lang} label={t(lang, 'sliderLabel')} onChange={setMoment} onInteract={pause}>
          <TrackMarks history={history} lang={lang} onJump={jumpToTick} />
        </TimeSlider>
        {attracting ? (
          <p className="attract-banner" aria-hidden="true">
            {t(lang, 'touchToExplore')}
          </p>
        ) : null}
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </footer>
    </div>
  );
}
