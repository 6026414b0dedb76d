/**
 * What a kiosk shows over the app, in both languages: the countdown before the idle reset, the
 * attract banner during the replay, and the one-line hint for a visitor who arrives before the
 * first event.
 */
import { useEffect, useRef } from 'react';
import type { Lang } from '../model/time.ts';
import { bothLanguages, KIOSK_STRINGS } from '../kiosk/kiosk-strings.ts';

/**
 * The warning before the reset (WCAG 2.2.1): an alert dialog that takes the focus, so that a screen
 * reader says it at once, and gives it back when it closes. A touch anywhere cancels it (the idle
 * watcher hears it first); the big button is there to be found.
 */
export function IdleCountdown({ lang, secondsLeft }: { lang: Lang; secondsLeft: number }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(function takeFocusAndGiveItBack() {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const own = button.current;
    own?.focus({ preventScroll: true });
    return () => {
      if (document.activeElement === own || document.activeElement === document.body) before?.focus({ preventScroll: true });
    };
  }, []);
  const [first, second] = bothLanguages(lang);
  return (
    <div className="idle-countdown" role="alertdialog" aria-modal="false" aria-labelledby="idle-countdown-title" aria-describedby="idle-countdown-time">
      <div className="idle-countdown__box">
        <h2 id="idle-countdown-title" className="idle-countdown__title">
          <span lang={first}>{KIOSK_STRINGS[first].stillThere}</span>
          <span lang={second} className="idle-countdown__second">
            {KIOSK_STRINGS[second].stillThere}
          </span>
        </h2>
        <p className="idle-countdown__seconds" aria-hidden="true">
          {secondsLeft}
        </p>
        <p id="idle-countdown-time" className="idle-countdown__time">
          <span lang={first}>{KIOSK_STRINGS[first].resetsIn(secondsLeft)}</span>
          <span lang={second} className="idle-countdown__second">
            {KIOSK_STRINGS[second].resetsIn(secondsLeft)}
          </span>
        </p>
        {/* Any touch keeps reading (the idle watcher cancels the countdown); the button gives the touch a place. */}
        <button ref={button} type="button" className="idle-countdown__button">
          <span lang={first}>{KIOSK_STRINGS[first].keepReading}</span>
          <span aria-hidden="true"> · </span>
          <span lang={second}>{KIOSK_STRINGS[second].keepReading}</span>
        </button>
      </div>
    </div>
  );
}

/** The banner of the replay: decorative for assistive technology (the replay's live region speaks). */
export function AttractBanner({ lang }: { lang: Lang }) {
  const [first, second] = bothLanguages(lang);
  return (
    <p className="attract-banner" aria-hidden="true">
      <span lang={first}>{KIOSK_STRINGS[first].touchToExplore}</span>
      <span lang={second} className="attract-banner__second">
        {KIOSK_STRINGS[second].touchToExplore}
      </span>
    </p>
  );
}

/** How to begin, for a visitor who arrives before anything has happened: one line, in both languages. */
export function HowToUseHint({ lang }: { lang: Lang }) {
  const [first, second] = bothLanguages(lang);
  return (
    <p className="how-to-use" role="status">
      <span lang={first}>{KIOSK_STRINGS[first].howToUse}</span>
      <span lang={second} className="how-to-use__second">
        {KIOSK_STRINGS[second].howToUse}
      </span>
    </p>
  );
}
