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

/** The language a text is written in, by its script: mostly Cyrillic is Russian, mostly Latin English. */
export function scriptLanguage(text: string): Lang | undefined {
  const cyrillic = text.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return cyrillic > latin ? 'ru' : latin > cyrillic ? 'en' : undefined;
}

/**
 * The language of a part of a reference (author, title, edition, place, publisher: shown as
 * written), where it is not the visitor's: such a part carries `lang` (WCAG 3.1.2). Read from its
 * script, as a Russian work may have an English publisher ("Wikimedia Foundation").
 */
export function foreignLanguage(text: string, lang: Lang): Lang | undefined {
  const own = scriptLanguage(text);
  return own === lang ? undefined : own;
}

/** A part of a reference as written, in its own language. */
function AsWritten({ text, lang, className, italic = false }: { text: string; lang: Lang; className?: string; italic?: boolean }) {
  const Tag = italic ? 'i' : 'span';
  return (
    <Tag className={className} lang={foreignLanguage(text, lang)}>
      {text}
    </Tag>
  );
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
          // The full reference as a tooltip only where it is in the visitor's language: an attribute
          // cannot carry a language of its own. The card's list of sources gives every one in full.
          <cite
            key={`${sourceIdOf(ref)}-${i}`}
            className="citation"
            title={
              foreignLanguage(`${source.author} ${source.title}`, lang)
                ? undefined
                : `${source.author}, ${source.title}${source.year ? ` (${source.year})` : ''}`
            }
          >
            {shortCitation(source, lang)}
            {page ? (
              <>
                , <AsWritten text={formatPage(page, lang)} lang={lang} />
              </>
            ) : null}
          </cite>
        );
      })}
    </span>
  );
}

export function SourceEntry({ source, lang }: { source: Source; lang: Lang }) {
  return (
    <>
      <AsWritten className="source__author" text={source.author} lang={lang} />. <AsWritten className="source__title" text={source.title} lang={lang} italic />.{' '}
      {source.edition ? (
        <>
          <AsWritten text={withFullStop(source.edition)} lang={lang} />{' '}
        </>
      ) : null}
      {source.place ? <AsWritten text={source.place} lang={lang} /> : null}
      {source.place && source.publisher ? ': ' : ''}
      {source.publisher ? <AsWritten text={source.publisher} lang={lang} /> : null}
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
