/**
 * The part of the app state a link carries: ?t=1917-10-25T02:10&site=winter-palace&lang=ru.
 * Reading never throws: an invalid value falls back to its default.
 */
import { formatIso, isInWindow, parseMoment, WINDOW_START, type Lang, type Moment } from '../model/time.ts';

export interface UrlState {
  moment: Moment;
  siteId: string | undefined;
  lang: Lang;
  /** Kiosk mode: attract loop when idle, reset after a visitor leaves. */
  kiosk?: boolean;
  /** Kiosk mode: seconds without a touch before the attract loop starts (?idle=90). */
  idleSeconds?: number | undefined;
}

const IDLE_RANGE = { min: 1, max: 3600 } as const;

export const DEFAULT_MOMENT: Moment = WINDOW_START;

export function readUrlState(search: string, knownSiteIds: ReadonlySet<string>, fallbackLang: Lang = 'en'): UrlState {
  const params = new URLSearchParams(search);
  const t = params.get('t');
  const parsed = t === null ? undefined : parseMoment(t);
  const moment = parsed?.ok && isInWindow(parsed.moment) ? parsed.moment : DEFAULT_MOMENT;
  const site = params.get('site');
  const lang = params.get('lang');
  return {
    moment,
    siteId: site !== null && knownSiteIds.has(site) ? site : undefined,
    lang: lang === 'en' || lang === 'ru' ? lang : fallbackLang,
    kiosk: params.get('kiosk') === '1',
    idleSeconds: idleSecondsOf(params.get('idle')),
  };
}

function idleSecondsOf(text: string | null): number | undefined {
  if (text === null || !/^\d{1,4}$/.test(text)) return undefined;
  const seconds = Number(text);
  return seconds >= IDLE_RANGE.min && seconds <= IDLE_RANGE.max ? seconds : undefined;
}

export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  params.set('t', formatIso(state.moment));
  if (state.siteId) params.set('site', state.siteId);
  params.set('lang', state.lang);
  if (state.kiosk) params.set('kiosk', '1');
  if (state.kiosk && state.idleSeconds !== undefined) params.set('idle', String(state.idleSeconds));
  return `?${params.toString().replace(/%3A/g, ':')}`;
}
