/**
 * The part of the app state a link carries: ?t=1917-10-25T02:10&site=winter-palace&lang=ru.
 * Reading never throws: an invalid value falls back to its default. A kiosk's settings
 * (`?kiosk=1&idle=…`) are not part of it: see src/kiosk/config.ts.
 */
import { formatIso, isInWindow, parseMoment, WINDOW_START, type Lang, type Moment } from '../model/time.ts';

export interface UrlState {
  moment: Moment;
  siteId: string | undefined;
  lang: Lang;
}

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
  };
}

export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  params.set('t', formatIso(state.moment));
  if (state.siteId) params.set('site', state.siteId);
  params.set('lang', state.lang);
  return `?${params.toString().replace(/%3A/g, ':')}`;
}
