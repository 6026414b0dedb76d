/** Interface strings in English and Russian. History texts live in geo/ with the data. */
import type { SiteKind, SiteState } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';

export const LANGS: readonly Lang[] = ['en', 'ru'];

const strings = {
  en: {
    appTitle: 'Petrograd 1917',
    appSubtitle: 'The Bolshevik seizure of power, 24–26 October',
    language: 'Language',
    switchLanguage: 'Русский',
    switchLanguageLabel: 'Переключить на русский язык',
    mapLabel: 'Map of Petrograd in October 1917',
    time: 'Time',
    sliderLabel: 'Moment in the story',
    julian: 'Old Style (Julian), as the events are named',
    gregorian: 'New Style (Gregorian)',
    close: 'Close',
    closeCard: 'Close the card',
    nameToday: 'Today',
    address: 'Address',
    stateNow: 'At this moment',
    timeline: 'What happened here',
    atStart: 'At the start: 24 October, 00:00',
    by: 'by',
    sources: 'Sources',
    sourcesView: 'Sources',
    bibliography: 'Bibliography',
    accounts: 'What the sources say',
    approximate: 'time approximate',
    page: 'p.',
    legend: 'Legend',
    kindLabel: 'Kind',
    keySitesHeld: 'Key sites held by the Bolsheviks',
    of: 'of',
    locationNote: 'Location',
    skipToTime: 'Skip to the time slider',
    skipToMap: 'Skip to the map and its sites',
    unknownError: 'Something went wrong. The map is restarting…',
    feedTitle: 'What is happening',
    next: 'Next',
    theEnd: 'The end of 26 October.',
    before: 'Before',
    afterwards: 'Afterwards',
    closeSources: 'Close the sources',
    sourcesIntro: 'Every time, place and claim on this map points to one of these works. Where they disagree, the map shows the range and what each says.',
    sourceType_scholarly: 'Scholarship',
    sourceType_primary: 'Primary source',
    sourceType_chronicle: 'Chronicle',
    sourceType_memoir: 'Memoir',
    sourceType_journalism: 'Eyewitness journalism',
    sourceType_encyclopedia: 'Reference',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    speed_slow: 'slow: 10 minutes a second',
    speed_normal: 'normal: 30 minutes a second',
    speed_fast: 'fast: 90 minutes a second',
    loop: 'Loop',
    previousEvent: 'Previous event',
    nextEvent: 'Next event',
    playback: 'Playback',
    touchToExplore: 'Touch the map or the time line to explore',
    sparklineLabel: 'Key sites held over the three days: from {from} to {to} of {total}',
    areaBolshevik: 'Area under Bolshevik control',
    areaGovernment: 'Area still held by the government',
    areaDefinition: 'An area is the ground within 800 m of a site held, nearer to it than to any other site, on the same bank or island.',
  },
  ru: {
    appTitle: 'Петроград 1917',
    appSubtitle: 'Захват власти большевиками, 24–26 октября',
    language: 'Язык',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    mapLabel: 'Карта Петрограда в октябре 1917 года',
    time: 'Время',
    sliderLabel: 'Момент событий',
    julian: 'По старому стилю (юлианский календарь)',
    gregorian: 'По новому стилю (григорианский календарь)',
    close: 'Закрыть',
    closeCard: 'Закрыть карточку',
    nameToday: 'Сегодня',
    address: 'Адрес',
    stateNow: 'В этот момент',
    timeline: 'Что здесь произошло',
    atStart: 'На начало: 24 октября, 00:00',
    by: '—',
    sources: 'Источники',
    sourcesView: 'Источники',
    bibliography: 'Библиография',
    accounts: 'Что говорят источники',
    approximate: 'время приблизительно',
    page: 'с.',
    legend: 'Условные обозначения',
    kindLabel: 'Тип',
    keySitesHeld: 'Ключевые объекты у большевиков',
    of: 'из',
    locationNote: 'Местоположение',
    skipToTime: 'Перейти к шкале времени',
    skipToMap: 'Перейти к карте и объектам',
    unknownError: 'Что-то пошло не так. Карта перезапускается…',
    feedTitle: 'Что происходит',
    next: 'Далее',
    theEnd: 'Конец дня 26 октября.',
    before: 'До событий',
    afterwards: 'После',
    closeSources: 'Закрыть источники',
    sourcesIntro: 'Каждое время, место и утверждение на карте опирается на одну из этих работ. Где они расходятся, карта показывает диапазон и мнение каждого источника.',
    sourceType_scholarly: 'Исследование',
    sourceType_primary: 'Первоисточник',
    sourceType_chronicle: 'Хроника',
    sourceType_memoir: 'Воспоминания',
    sourceType_journalism: 'Репортаж очевидца',
    sourceType_encyclopedia: 'Справочник',
    play: 'Воспроизвести',
    pause: 'Пауза',
    speed: 'Скорость',
    speed_slow: 'медленно: 10 минут в секунду',
    speed_normal: 'обычно: 30 минут в секунду',
    speed_fast: 'быстро: 90 минут в секунду',
    loop: 'Повтор',
    previousEvent: 'Предыдущее событие',
    nextEvent: 'Следующее событие',
    playback: 'Воспроизведение',
    touchToExplore: 'Коснитесь карты или шкалы времени',
    sparklineLabel: 'Ключевые объекты у большевиков за три дня: от {from} до {to} из {total}',
    areaBolshevik: 'Территория под контролем большевиков',
    areaGovernment: 'Территория, ещё удерживаемая правительством',
    areaDefinition: 'Территория — это земля в пределах 800 м от удерживаемого объекта, ближе к нему, чем к другим объектам, на том же берегу или острове.',
  },
} satisfies Record<Lang, Record<string, string>>;

export type StringKey = keyof (typeof strings)['en'];

export function t(lang: Lang, key: StringKey): string {
  return strings[lang][key];
}

const STATE_NAMES: Record<Lang, Record<SiteState, string>> = {
  en: { government: 'Provisional Government', contested: 'contested', bolshevik: 'Bolsheviks' },
  ru: { government: 'Временное правительство', contested: 'спорный', bolshevik: 'большевики' },
};

/** "held by the Bolsheviks", "contested" — the phrase after a site's name in its accessible name. */
const STATE_PHRASES: Record<Lang, Record<SiteState, string>> = {
  en: { government: 'held by the Provisional Government', contested: 'contested', bolshevik: 'held by the Bolsheviks' },
  ru: { government: 'в руках Временного правительства', contested: 'идёт борьба', bolshevik: 'в руках большевиков' },
};

export const stateName = (lang: Lang, state: SiteState) => STATE_NAMES[lang][state];
export const statePhrase = (lang: Lang, state: SiteState) => STATE_PHRASES[lang][state];

const KIND_NAMES: Record<Lang, Record<SiteKind, string>> = {
  en: {
    telegraph: 'telegraph office', telephone: 'telephone exchange', post: 'post office', 'news-agency': 'news agency',
    'railway-station': 'railway station', bridge: 'bridge', bank: 'bank', 'power-station': 'power station', palace: 'palace',
    government: 'government building', 'military-hq': 'military headquarters', 'party-hq': 'revolutionary headquarters',
    fortress: 'fortress', ship: 'warship', 'printing-house': 'printing house', 'military-school': 'military school', barracks: 'barracks',
  },
  ru: {
    telegraph: 'телеграф', telephone: 'телефонная станция', post: 'почтамт', 'news-agency': 'телеграфное агентство',
    'railway-station': 'вокзал', bridge: 'мост', bank: 'банк', 'power-station': 'электростанция', palace: 'дворец',
    government: 'правительственное здание', 'military-hq': 'военный штаб', 'party-hq': 'штаб революции',
    fortress: 'крепость', ship: 'военный корабль', 'printing-house': 'типография', 'military-school': 'военное училище', barracks: 'казармы',
  },
};

export const kindName = (lang: Lang, kind: SiteKind) => KIND_NAMES[lang][kind];
