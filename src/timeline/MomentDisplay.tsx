/**
 * The current moment, large, in both calendars. Given the clock, it follows it directly: each
 * slider step rewrites four texts in place, without a React render.
 */
import { useLayoutEffect, useRef } from 'react';
import { dateOf, formatClock, formatDate, weekdayOf, type Lang, type Moment } from '../model/time.ts';
import { t } from '../app/i18n.ts';
import type { Clock } from './clock.ts';

function textsOf(moment: Moment, lang: Lang) {
  return {
    clock: formatClock(moment),
    weekday: weekdayOf(moment, lang),
    julian: formatDate(dateOf(moment, 'julian'), lang),
    gregorian: formatDate(dateOf(moment, 'gregorian'), lang),
  };
}
type Texts = ReturnType<typeof textsOf>;

/** Rewrites the text node React made, so that React's own later updates still find it. */
function rewrite(element: HTMLElement | null, text: string) {
  const node = element?.firstChild;
  if (node && node.nodeValue !== text) node.nodeValue = text;
}

export function MomentDisplay({ moment, lang, clock }: { moment: Moment; lang: Lang; clock?: Clock }) {
  const refs = useRef<Partial<Record<keyof Texts, HTMLElement | null>>>({});
  const texts = textsOf(moment, lang);

  useLayoutEffect(
    function followTheClock() {
      if (!clock) return undefined;
      const update = () => {
        const now = textsOf(clock.get().moment, lang);
        for (const key of Object.keys(now) as (keyof Texts)[]) rewrite(refs.current[key] ?? null, now[key]);
      };
      update();
      return clock.subscribe(update);
    },
    [clock, lang],
  );

  return (
    <div className="moment">
      <div className="moment__clock">
        <span ref={(el) => void (refs.current.clock = el)}>{texts.clock}</span>
      </div>
      <div className="moment__dates">
        <div className="moment__julian" title={t(lang, 'julian')}>
          <span className="moment__weekday" ref={(el) => void (refs.current.weekday = el)}>
            {texts.weekday}
          </span>{' '}
          <span ref={(el) => void (refs.current.julian = el)}>{texts.julian}</span>
          <abbr className="moment__style" title={t(lang, 'julian')}>
            {lang === 'ru' ? 'ст. ст.' : 'O.S.'}
          </abbr>
        </div>
        <div className="moment__gregorian" title={t(lang, 'gregorian')}>
          <span ref={(el) => void (refs.current.gregorian = el)}>{texts.gregorian}</span>
          <abbr className="moment__style" title={t(lang, 'gregorian')}>
            {lang === 'ru' ? 'н. ст.' : 'N.S.'}
          </abbr>
        </div>
      </div>
    </div>
  );
}
