/** The current moment, large, in both calendars. */
import { dateOf, formatClock, formatDate, weekdayOf, type Lang, type Moment } from '../model/time.ts';
import { t } from '../i18n/strings.ts';

export function MomentDisplay({ moment, lang }: { moment: Moment; lang: Lang }) {
  return (
    <div className="moment">
      <div className="moment__clock">{formatClock(moment)}</div>
      <div className="moment__dates">
        <div className="moment__julian" title={t(lang, 'julian')}>
          <span className="moment__weekday">{weekdayOf(moment, lang)}</span> {formatDate(dateOf(moment, 'julian'), lang)}
          <abbr className="moment__style" title={t(lang, 'julian')}>
            {lang === 'ru' ? 'ст. ст.' : 'O.S.'}
          </abbr>
        </div>
        <div className="moment__gregorian" title={t(lang, 'gregorian')}>
          {formatDate(dateOf(moment, 'gregorian'), lang)}
          <abbr className="moment__style" title={t(lang, 'gregorian')}>
            {lang === 'ru' ? 'н. ст.' : 'N.S.'}
          </abbr>
        </div>
      </div>
    </div>
  );
}
