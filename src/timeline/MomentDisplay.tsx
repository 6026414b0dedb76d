/**
 * The current moment, large, in both calendars. Given the clock, it follows it directly, without a
 * React render.
 *
 * The clock's four digits are wheels: each a strip of the ten digits, clipped to one, turned by a
 * transform (a paused animation's, see scrub.ts). A slider step changes only those transforms, so it
 * neither lays out nor repaints anything. Text rewritten on each step was laid out and repainted
 * every step, with a paint of the whole page: about 1 ms a step at ten times the sites. The dates
 * are text, rewritten only when the day changes.
 */
import { useLayoutEffect, useRef } from 'react';
import { dateOf, formatClock, formatDate, MINUTES_PER_DAY, weekdayOf, type Lang, type Moment } from '../model/time.ts';
import { t } from '../i18n/strings.ts';
import type { Clock } from '../clock/clock.ts';
import { scrubTransform } from '../dom/scrub.ts';

function textsOf(moment: Moment, lang: Lang) {
  return {
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

const DIGITS = '0123456789';
/** A wheel's strip at `share` of its turn: each digit is a tenth of the strip. */
const stripAt = (share: number) => `translateY(${-100 * share}%)`;
/** Where a wheel's strip stands to show `digit`. */
const wheelTransform = (digit: string) => stripAt(DIGITS.indexOf(digit) / 10);
/** The positions of the digits in "HH:MM". */
const WHEEL_POSITIONS = [0, 1, 3, 4] as const;

export function MomentDisplay({ moment, lang, clock }: { moment: Moment; lang: Lang; clock?: Clock }) {
  const refs = useRef<Partial<Record<keyof Texts, HTMLElement | null>>>({});
  const face = useRef<HTMLDivElement>(null);
  const strips = useRef<(HTMLElement | null)[]>([]);
  const texts = textsOf(moment, lang);
  const time = formatClock(moment);

  useLayoutEffect(
    function followTheClock() {
      if (!clock) return undefined;
      let shown = '';
      let shownDay: number | undefined;
      const wheels = strips.current.map((strip) => (strip ? scrubTransform(strip, stripAt) : undefined));
      const update = () => {
        const now = clock.get().moment;
        const hhmm = formatClock(now);
        if (hhmm !== shown) {
          WHEEL_POSITIONS.forEach((position, i) => {
            const digit = hhmm[position] as string;
            if (digit !== shown[position]) wheels[i]?.set(DIGITS.indexOf(digit) / 10);
          });
          // The time as one text for assistive technology; an attribute, so it costs no layout.
          face.current?.setAttribute('aria-label', hhmm);
          shown = hhmm;
        }
        // The dates change only at midnight: worked out and written only when the day changes.
        const day = Math.floor(now / MINUTES_PER_DAY);
        if (day !== shownDay) {
          const dates = textsOf(now, lang);
          for (const key of Object.keys(dates) as (keyof Texts)[]) rewrite(refs.current[key] ?? null, dates[key]);
          shownDay = day;
        }
      };
      update();
      const unsubscribe = clock.subscribe(update);
      return () => {
        unsubscribe();
        for (const wheel of wheels) wheel?.cancel();
      };
    },
    [clock, lang],
  );

  return (
    <div className="moment">
      <div className="moment__clock" role="img" aria-label={time} ref={face}>
        {WHEEL_POSITIONS.map((position, i) => [
          i === 2 ? (
            <span key="colon" className="moment__colon" aria-hidden="true">
              :
            </span>
          ) : null,
          <span key={position} className="moment__wheel" aria-hidden="true">
            <span className="moment__strip" ref={(el) => void (strips.current[i] = el)} style={{ transform: wheelTransform(time[position] as string) }}>
              {[...DIGITS].map((digit) => (
                <span key={digit}>{digit}</span>
              ))}
            </span>
          </span>,
        ])}
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
