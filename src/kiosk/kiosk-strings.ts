/**
 * The kiosk's own words. A kiosk does not know which language its next visitor reads, so these are
 * shown in both languages at once (the screen's current language first); they are kept together
 * here rather than in i18n/strings.ts, where every string is shown in one language.
 */
import type { Lang } from '../model/time.ts';

export const KIOSK_STRINGS = {
  en: {
    stillThere: 'Still there? Touch to keep reading',
    resetsIn: (seconds: number) => `The screen returns to the start in ${seconds} s`,
    keepReading: 'Keep reading',
    touchToExplore: 'Touch the map or the time line to explore',
    howToUse: 'Tap a site on the map, or drag the time line through 24–26 October',
  },
  ru: {
    stillThere: 'Вы ещё здесь? Коснитесь экрана, чтобы продолжить',
    resetsIn: (seconds: number) => `Экран вернётся к началу через ${seconds} с`,
    keepReading: 'Продолжить',
    touchToExplore: 'Коснитесь карты или шкалы времени, чтобы начать',
    howToUse: 'Коснитесь объекта на карте или передвиньте шкалу времени по 24–26 октября',
  },
} as const satisfies Record<Lang, Record<string, string | ((seconds: number) => string)>>;

/** The two languages in the order to show them: the screen's first. */
export function bothLanguages(first: Lang): readonly [Lang, Lang] {
  return first === 'ru' ? ['ru', 'en'] : ['en', 'ru'];
}
