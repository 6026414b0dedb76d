/** The bibliography: every work the data cites, scholarly and primary first. */
import type { History } from '../model/history.ts';
import type { Lang } from '../model/time.ts';
import { t } from '../i18n/strings.ts';
import { SourceEntry } from './SourceList.tsx';
import { PanelDialog } from './PanelDialog.tsx';

const ORDER = ['scholarly', 'primary', 'chronicle', 'memoir', 'journalism', 'encyclopedia'] as const;

export function SourcesView({ history, lang, onClose }: { history: History; lang: Lang; onClose: () => void }) {
  const sorted = [...history.sources].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type) || a.author.localeCompare(b.author));
  const header = (
    <h2 id="sources-title" tabIndex={-1} className="sources-view__title">
      {t(lang, 'bibliography')}
    </h2>
  );
  return (
    <PanelDialog
      className="sources-view"
      titleId="sources-title"
      header={header}
      closeLabel={t(lang, 'closeSources')}
      moreLabel={t(lang, 'more')}
      onClose={onClose}
      focusKey="sources"
    >
      <p>{t(lang, 'sourcesIntro')}</p>
      <ol className="source-list">
        {sorted.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <span className="source__type">{t(lang, `sourceType_${source.type}`)}</span> <SourceEntry source={source} lang={lang} />
          </li>
        ))}
      </ol>
    </PanelDialog>
  );
}
