/** The bibliography: every work the data cites, scholarly and primary first. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { History } from '../model/history.ts';
import type { Lang } from '../model/time.ts';
import { t } from '../app/i18n.ts';
import { SourceEntry } from './SourceList.tsx';

const ORDER = ['scholarly', 'primary', 'chronicle', 'memoir', 'journalism', 'encyclopedia'] as const;

export function SourcesView({ history, lang, onClose }: { history: History; lang: Lang; onClose: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(function focusOnOpen() {
    headingRef.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  const sorted = [...history.sources].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type) || a.author.localeCompare(b.author));
  return (
    <section className="panel sources-view" role="dialog" aria-modal="false" aria-labelledby="sources-title" onKeyDown={onKeyDown}>
      <header className="site-card__header">
        <h2 id="sources-title" ref={headingRef} tabIndex={-1} className="sources-view__title">
          {t(lang, 'bibliography')}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t(lang, 'closeSources')}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6 6 18" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      <div className="site-card__body" tabIndex={0}>
        <p>{t(lang, 'sourcesIntro')}</p>
        <ol className="source-list">
          {sorted.map((source) => (
            <li key={source.id} id={`source-${source.id}`}>
              <span className="source__type">{t(lang, `sourceType_${source.type}`)}</span> <SourceEntry source={source} />
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
