import { describe, expect, it } from 'vitest';
import { formatPage, shortCitation } from '../../src/panels/SourceList.tsx';

const source = (author: string, extra: object = {}) => ({ id: 'x', type: 'scholarly' as const, author, title: 'T', year: 1976, ...extra });

describe('shortCitation', () => {
  it('uses the first author’s surname and the year', () => {
    expect(shortCitation(source('Alexander Rabinowitch'), 'en')).toBe('Rabinowitch 1976');
    expect(shortCitation(source('M. Gorky, V. Molotov et al.'), 'en')).toBe('Gorky 1976');
  });
  it('ignores parenthetical notes in the author field', () => {
    expect(shortCitation(source('К. А. Тарасов (K. A. Tarasov)'), 'en')).toBe('Тарасов 1976');
  });
  it('prefers the short name in the visitor’s language: Cyrillic in Russian mode', () => {
    const trotsky = source('Leon Trotsky', { short: { en: 'Trotsky', ru: 'Троцкий' }, year: 1932 });
    expect(shortCitation(trotsky, 'en')).toBe('Trotsky 1932');
    expect(shortCitation(trotsky, 'ru')).toBe('Троцкий 1932');
  });
  it('says an undated work is undated, in each language', () => {
    expect(shortCitation(source('Леонид Савельев', { year: undefined }), 'en')).toBe('Савельев n.d.');
    expect(shortCitation(source('Леонид Савельев', { year: undefined, short: { en: 'Saveliev', ru: 'Савельев' } }), 'ru')).toBe('Савельев б. г.');
  });
});

describe('formatPage', () => {
  it('writes pages and chapters in the visitor’s language', () => {
    expect(formatPage('249', 'en')).toBe('p. 249');
    expect(formatPage('249', 'ru')).toBe('с. 249');
    expect(formatPage('ch. 45', 'en')).toBe('ch. 45');
    expect(formatPage('ch. 45', 'ru')).toBe('гл. 45');
    expect(formatPage('Кресты', 'en')).toBe('Кресты');
  });
});
