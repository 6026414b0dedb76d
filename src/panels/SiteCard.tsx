/**
 * The card of one site: names then and now, kind, the state at this moment, every change with its
 * time (a range where sources disagree) and who acted, a description and the sources.
 * Esc or the close button closes it; the app returns focus to the marker.
 */
import type { Change, History, Site, Timing } from '../model/history.ts';
import { pageOf, sourceIdOf } from '../model/history.ts';
import { stateAt } from '../model/state.ts';
import { formatDatedRange, formatMoment, type Lang, type Moment } from '../model/time.ts';
import { kindName, stateName, statePhrase, t } from '../i18n/strings.ts';
import { glyphSvg } from '../symbols/marker-icon.ts';
import { Citations, formatPage, SourceEntry } from './SourceList.tsx';
import { PanelDialog } from './PanelDialog.tsx';
import type { SourceRef } from '../model/schema.ts';

export interface SiteCardProps {
  site: Site;
  history: History;
  moment: Moment;
  lang: Lang;
  onClose: () => void;
}

export function formatTiming(timing: Timing, lang: Lang): string {
  if (timing.disputed) return formatDatedRange(timing.earliest, timing.latest, lang);
  return formatMoment(timing.moment, lang);
}

function ChangeItem({ change, history, lang, isPast }: { change: Change; history: History; lang: Lang; isPast: boolean }) {
  return (
    <li className={`change change--${change.state}${isPast ? ' is-past' : ' is-future'}`}>
      <div className="change__when">
        <time>{formatTiming(change, lang)}</time>
        {change.approximate ? <span className="change__approx"> ({t(lang, 'approximate')})</span> : null}
      </div>
      <div className="change__what">
        <span className={`state-chip state-chip--${change.state}`}>{stateName(lang, change.state)}</span>{' '}
        <span className="change__by">
          {t(lang, 'by')} {change.by[lang]}
        </span>
      </div>
      {change.note ? <p className="change__note">{change.note[lang]}</p> : null}
      {change.timeNote ? <p className="change__note">{change.timeNote[lang]}</p> : null}
      {change.accounts.length > 0 ? (
        <details className="accounts">
          <summary>{t(lang, 'accounts')}</summary>
          <ul>
            {change.accounts.map((account, i) => (
              <li key={i}>
                <Citations refs={[account.source]} history={history} lang={lang} />: {account.says[lang]}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="change__sources">
        <Citations refs={change.sources} history={history} lang={lang} />
      </div>
    </li>
  );
}

function uniqueRefs(site: Site): SourceRef[] {
  const seen = new Set<string>();
  const all = [...site.initial.sources, ...site.changes.flatMap((c) => [...c.sources, ...c.accounts.map((a) => a.source)])];
  return all.filter((ref) => {
    const key = sourceIdOf(ref);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function SiteCard({ site, history, moment, lang, onClose }: SiteCardProps) {
  const state = stateAt(site, moment);
  const headingId = `site-card-title-${site.id}`;
  const other: Lang = lang === 'en' ? 'ru' : 'en';
  const header = (
    <>
      <span className={`site-card__icon is-${state}`} dangerouslySetInnerHTML={{ __html: glyphSvg(site.kind) }} />
      <div className="site-card__titles">
        <h2 id={headingId} tabIndex={-1}>
          {site.name[lang]}
        </h2>
        <p className="site-card__alt-name" lang={other}>
          {site.name[other]}
        </p>
        <p className="site-card__kind">{kindName(lang, site.kind)}</p>
      </div>
    </>
  );
  return (
    <PanelDialog
      className="site-card"
      titleId={headingId}
      header={header}
      closeLabel={t(lang, 'closeCard')}
      moreLabel={t(lang, 'more')}
      onClose={onClose}
      focusKey={site.id}
    >
      <p className={`site-card__state state-banner state-banner--${state}`}>
        <span className="visually-hidden">{t(lang, 'stateNow')}: </span>
        {statePhrase(lang, state)}
      </p>
      {site.nameToday || site.address ? (
        <dl className="site-card__facts">
          {site.nameToday ? (
            <>
              <dt>{t(lang, 'nameToday')}</dt>
              <dd>
                {site.nameToday[lang]} <span lang={other}>· {site.nameToday[other]}</span>
              </dd>
            </>
          ) : null}
          {site.address ? (
            <>
              <dt>{t(lang, 'address')}</dt>
              <dd>{site.address[lang]}</dd>
            </>
          ) : null}
          {site.locationNote ? (
            <>
              <dt>{t(lang, 'locationNote')}</dt>
              <dd>{site.locationNote[lang]}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <p className="site-card__description">{site.description[lang]}</p>
      <h3>{t(lang, 'timeline')}</h3>
      <ol className="timeline">
        <li className={`change change--${site.initial.state} is-past`}>
          <div className="change__when">{t(lang, 'atStart')}</div>
          <div className="change__what">
            <span className={`state-chip state-chip--${site.initial.state}`}>{stateName(lang, site.initial.state)}</span>
          </div>
          {site.initial.note ? <p className="change__note">{site.initial.note[lang]}</p> : null}
          <div className="change__sources">
            <Citations refs={site.initial.sources} history={history} lang={lang} />
          </div>
        </li>
        {site.changes.map((change, i) => (
          <ChangeItem key={i} change={change} history={history} lang={lang} isPast={change.moment <= moment} />
        ))}
      </ol>
      <h3>{t(lang, 'sources')}</h3>
      <ul className="source-list">
        {uniqueRefs(site).map((ref) => {
          const source = history.sourcesById.get(sourceIdOf(ref));
          return source ? (
            <li key={sourceIdOf(ref)}>
              <SourceEntry source={source} lang={lang} />
              {pageOf(ref) ? ` ${formatPage(pageOf(ref) as string, lang)}` : ''}
            </li>
          ) : null;
        })}
      </ul>
    </PanelDialog>
  );
}
