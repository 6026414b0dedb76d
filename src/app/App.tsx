import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { compileHistory, type History, type StoryEvent } from '../model/history.ts';
import type { HistoryData } from '../model/schema.ts';
import { holdingsEpoch, lastChangeAt, statesAt, tally } from '../model/state.ts';
import { currentEventIndex, keySitesHeldOverTime, nextEventAfter, previousEventBefore, windowEvents } from '../model/story.ts';
import { formatClock, type Lang, type Moment } from '../model/time.ts';
import type { SiteState } from '../model/schema.ts';
import { createClock, useClock, type Clock, type ClockState } from '../clock/clock.ts';
import { PetrogradMap } from '../map/PetrogradMap.tsx';
import { SitesLayer, type SitesHandle } from '../map/SitesLayer.tsx';
import { markerDefs } from '../symbols/marker-icon.ts';
import { MapFocus, type FocusRequest } from '../map/MapFocus.tsx';
import { MapClearance } from '../map/MapClearance.tsx';
import { watchScrollCue } from '../dom/scroll-cue.ts';
import { BasemapLayer } from '../map/BasemapLayer.tsx';
import { OnlineTiles } from '../map/OnlineTiles.tsx';
import { ControlAreaLayer } from '../map/ControlAreaLayer.tsx';
import { RoutesLayer } from '../map/RoutesLayer.tsx';
import { TimePanel } from '../timeline/TimePanel.tsx';
import { TrackMarks } from '../timeline/TrackMarks.tsx';
import { usePlayback, useReducedMotion } from '../timeline/usePlayback.ts';
import { SiteCard } from '../panels/SiteCard.tsx';
import { EventFeed } from '../panels/EventFeed.tsx';
import { SourcesView } from '../panels/SourcesView.tsx';
import { AppHeader } from './AppHeader.tsx';
import { Legend } from './Legend.tsx';
import { t } from '../i18n/strings.ts';
import { readUrlState } from './url-state.ts';
import { useUrlSync } from './useUrlSync.ts';
import { useAttractMode } from './useAttractMode.ts';
import { AttractBanner, HowToUseHint, IdleCountdown } from './KioskOverlays.tsx';
import { atIdleReset } from './idle-reset.ts';
import { kioskConfig } from '../kiosk/config.ts';
import { appStarted, takeAttractOnStart } from '../recovery/recovery.ts';

/** Everything derived once from the history: nothing here changes while the app runs. */
export function prepareStory(data: HistoryData) {
  const history = compileHistory(data);
  /** The moment that stands for a whole epoch of holdings (see holdingsEpoch). */
  const epochMoment = (epoch: number): Moment => (epoch === 0 ? Number.NEGATIVE_INFINITY : (history.changeMoments[epoch - 1] as Moment));
  const keySites = history.sites.filter((site) => site.key);
  const events = windowEvents(history);
  const statesCache = new Map<number, SiteState[]>();
  const keyHeldCache = new Map<number, number>();
  return {
    history,
    siteIds: new Set(history.sites.map((site) => site.id)),
    keySites,
    keySitesOverTime: keySitesHeldOverTime(history),
    events,
    epochMoment,
    /** Which epoch of holdings the clock is in (see holdingsEpoch): what the map and the counter follow. */
    epochOf: (state: ClockState) => holdingsEpoch(history.changeMoments, state.moment),
    /** The index in `events` of the current event, -1 before the first. */
    currentIndexOf: (state: ClockState) => currentEventIndex(events, state.moment, state.chosenEventId),
    /** The same array for the same epoch, so that layers given it restyle only when it changes. */
    statesForEpoch(epoch: number): SiteState[] {
      let states = statesCache.get(epoch);
      if (!states) statesCache.set(epoch, (states = statesAt(history.sites, epochMoment(epoch))));
      return states;
    },
    keySitesHeldInEpoch(epoch: number): number {
      let held = keyHeldCache.get(epoch);
      if (held === undefined) keyHeldCache.set(epoch, (held = tally(statesAt(keySites, epochMoment(epoch))).bolshevik));
      return held;
    },
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

/** The layers that follow the holdings: restyled when the clock enters another epoch, not on every step. */
function ControlAreas({ story, clock }: { story: Story; clock: Clock }) {
  return <ControlAreaLayer epoch={useClock(clock, story.epochOf)} />;
}

/** The hatching the contested markers (on the map and in the legend) refer to. */
const MARKER_DEFS = markerDefs();

interface SitesProps {
  story: Story;
  clock: Clock;
  lang: Lang;
  openSiteId: string | undefined;
  onOpen: (id: string) => void;
  reducedMotion: boolean;
  ref: Ref<SitesHandle>;
}
function Sites({ story, clock, ...rest }: SitesProps) {
  const epoch = useClock(clock, story.epochOf);
  return <SitesLayer sites={story.history.sites} states={story.statesForEpoch(epoch)} {...rest} />;
}

/** The site card, re-rendered when the site changes hands (the moment of its last change stands for the present). */
function LiveSiteCard({ story, clock, siteId, lang, onClose }: { story: Story; clock: Clock; siteId: string; lang: Lang; onClose: () => void }) {
  const site = story.history.sitesById.get(siteId);
  const asOf = useClock(clock, (state) => (site ? (lastChangeAt(site, state.moment)?.moment ?? Number.NEGATIVE_INFINITY) : 0));
  return site ? <SiteCard site={site} history={story.history} moment={asOf} lang={lang} onClose={onClose} /> : null;
}

/**
 * The app. It holds the clock but does not follow it: the moment lives in the clock, and only the
 * parts that show it (slider, clock face, movers) or what it implies (holdings, current event)
 * re-render, each when its own value changes.
 */
export function App({ story }: { story: Story }) {
  const { history, siteIds, keySites, keySitesOverTime, events } = story;
  // A kiosk starts, and starts again after every reset and recovery, from its configuration; a student's page from the address.
  const [config] = useState(kioskConfig);
  const kiosk = config.kiosk;
  const initial = useMemo(
    () =>
      kiosk ? { moment: config.start, siteId: undefined, lang: config.lang ?? browserLang() } : readUrlState(window.location.search, siteIds, browserLang()),
    [kiosk, config, siteIds],
  );
  const [clock] = useState(() => createClock(initial.moment));
  const [siteId, setSiteId] = useState<string | undefined>(initial.siteId);
  const [lang, setLang] = useState<Lang>(initial.lang);
  const [showSources, setShowSources] = useState(false);
  const [jumpMessage, setJumpMessage] = useState('');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>(undefined);
  const markers = useRef<SitesHandle>(null);
  const markerCentresAt = useCallback((zoom: number) => markers.current?.centresAt(zoom) ?? [], []);
  const [homeSequence, setHomeSequence] = useState(0);
  const sitePoints = useMemo(() => history.sites.map((site) => site.point), [history]);
  /** Counts the kiosk's resets: the parts keyed by it (legend, feed) start afresh, folded and scrolled as at the start. */
  const [visit, setVisit] = useState(0);
  const [showHowToUse, setShowHowToUse] = useState(false);
  const reducedMotion = useReducedMotion();
  const playback = usePlayback(clock, reducedMotion);

  useUrlSync(clock, { siteId, lang }, !kiosk);

  const [attractAtStart] = useState(takeAttractOnStart);
  const { phase, secondsLeft } = useAttractMode(
    { enabled: kiosk, idleMs: config.idleSeconds * 1000, attractAtStart },
    {
      /** Everything a visitor can change goes back to the kiosk's configuration, then the replay starts. */
      reset: () => {
        setSiteId(undefined);
        setShowSources(false);
        setShowHowToUse(false);
        setLang(initial.lang);
        setJumpMessage('');
        setVisit((v) => v + 1);
        clock.set(config.start);
        setHomeSequence((n) => n + 1);
        playback.setLoop(true);
        playback.setSpeed(config.speed);
        playback.play();
      },
      /** The visitor starts at the event the replay was showing, or, before the first, with a line on how to begin. */
      visitorArrives: () => {
        playback.pause();
        playback.setLoop(false);
        playback.setSpeed('normal');
        const state = clock.get();
        const event = events[story.currentIndexOf(state)];
        if (event) {
          clock.set(event.moment, event.id);
          setJumpMessage(`${formatClock(event.moment)} — ${event.title[lang]}`);
        } else setShowHowToUse(true);
      },
    },
  );
  const attracting = phase === 'attracting';

  useEffect(
    function resetThePageAfterTheApp() {
      // After the commit that reset the app (and closed the countdown, which gives its focus back): the page's own state, and any update.
      if (visit > 0) atIdleReset();
    },
    [visit],
  );

  useEffect(function tellRecoveryTheAppIsOnScreen() {
    appStarted();
  }, []);

  useEffect(
    function hideHowToUseOnNextTouch() {
      if (!showHowToUse) return undefined;
      // The touch that showed it is still being dispatched: listen from the next one on.
      const hide = () => setShowHowToUse(false);
      const timer = window.setTimeout(() => window.addEventListener('pointerdown', hide, { capture: true, once: true }), 0);
      const expire = window.setTimeout(hide, 12_000);
      return () => {
        window.clearTimeout(timer);
        window.clearTimeout(expire);
        window.removeEventListener('pointerdown', hide, { capture: true });
      };
    },
    [showHowToUse],
  );

  // Before the layers' effects measure anything: a new `lang` on the page restyles every element.
  useLayoutEffect(
    function setDocumentLanguage() {
      document.documentElement.lang = lang;
      document.title = `${t(lang, 'appTitle')} — ${t(lang, 'appSubtitle')}`;
    },
    [lang],
  );

  useEffect(
    function cueMoreInTheCurrentEvent() {
      // The feed's current event scrolls in its card when it does not fit: the box fades it out over a "more" cue.
      const box = document.querySelector<HTMLElement>('.feed__now');
      if (!box) return undefined;
      box.dataset.moreLabel = t(lang, 'more');
      return watchScrollCue(box, () => box.querySelector<HTMLElement>('.feed__card'));
    },
    [lang],
  );

  const { pause } = playback;
  const userSetsMoment = useCallback((m: Moment) => clock.set(m), [clock]);
  const goToEvent = useCallback(
    (event: StoryEvent) => {
      pause();
      clock.set(event.moment, event.id);
      setJumpMessage(`${formatClock(event.moment)} — ${event.title[lang]}`);
      const position = placeOf(history, event);
      if (position) setFocusRequest((r) => ({ position, sequence: (r?.sequence ?? 0) + 1 }));
    },
    [pause, clock, history, lang],
  );
  // Previous and next are worked out when asked, from the clock as it is then.
  const goPrevious = useCallback(() => {
    const state = clock.get();
    const event = previousEventBefore(events, state.moment, story.currentIndexOf(state));
    if (event) goToEvent(event);
  }, [clock, events, story, goToEvent]);
  const goNext = useCallback(() => {
    const state = clock.get();
    const event = nextEventAfter(events, state.moment, story.currentIndexOf(state));
    if (event) goToEvent(event);
  }, [clock, events, story, goToEvent]);

  const openSite = useCallback((id: string) => {
    setShowSources(false);
    setSiteId(id);
  }, []);
  const closeSite = useCallback(() => {
    setSiteId((current) => {
      if (current) markers.current?.focus(current);
      return undefined;
    });
  }, []);
  const toggleSources = useCallback(() => {
    setSiteId(undefined);
    setShowSources((open) => !open);
  }, []);
  const closeSources = useCallback(() => {
    setShowSources(false);
    document.querySelector<HTMLElement>('.sources-button')?.focus();
  }, []);
  const switchLanguage = useCallback(() => setLang((current) => (current === 'en' ? 'ru' : 'en')), []);

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

  return (
    <div className={`app${kiosk ? ' is-kiosk' : ''}${attracting ? ' is-attracting' : ''}`}>
      <svg className="marker-defs" aria-hidden="true" focusable="false" dangerouslySetInnerHTML={{ __html: MARKER_DEFS }} />
      <a className="skip-link" href="#map">
        {t(lang, 'skipToMap')}
      </a>
      <a className="skip-link" href="#time-slider">
        {t(lang, 'skipToTime')}
      </a>
      <AppHeader
        lang={lang}
        clock={clock}
        heldInEpoch={story.keySitesHeldInEpoch}
        epochOf={story.epochOf}
        total={keySites.length}
        heldOverTime={keySitesOverTime}
        sourcesOpen={showSources}
        onToggleSources={toggleSources}
        onSwitchLanguage={switchLanguage}
      />
      <div className="app-body">
        <EventFeed key={visit} history={history} events={events} clock={clock} currentIndexOf={story.currentIndexOf} lang={lang} onSelect={goToEvent} />
        <main className="app-main" id="map" tabIndex={-1}>
          {/* Added in this order: the basemap hears where the markers go; the home view is fitted to where they will stand, then they are added there. */}
          <PetrogradMap label={t(lang, 'mapLabel')} zoomInLabel={t(lang, 'zoomIn')} zoomOutLabel={t(lang, 'zoomOut')}>
            <BasemapLayer lang={lang} />
            <OnlineTiles />
            <>
              <MapClearance
                points={sitePoints}
                homeSequence={homeSequence}
                openSiteId={siteId}
                reducedMotion={reducedMotion}
                markerCentresAt={markerCentresAt}
              />
              <Sites story={story} clock={clock} lang={lang} openSiteId={siteId} onOpen={openSite} reducedMotion={reducedMotion} ref={markers} />
            </>
            <ControlAreas story={story} clock={clock} />
            <RoutesLayer routes={history.routes} clock={clock} />
            <MapFocus request={focusRequest} reducedMotion={reducedMotion} />
          </PetrogradMap>
          <Legend key={visit} lang={lang} clock={clock} epochOf={story.epochOf} />
          {siteId ? <LiveSiteCard story={story} clock={clock} siteId={siteId} lang={lang} onClose={closeSite} /> : null}
          {showSources ? <SourcesView history={history} lang={lang} onClose={closeSources} /> : null}
        </main>
      </div>
      <TimePanel
        clock={clock}
        events={events}
        sites={history.sites}
        currentIndexOf={story.currentIndexOf}
        lang={lang}
        playback={playback}
        onMoment={userSetsMoment}
        onPrevious={goPrevious}
        onNext={goNext}
        jumpMessage={jumpMessage}
      >
        <TrackMarks history={history} events={events} />
      </TimePanel>
      {attracting ? <AttractBanner lang={lang} /> : null}
      {phase === 'countdown' ? <IdleCountdown lang={lang} secondsLeft={secondsLeft} /> : null}
      {showHowToUse ? <HowToUseHint lang={lang} /> : null}
    </div>
  );
}
