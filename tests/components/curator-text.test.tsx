// @vitest-environment jsdom
/**
 * Curator text is always shown as text. check:geo refuses markup in geo/, but should any slip
 * through, the card and the feed must show it as the characters typed, never as HTML: no
 * element, no attribute, no script is made from it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { compileHistory } from '../../src/model/history.ts';
import { windowEvents, currentEventIndex } from '../../src/model/story.ts';
import { momentOf } from '../../src/model/time.ts';
import { validateHistory } from '../../src/model/validate.ts';
import type { HistoryData } from '../../src/model/schema.ts';
import { createClock, type ClockState } from '../../src/clock/clock.ts';
import { SiteCard } from '../../src/panels/SiteCard.tsx';
import { EventFeed } from '../../src/panels/EventFeed.tsx';
import { fixtureTexts } from '../fixtures/load.ts';

afterEach(cleanup);

// jsdom has no CSS.escape, which the card's dialog uses to find its heading.
if (typeof globalThis.CSS === 'undefined') Object.assign(globalThis, { CSS: { escape: (text: string) => text.replace(/[^\w-]/g, '\\$&') } });

const HOSTILE = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=2</script><b>bold</b>&amp;';

/** The fixture, with markup put into every kind of text after validation (as if it had passed). */
function hostileHistory() {
  const data = validateHistory(fixtureTexts()).data as HistoryData;
  const [telegraph] = data.sites;
  const change = telegraph!.properties.timeline[0]!;
  telegraph!.properties.name = { en: `Telegraph ${HOSTILE}`, ru: `Телеграф ${HOSTILE}` };
  telegraph!.properties.description = { en: `Described ${HOSTILE}`, ru: `Описание ${HOSTILE}` };
  change.by = { en: `By ${HOSTILE}`, ru: `Кто ${HOSTILE}` };
  change.note = { en: `Note ${HOSTILE}`, ru: `Заметка ${HOSTILE}` };
  change.accounts![0]!.says = { en: `Says ${HOSTILE}`, ru: `Говорит ${HOSTILE}` };
  data.sources[0]!.title = `Title ${HOSTILE}`;
  data.sources[0]!.url = `javascript:alert(1)`;
  const event = data.events.find((e) => e.id === 'telegraph-taken')!;
  event.title = { en: `Taken ${HOSTILE}`, ru: `Занят ${HOSTILE}` };
  event.text = { en: `Text ${HOSTILE}`, ru: `Текст ${HOSTILE}` };
  return compileHistory(data);
}

function expectOnlyText(container: HTMLElement, shown: string[]) {
  expect(container.querySelectorAll('img, script, iframe, object, embed, [onerror], [onload]')).toHaveLength(0);
  expect([...container.querySelectorAll('b')].filter((b) => b.textContent === 'bold')).toHaveLength(0);
  expect(container.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
  for (const text of shown) expect(container.textContent).toContain(text);
  expect((window as { __hacked?: number }).__hacked).toBeUndefined();
}

describe('curator text is rendered as text', () => {
  const history = hostileHistory();
  it('in the site card: names, description, who acted, notes and accounts', () => {
    const site = history.sitesById.get('central-telegraph')!;
    for (const lang of ['en', 'ru'] as const) {
      const { container, unmount } = render(<SiteCard site={site} history={history} moment={momentOf('1917-10-25T12:00')} lang={lang} onClose={() => {}} />);
      const words = lang === 'en' ? ['Telegraph', 'Described', 'By', 'Note', 'Says'] : ['Телеграф', 'Описание', 'Кто', 'Заметка', 'Говорит'];
      expectOnlyText(
        container,
        words.map((word) => `${word} ${HOSTILE}`),
      );
      unmount();
    }
  });
  it('in the event feed: titles and texts', () => {
    const events = windowEvents(history);
    const clock = createClock(momentOf('1917-10-25T03:00'));
    const currentIndexOf = (state: ClockState) => currentEventIndex(events, state.moment, state.chosenEventId);
    const { container } = render(<EventFeed history={history} events={events} clock={clock} currentIndexOf={currentIndexOf} lang="en" onSelect={() => {}} />);
    expectOnlyText(container, [`Taken ${HOSTILE}`, `Text ${HOSTILE}`]);
  });
});
