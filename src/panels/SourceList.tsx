/** Inline citations ("Trotsky 1932, ch. 45" / «Троцкий 1932, гл. 45») and bibliography entries, in the visitor's language. */
import type { History } from '../model/history.ts';
import { pageOf, sourceIdOf } from '../model/history.ts';
import type { Source, SourceRef } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';
import { t } from '../i18n/strings.ts';

function firstAuthorSurname(author: string): string {
  const first =
    author
      .replace(/\([^)]*\)/g, '')
      .split(/[,;]| and | и /)[0]
      ?.trim() ?? author;
  return first.split(/\s+/).pop() ?? author;
}

/** "Trotsky 1932" / «Троцкий 1932»: the source's `short` name in the language, else the first author's surname; undated works say so. */
export function shortCitation(source: Source, lang: Lang): string {
  const name = source.short?.[lang] ?? firstAuthorSurname(source.author);
  return `${name} ${source.year ?? t(lang, 'undated')}`;
}

/** A page or chapter of a reference: "249" → "p. 249" / «с. 249»; "ch. 45" → "ch. 45" / «гл. 45»; anything else as written. */
export function formatPage(page: string, lang: Lang): string {
  if (/^\d/.test(page)) return `${t(lang, 'page')} ${page}`;
  const chapter = /^ch\.\s*(.+)$/.exec(page);
  if (chapter) return `${t(lang, 'chapter')} ${chapter[1]}`;
  return page;
}

/** "1976" → "1976."; "n.d." stays "n.d.", not "n.d..". */
const withFullStop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export function Citations({ refs, history, lang }: { refs: readonly SourceRef[]; history: History; lang: Lang }) {
  return (
    <span className="citations">
      {refs.map((ref, i) => {
        const source = history.sourcesById.get(sourceIdOf(ref));
        if (!source) return null;
        const page = pageOf(ref);
        return (
          <cite key={`${sourceIdOf(ref)}-${i}`} className="citation" title={`${source.author}, ${source.title}${source.year ? ` (${source.year})` : ''}`}>
            {shortCitation(source, lang)}
            {page ? `, ${formatPage(page, lang)}` : ''}
          </cite>
        );
      })}
    </span>
  );
}

export function SourceEntry({ source, lang }: { source: Source; lang: Lang }) {
  return (
    <>
      <span className="source__author">{source.author}</span>. <i className="source__title">{source.title}</i>.{' '}
      {source.edition ? `${withFullStop(source.edition)} ` : ''}
      {[source.place, source.publisher].filter(Boolean).join(': ')}
      {source.place || source.publisher ? ', ' : ''}
      {withFullStop(String(source.year ?? t(lang, 'undated')))}
      {source.pages ? ` ${withFullStop(source.pages)}` : ''}
      {source.url ? (
        <>
          {' '}
          <span className="source__url">{source.url}</span>
        </>
      ) : null}
      {source.note ? <span className="source__note"> — {source.note[lang]}</span> : null}
    </>
  );
}
