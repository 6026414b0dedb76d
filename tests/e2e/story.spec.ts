import { expect, test, type Page } from '@playwright/test';
import { WINDOW_END, WINDOW_START, momentOf } from '../../src/model/time.ts';
import { windowEvents } from '../../src/model/story.ts';
import { history, openAt, slider, sliderValue, watchPage } from './helpers.ts';

const events = windowEvents(history);

test.describe('playback', () => {
  test('plays, advancing the moment, and pauses, stopping it', async ({ page }) => {
    await openAt(page, WINDOW_START);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(1500);
    const playing = await sliderValue(page);
    expect(playing).toBeGreaterThan(WINDOW_START + 10);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await sliderValue(page);
    await page.waitForTimeout(800);
    expect(await sliderValue(page)).toBe(paused);
  });

  test('Space on the slider plays and pauses; touching the slider pauses; Space elsewhere does nothing', async ({ page }) => {
    await openAt(page, WINDOW_START);
    await page.locator('.app-header h1').click();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await slider(page).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    const track = await page.getByTestId('slider-track').boundingBox();
    if (!track) throw new Error('no track');
    await page.mouse.click(track.x + track.width / 2, track.y + track.height / 2);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('while playing, the live region tells the latest event, and the first event is reached', async ({ page }) => {
    const first = events[0]!;
    await openAt(page, first.moment - 20);
    await expect(page.getByRole('status')).toHaveText('');
    await page.getByRole('button', { name: 'Play' }).click();
    // ×3 plays 30 minutes a second: the first event is reached within a second.
    await expect(page.getByRole('status')).toContainText(first.title.en, { timeout: 3000 });
    await expect(page.locator(`.feed__item[data-event-id="${first.id}"]`)).toHaveAttribute('aria-current', 'true');
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  test('next and previous event land on the events’ times', async ({ page }) => {
    await openAt(page, WINDOW_START);
    // Every event in turn, also those that share a minute, and back again.
    const next = page.getByRole('button', { name: 'Next event' });
    for (const event of events.slice(0, 6)) {
      await next.click();
      expect(await sliderValue(page)).toBe(event.moment);
      await expect(page.locator(`.feed__item[data-event-id="${event.id}"]`)).toHaveAttribute('aria-current', 'true');
    }
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(page.locator(`.feed__item[data-event-id="${events[4]!.id}"]`)).toHaveAttribute('aria-current', 'true');
    // The shortcut keys work while focus is in the time panel.
    await slider(page).focus();
    await page.keyboard.press('n');
    await expect(page.locator(`.feed__item[data-event-id="${events[5]!.id}"]`)).toHaveAttribute('aria-current', 'true');
    // And the screen reader hears where it landed.
    await expect(page.getByRole('status')).toContainText(events[5]!.title.en);
  });

  test('a tap beside a tick sets the time where it falls, and a drag across ticks never snaps', async ({ page }) => {
    await openAt(page, WINDOW_START);
    const target = events.find((e, i) => i > 0 && e.moment - events[i - 1]!.moment > 60 && (events[i + 1]?.moment ?? Infinity) - e.moment > 60)!;
    const track = (await page.getByTestId('slider-track').boundingBox())!;
    const y = track.y + track.height / 2;
    // The track maps x linearly onto the three days: WINDOW_START at its left edge, WINDOW_END at its right.
    const span = WINDOW_END - WINDOW_START;
    const minutesPerPx = span / track.width;
    const minuteAt = (px: number) => WINDOW_START + ((px - track.x) / track.width) * span;
    // Aim at the tick as drawn, so a tick drawn off its minute fails here too.
    const tick = (await page.locator('.track-marks__tick').nth(events.indexOf(target)).boundingBox())!;
    const x = tick.x + tick.width / 2;
    expect(Math.abs(minuteAt(x) - target.moment)).toBeLessThanOrEqual(1);
    // 3 px past the tick: the time under the finger, not the event's.
    await page.mouse.click(x + 3, y);
    await expect.poll(() => sliderValue(page)).not.toBe(WINDOW_START);
    const tapped = await sliderValue(page);
    expect(Math.abs(tapped - (target.moment + 3 * minutesPerPx))).toBeLessThanOrEqual(2);
    expect(tapped).not.toBe(target.moment);
    // Released 1 px from the tick after a drag across others: where the finger left it. The drag starts
    // 200 px to the right, on the track (to the left the target lies too near the track's start).
    const start = x + 200;
    expect(start).toBeLessThan(track.x + track.width);
    const crossed = events.filter((e) => e.moment > minuteAt(x + 1) && e.moment < minuteAt(start));
    expect(crossed.length).toBeGreaterThan(0);
    await page.mouse.move(start, y);
    await page.mouse.down();
    await expect.poll(() => sliderValue(page)).toBe(Math.round(minuteAt(start)));
    await page.mouse.move(x + 1, y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => sliderValue(page)).not.toBe(Math.round(minuteAt(start)));
    expect(Math.abs((await sliderValue(page)) - (target.moment + minutesPerPx))).toBeLessThanOrEqual(2);
  });

  test('every event is reachable by touch, one tap on Next at a time', async ({ browser }) => {
    test.setTimeout(120_000); // fifty taps, each waiting for its event: slow on a busy machine
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await openAt(page, WINDOW_START);
    const next = page.getByRole('button', { name: 'Next event' });
    const reached = new Set<string>();
    for (let i = 0; i < events.length + 2 && !(await next.isDisabled()); i += 1) {
      await next.tap();
      const id = await page.locator('.feed__item[aria-current="true"]').getAttribute('data-event-id');
      if (id) reached.add(id);
    }
    expect([...reached].sort()).toEqual(events.map((e) => e.id).sort());
    await context.close();
  });

  test('tapping an event in the feed moves time to it and marks it current', async ({ page }) => {
    await openAt(page, WINDOW_START);
    const target = events[Math.floor(events.length / 2)]!;
    await page.locator(`.feed__item[data-event-id="${target.id}"] button`).click();
    expect(await sliderValue(page)).toBe(target.moment);
    await expect(page.locator(`.feed__item[data-event-id="${target.id}"]`)).toHaveAttribute('aria-current', 'true');
  });
});

test('the control area grows across 25 October', async ({ page }) => {
  // The legend starts folded where, open, it would cover more than a tenth of the map: open it to read the areas.
  const open = async (moment: number) => {
    await openAt(page, moment);
    await page.locator('details.legend').evaluate((legend: HTMLDetailsElement) => (legend.open = true));
  };
  const area = async () => Number(await page.getByTestId('area-bolshevik').getAttribute('data-km2'));
  await open(momentOf('1917-10-24T12:00'));
  await expect(page.getByTestId('area-bolshevik')).toBeVisible();
  const before = await area();
  await open(momentOf('1917-10-25T12:00'));
  await expect(page.getByTestId('area-bolshevik')).toBeVisible();
  const after = await area();
  expect(after).toBeGreaterThan(before);
  // And what the government holds shrinks from the 25th to the 26th (the military schools held out to the 29th).
  const government = async () => Number(await page.getByTestId('area-government').getAttribute('data-km2'));
  const on25 = await government();
  await open(momentOf('1917-10-26T12:00'));
  await expect(page.getByTestId('area-government')).not.toHaveAttribute('data-km2', on25.toFixed(3));
  expect(await government()).toBeLessThan(on25);
});

/** Animations playing now (a paused or finished one moves nothing). */
const runningAnimations = (page: Page) => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('nothing animates: no CSS animations, time moves in whole steps', async ({ page }) => {
    const flashes = await recordFlashes(page);
    const change = history.sites.flatMap((s) => s.changes).sort((a, b) => a.moment - b.moment)[0]!;
    await openAt(page, change.moment - 1);
    await slider(page).focus();
    await page.keyboard.press('ArrowRight'); // crosses a change of hands: a flash, if motion were allowed
    expect(await runningAnimations(page)).toBe(0);
    expect(await litRings(page)).toBe(0);
    await page.getByRole('button', { name: 'Play' }).click();
    const values = new Set<number>();
    for (let i = 0; i < 12; i += 1) {
      values.add(await sliderValue(page));
      await page.waitForTimeout(200);
    }
    // One discrete step a second: over ~2.4 s only a few distinct values, not one per frame.
    expect(values.size).toBeLessThanOrEqual(4);
    expect(values.size).toBeGreaterThanOrEqual(2);
    expect(await runningAnimations(page)).toBe(0);
    // Not one flash from the page's start, however slowly it loaded.
    expect(await flashes()).toEqual([]);
  });
});

test('without reduced motion a change of hands flashes its marker twice, then stops', async ({ page }) => {
  const change = history.sites.flatMap((s) => s.changes.map((c) => ({ ...c, site: s.id }))).sort((a, b) => a.moment - b.moment)[0]!;
  await openAt(page, change.moment - 1);
  await slider(page).focus();
  const ring = page.locator(`.site-marker[data-site-id="${change.site}"] .site-marker__pulse`);
  await expect(ring).toHaveCSS('visibility', 'hidden');
  // The ring's visibility in every frame for 2 s from the key press that crosses the change (the
  // flash lasts 1.2 s); timed from the press as the page gets it, so a slow machine cannot start
  // the window early.
  await ring.evaluate((element) => {
    const w = window as unknown as { ringFrames: Promise<string[]> };
    w.ringFrames = new Promise<string[]>((resolve) => {
      window.addEventListener(
        'keydown',
        () => {
          const seen: string[] = [];
          const start = performance.now();
          const sample = () => {
            seen.push(getComputedStyle(element).visibility);
            if (performance.now() - start < 2000) requestAnimationFrame(sample);
            else resolve(seen);
          };
          requestAnimationFrame(sample);
        },
        { capture: true, once: true },
      );
    });
  });
  const frames = page.evaluate(() => (window as unknown as { ringFrames: Promise<string[]> }).ringFrames);
  await page.keyboard.press('ArrowRight');
  // The ring is centred on its marker.
  const [ringBox, markerBox] = await ring.evaluate((element) =>
    [element, element.closest('.site-marker')!.querySelector('.site-marker__hit')!].map((e) => e.getBoundingClientRect()),
  );
  expect(Math.abs(ringBox!.x + ringBox!.width / 2 - (markerBox!.x + markerBox!.width / 2))).toBeLessThanOrEqual(1);
  expect(Math.abs(ringBox!.y + ringBox!.height / 2 - (markerBox!.y + markerBox!.height / 2))).toBeLessThanOrEqual(1);
  // Lit, dark, lit, dark (each phase lasts FLASH_MS, 300 ms), and dark at the end.
  const phases = (await frames).filter((v, i, all) => i === 0 || v !== all[i - 1]);
  expect(phases[0] === 'hidden' ? phases.slice(1) : phases).toEqual(['visible', 'hidden', 'visible', 'hidden']);
  // And no ring is left lit.
  expect(await litRings(page)).toBe(0);
});

/** Records, from the page's start, the marker of every flash begun (a Web Animation on a ring). */
async function recordFlashes(page: Page) {
  await page.addInitScript(() => {
    const flashes: string[] = [];
    (window as unknown as { flashes: string[] }).flashes = flashes;
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
      if (this.classList.contains('site-marker__pulse')) flashes.push(this.closest<SVGElement>('.site-marker')?.dataset.siteId ?? '?');
      return animate.apply(this, args);
    };
  });
  return () => page.evaluate(() => [...(window as unknown as { flashes: string[] }).flashes]);
}

test('opening the page flashes no marker; crossing a change flashes only the site that changed hands', async ({ page }) => {
  const flashes = await recordFlashes(page);
  const change = history.sites.flatMap((s) => s.changes.map((c) => ({ ...c, site: s.id }))).sort((a, b) => a.moment - b.moment)[0]!;
  const together = history.sites.filter((s) => s.changes.some((c) => c.moment === change.moment)).map((s) => s.id);
  await openAt(page, change.moment - 1);
  await expect(page.locator('.site-marker[data-site-id]')).toHaveCount(history.sites.length);
  expect(await flashes()).toEqual([]);
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(flashes).toEqual(together);
});

/** How many of the rings that flash a change of hands are lit. */
const litRings = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.site-marker__pulse')].filter((ring) => getComputedStyle(ring).visibility === 'visible').length);

test('the sources view lists the bibliography and closes with Esc', async ({ page }) => {
  const watch = watchPage(page);
  await openAt(page, WINDOW_START);
  await page.getByRole('button', { name: 'Sources' }).click();
  const view = page.getByRole('dialog', { name: 'Bibliography' });
  await expect(view.locator('li')).toHaveCount(history.sources.length);
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sources' })).toBeFocused();
  expect(watch.consoleErrors).toEqual([]);
});

test('a disputed time shows as a range in the card and as a band on the track', async ({ page }) => {
  const disputed = history.sites.find((s) => s.changes.some((c) => c.disputed));
  expect(disputed, 'the data has a disputed change').toBeDefined();
  await openAt(page, WINDOW_START, `&site=${disputed!.id}`);
  await expect(page.getByRole('dialog')).toContainText(/between \d\d:\d\d and \d\d:\d\d/);
  expect(await page.locator('.track-marks__band').count()).toBeGreaterThan(0);
});

test('the current event is told in full in the card above the list, and reaching it never resizes the list’s items', async ({ page }) => {
  test.setTimeout(120_000); // walks every event
  await openAt(page, WINDOW_START);
  const region = page.getByRole('region', { name: 'The current event' });
  // One card, the current event's, fills the box and is the one tab stop in it.
  const card = region.locator('.feed__card');
  await expect(card).toHaveCount(1);
  const inTheBox = async () => {
    const [box, shown] = [await region.boundingBox(), await card.boundingBox()];
    expect(Math.abs(shown!.x - box!.x)).toBeLessThan(1);
    expect(Math.abs(shown!.width - box!.width)).toBeLessThan(1);
    await expect(card).toHaveAttribute('tabindex', '0');
    expect(await region.locator('.feed__card[tabindex="0"]').count()).toBe(1);
  };
  await inTheBox();
  await expect(card).toContainText('Nothing has happened yet');
  // The card grows to its text: one line needs no scrolling and leaves the feed's room to the list.
  const fits = () => card.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
  expect(await fits()).toBe(true);
  const short = (await region.boundingBox())!.height;
  const heights = () => page.locator('.feed__items > li').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().height));
  const before = { heights: await heights() };
  expect(before.heights.length).toBeGreaterThan(events.length);
  const next = page.getByRole('button', { name: 'Next event' });
  for (const event of events.slice(0, 4)) {
    await next.click();
    await expect(card).toHaveCount(1);
    await expect(card).toHaveAttribute('data-event-id', event.id);
    await expect(card).toContainText(event.title.en);
    await expect(card).toContainText(event.text.en);
    await expect(page.locator('.feed__next-line')).toHaveCount(1);
    await expect(page.locator('.feed__item[aria-current="true"]')).toHaveAttribute('data-event-id', event.id);
    await inTheBox();
    // The card grows to its text, so the list below it may move; its items keep their sizes.
    expect(await heights()).toEqual(before.heights);
  }
  // An event's account is longer than "nothing yet": the card is taller.
  expect((await region.boundingBox())!.height).toBeGreaterThan(short);
  // Far down the story the list has scrolled: the current item is in view, below the day heading.
  for (let i = 0; i < 12; i += 1) await next.click();
  const current = page.locator('.feed__item[aria-current="true"]');
  await expect
    .poll(async () => {
      const [item, list] = [await current.boundingBox(), await page.locator('.feed__list').boundingBox()];
      return !!item && !!list && item.y >= list.y + 24 && item.y + item.height <= list.y + list.height;
    })
    .toBe(true);
});

test('a movement carries its marker along the route in its time window, and leaves a faint trail', async ({ page }) => {
  // The route with the longest window, so that two moments in it are far apart.
  const route = [...history.routes].sort((a, b) => b.end - b.start - (a.end - a.start))[0]!;
  const mover = page.locator(`.mover[data-route-id="${route.id}"]`);
  const trail = page.locator(`.route-trail[data-route-id="${route.id}"]`);
  await openAt(page, route.start - 10);
  await expect(mover).toBeHidden();
  const at = async (share: number) => {
    await openAt(page, route.start + Math.round(share * (route.end - route.start)));
    await showRoute(page, route.path);
    await expect(mover).toBeVisible();
    await expect(trail).toHaveAttribute('stroke-opacity', '0.85');
    const box = (await mover.boundingBox())!;
    // The mover stands at the end of the drawn part of its trail: the disc and the path are placed by different means.
    const { end, drawn } = await trail.evaluate(trailDrawn);
    expect(Math.hypot(box.x + box.width / 2 - end.x, box.y + box.height / 2 - end.y)).toBeLessThan(3);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, drawn };
  };
  const early = await at(0.25);
  const late = await at(0.75);
  expect(Math.hypot(late.x - early.x, late.y - early.y)).toBeGreaterThan(10);
  expect(late.drawn).toBeGreaterThan(early.drawn + 10); // the trail follows it
  await openAt(page, route.end + 10);
  await showRoute(page, route.path);
  await expect(mover).toBeHidden();
  await expect(trail).toHaveAttribute('stroke-opacity', '0.35'); // faint, and still there, the whole route
  const after = await trail.evaluate(trailDrawn);
  expect(after.drawn).toBeGreaterThan(after.total - 2);
});

/** Brings a route into view: the map draws what is in view (and a margin), not the whole city. */
async function showRoute(page: Page, path: readonly (readonly number[])[]) {
  await page.evaluate((lonLats) => {
    const map = (document.querySelector('.leaflet-container') as HTMLElement & { leafletMap: import('leaflet').Map }).leafletMap;
    map.fitBounds(
      lonLats.map(([lon, lat]) => [lat, lon] as [number, number]),
      { animate: false, padding: [40, 40] },
    );
  }, path as number[][]);
}

/** How much of a trail is drawn (its dash, up to the gap), in the path's units, and where that ends on the screen. */
function trailDrawn(path: SVGPathElement) {
  const style = getComputedStyle(path);
  const total = path.getTotalLength();
  const dash = parseFloat(style.strokeDasharray);
  const drawn = Math.min(total, Number.isNaN(dash) ? total : dash - parseFloat(style.strokeDashoffset || '0'));
  const point = path.getPointAtLength(drawn);
  const m = path.getScreenCTM()!;
  return { drawn, total, end: { x: point.x * m.a + m.e, y: point.y * m.d + m.f } };
}
