import { describe, expect, it } from 'vitest';
import { shortCitation } from '../../src/panels/SourceList.tsx';

const source = (author: string, extra: object = {}) => ({ id: 'x', type: 'scholarly' as const, author, title: 'T', year: 1976, ...extra });

describe('shortCitation', () => {
  it('uses the first author’s surname and the year', () => {
    expect(shortCitation(source('Alexander Rabinowitch'))).toBe('Rabinowitch 1976');
    expect(shortCitation(source('M. Gorky, V. Molotov et al.'))).toBe('Gorky 1976');
  });
  it('ignores parenthetical notes in the author field', () => {
    expect(shortCitation(source('К. А. Тарасов (K. A. Tarasov)'))).toBe('Тарасов 1976');
  });
  it('prefers the explicit short name, and says n.d. when undated', () => {
    expect(shortCitation(source('Вокруг света (magazine)', { short: 'Vokrug Sveta' }))).toBe('Vokrug Sveta 1976');
    expect(shortCitation(source('Unattributed', { year: undefined }))).toBe('Unattributed n.d.');
  });
});
