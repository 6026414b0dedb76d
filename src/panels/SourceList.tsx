/** Inline citations: source references rendered as short "Author year, p. N" entries. */
import type { History } from '../model/history.ts';
import { pageOf, sourceIdOf } from '../model/history.ts';
import type { Source, SourceRef } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';
import { t } from '../i18n/strings.ts';

/** "Rabinowitch 1976": the source's `short` name, else the first author's surname; "n.d." when undated. */
export function shortCitation(source: Source): string {
  const firstAuthor =
    source.author
      .replace(/\([^)]*\)/g, '')
      .split(/[,;]| and | и /)[0]
      ?.trim() ?? source.author;
  const name = source.short ?? firstAuthor.split(/\s+/).pop() ?? source.author;
  return `${name} ${source.year ?? 'n.d.'}`;
}

export function Citations({ refs, history, lang }: { refs: readonly SourceRef[]; history: History; lang: Lang }) {
  return (
    <span className="citations">
      {refs.map((ref, i) => {
        const source = history.sourcesById.get(sourceIdOf(ref));
        if (!source) return null;
        const page = pageOf(ref);
        return (
          <cite key={`${sourceIdOf(ref)}-${i}`} className="citation" title={`${source.author}, ${source.title} (${source.year})`}>
            {shortCitation(source)}
            {page ? `, ${t(lang, 'page')} ${page}` : ''}
          </cite>
        );
      })}
    </span>
  );
}

export function SourceEntry({ source }: { source: Source }) {
  return (
    <>
      <span className="source__author">{source.author}</span>. <i className="source__title">{source.title}</i>.{' '}
      {[source.place, source.publisher].filter(Boolean).join(': ')}
      {source.place || source.publisher ? ', ' : ''}
      {source.year ?? 'n.d.'}.{source.pages ? ` ${source.pages}.` : ''}
      {source.url ? (
        <>
          {' '}
          <span className="source__url">{source.url}</span>
        </>
      ) : null}
      {source.note ? <span className="source__note"> — {source.note}</span> : null}
    </>
  );
}
