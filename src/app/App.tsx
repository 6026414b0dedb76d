import { useCallback, useEffect, useMemo, useState } from 'react';
import { compileHistory, type History, type StoryEvent } from '../model/history.ts';
import type { HistoryData } from '../model/schema.ts';
import { holdingsEpoch, statesAt, tally } from '../model/state.ts';
import { currentEventIndex, keySitesHeldOverTime, nextEventAfter, previousEventBefore, windowEvents } from '../model/story.ts';
import { formatClock, type Lang, type Moment } from '../model/time.ts';
import { CITY_CENTER, PetrogradMap, ZOOM } from '../map/PetrogradMap.tsx';
import { SitesLayer } from '../map/SitesLayer.tsx';
import { MapFocus, type FocusRequest } from '../map/MapFocus.tsx';
import { BasemapLayer } from '../map/BasemapLayer.tsx';
import { OnlineTiles } from '../map/OnlineTiles.tsx';
import { ControlAreaLayer } from '../map/ControlAreaLayer.tsx';
import { RoutesLayer } from '../map/RoutesLayer.tsx';
import { createAreaSizesStore } from '../map/control-area-sizes.ts';
import { TimePanel } from '../timeline/TimePanel.tsx';
import { TrackMarks } from '../timeline/TrackMarks.tsx';
import { usePlayback, useReducedMotion } from '../timeline/usePlayback.ts';
import { SiteCard } from '../panels/SiteCard.tsx';
import { EventFeed } from '../panels/EventFeed.tsx';
import { SourcesView } from '../panels/SourcesView.tsx';
import { AppHeader } from './AppHeader.tsx';
import { Legend } from './Legend.tsx';
import { t } from './i18n.ts';
import { readUrlState } from './url-state.ts';
import { useUrlSync } from './useUrlSync.ts';
import { ANNOUNCE_INTERVAL_MS, useAnnouncer } from './useAnnouncer.ts';
import { IDLE_BEFORE_ATTRACT_MS, useAttractMode } from './useAttractMode.ts';

/** Everything derived once from the history: nothing here changes while the app runs. */
export function prepareStory(data: HistoryData) {
  const history = compileHistory(data);
  /** The moment that stands for a whole epoch of holdings (see holdingsEpoch). */
  const epochMoment = (epoch: number): Moment => (epoch === 0 ? Number.NEGATIVE_INFINITY : (history.changeMoments[epoch - 1] as Moment));
  const keySites = history.sites.filter((site) => site.key);
  const events = windowEvents(history);
  return {
    history,
    siteIds: new Set(history.sites.map((site) => site.id)),
    siteIdList: history.sites.map((site) => site.id),
    keySites,
    keySitesOverTime: keySitesHeldOverTime(history),
    events,
    ticks: events.map(({ id, moment }) => ({ id, moment })),
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

export function App({ story }: { story: Story }) {
  const { history, siteIds, siteIdList, keySites, keySitesOverTime, events, ticks, epochMoment, statesForEpoch } = story;
  const initial = useMemo(() => readUrlState(window.location.search, siteIds, browserLang()), [siteIds]);
  const [moment, setMoment] = useState<Moment>(initial.moment);
  const [siteId, setSiteId] = useState<string | undefined>(initial.siteId);
  const [lang, setLang] = useState<Lang>(initial.lang);
  const [showSources, setShowSources] = useState(false);
  /** The event the visitor chose (by the feed, a tick, next or previous): several can share a minute. */
  const [chosenEventId, setChosenEventId] = useState<string | undefined>(undefined);
  const [jumpMessage, setJumpMessage] = useState('');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>(undefined);
  const [markerElements] = useState(() => new Map<string, HTMLElement>());
  const [areaSizes] = useState(createAreaSizesStore);
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
  const currentIndex = currentEventIndex(events, moment, chosenEventId);
  const previous = previousEventBefore(events, moment, currentIndex);
  const next = nextEventAfter(events, moment, currentIndex);

  // While playing, the latest event, at most every few seconds; after a jump, the event reached, at once.
  const playingMessage = playback.playing && currentIndex >= 0 ? (events[currentIndex]?.title[lang] ?? '') : '';
  const announcement = useAnnouncer(playback.playing ? playingMessage : jumpMessage, playback.playing ? ANNOUNCE_INTERVAL_MS : 0);

  const { pause } = playback;
  const userSetsMoment = useCallback((m: Moment) => {
    setChosenEventId(undefined);
    setMoment(m);
  }, []);
  const goToEvent = useCallback(
    (event: StoryEvent) => {
      pause();
      setChosenEventId(event.id);
      setMoment(event.moment);
      setJumpMessage(`${formatClock(event.moment)} — ${event.title[lang]}`);
      const position = placeOf(history, event);
      if (position) setFocusRequest((r) => ({ position, sequence: (r?.sequence ?? 0) + 1 }));
    },
    [pause, history, lang],
  );
  const goToEventId = useCallback(
    (id: string) => {
      const event = events.find((e) => e.id === id);
      if (event) goToEvent(event);
    },
    [events, goToEvent],
  );
  const goPrevious = useCallback(() => previous && goToEvent(previous), [previous, goToEvent]);
  const goNext = useCallback(() => next && goToEvent(next), [next, goToEvent]);

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
  const toggleSources = useCallback(() => {
    setSiteId(undefined);
    setShowSources((open) => !open);
  }, []);
  const closeSources = useCallback(() => {
    setShowSources(false);
    document.querySelector<HTMLElement>('.sources-button')?.focus();
  }, []);

  useEffect(
    function closePanelsOnEscapeAnywhere() {
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        if (siteId) closeSite();
        else if (showSources) closeSources();
      };
      document.addEventListener('keydown', onKeyDown);
      return () => document.removeEventListener('keydown', onKeyDown);
    },
    [siteId, showSources, closeSite, closeSources],
  );

  const site = siteId ? history.sitesById.get(siteId) : undefined;

  return (
    <div className={`app${kiosk ? ' is-kiosk' : ''}${attracting ? ' is-attracting' : ''}`}>
      <a className="skip-link" href="#map">
        {t(lang, 'skipToMap')}
      </a>
      <a className="skip-link" href="#time-slider">
        {t(lang, 'skipToTime')}
      </a>
      <AppHeader
        lang={lang}
        held={keyHeld}
        total={keySites.length}
        heldOverTime={keySitesOverTime}
        moment={moment}
        sourcesOpen={showSources}
        onToggleSources={toggleSources}
        onSwitchLanguage={() => setLang(lang === 'en' ? 'ru' : 'en')}
      />
      <div className="app-body">
        <EventFeed history={history} events={events} currentIndex={currentIndex} lang={lang} reducedMotion={reducedMotion} onSelect={goToEvent} />
        <main className="app-main" id="map" tabIndex={-1}>
          <PetrogradMap label={t(lang, 'mapLabel')}>
            <OnlineTiles />
            <BasemapLayer lang={lang} />
            <ControlAreaLayer epoch={epoch} states={states} siteIds={siteIdList} sizes={areaSizes} />
            <RoutesLayer routes={history.routes} moment={moment} />
            <SitesLayer sites={history.sites} states={states} lang={lang} openSiteId={siteId} onOpen={openSite} markerElements={markerElements} reducedMotion={reducedMotion} />
            <MapFocus request={focusRequest} reducedMotion={reducedMotion} />
          </PetrogradMap>
          <Legend lang={lang} sizes={areaSizes} />
          {site ? <SiteCard site={site} history={history} moment={moment} lang={lang} onClose={closeSite} /> : null}
          {showSources ? <SourcesView history={history} lang={lang} onClose={closeSources} /> : null}
        </main>
      </div>
      <TimePanel
        moment={moment}
        lang={lang}
        playback={playback}
        onMoment={userSetsMoment}
        onPrevious={goPrevious}
        onNext={goNext}
        hasPrevious={!!previous}
        hasNext={!!next}
        ticks={ticks}
        onTickTap={goToEventId}
        announcement={announcement}
      >
        <TrackMarks history={history} events={events} />
      </TimePanel>
      {attracting ? (
        <p className="attract-banner" aria-hidden="true">
          {t(lang, 'touchToExplore')}
        </p>
      ) : null}
    </div>
  );
}
