// Bridges over the Neva, its branches and the Kronverksky strait standing in October 1917.
import { feature, roundLine } from './lib.mjs';

const B = (id, en, ru, built, over, line, note) =>
  feature(id, { type: 'LineString', coordinates: roundLine(line) }, { name: { en, ru }, built, over, ...(note ? { note } : {}) });

export function build() {
  return [
    B(
      'nikolaevsky-bridge',
      'Nikolaevsky Bridge',
      'Николаевский мост',
      1850,
      'Bolshaya Neva',
      [
        [30.29055, 59.93348],
        [30.28953, 59.93488],
        [30.28851, 59.93627],
      ],
      'Now Blagoveshchensky Bridge; swing span at the Vasilievsky end.',
    ),
    B(
      'palace-bridge',
      'Palace Bridge',
      'Дворцовый мост',
      1916,
      'Bolshaya Neva',
      [
        [30.3095, 59.9398],
        [30.3081, 59.9411],
        [30.3068, 59.9425],
      ],
      'Permanent bridge opened December 1916; railings still wooden in 1917.',
    ),
    B('troitsky-bridge', 'Troitsky Bridge', 'Троицкий мост', 1903, 'Neva', [
      [30.32895, 59.94622],
      [30.32741, 59.94876],
      [30.32586, 59.95129],
    ]),
    B(
      'liteyny-bridge',
      'Liteyny (Alexandrovsky) Bridge',
      'Литейный (Александровский) мост',
      1879,
      'Neva',
      [
        [30.3492, 59.9494],
        [30.34936, 59.95159],
        [30.3495, 59.9535],
      ],
      'Officially the Emperor Alexander II Bridge, 1903–1917.',
    ),
    B(
      'bolsheokhtinsky-bridge',
      'Peter the Great (Okhta) Bridge',
      'Мост Петра Великого (Охтенский)',
      1911,
      'Neva',
      [
        [30.398, 59.942],
        [30.4013, 59.9427],
        [30.4042, 59.9433],
      ],
      'Now Bolsheokhtinsky Bridge.',
    ),
    B(
      'tuchkov-bridge',
      'Tuchkov Bridge',
      'Тучков мост',
      1758,
      'Malaya Neva',
      [
        [30.2864, 59.9499],
        [30.288, 59.9513],
        [30.2897, 59.9527],
      ],
      'Wooden bridge on piles, first built 1758 and rebuilt several times.',
    ),
    B(
      'birzhevoy-bridge',
      'Birzhevoy Bridge',
      'Биржевой мост',
      1894,
      'Malaya Neva',
      [
        [30.304, 59.9452],
        [30.3043, 59.9467],
        [30.3044, 59.9481],
      ],
      'Wooden bridge of 1894, some 70 m upstream of the present one.',
    ),
    B(
      'sampsonievsky-bridge',
      'Sampsonievsky Bridge',
      'Сампсониевский мост',
      1847,
      'Bolshaya Nevka',
      [
        [30.3352, 59.9578],
        [30.33737, 59.95797],
        [30.3397, 59.9581],
      ],
      'Wooden bridge on piles.',
    ),
    B(
      'grenadersky-bridge',
      'Grenadersky Bridge',
      'Гренадерский мост',
      1905,
      'Bolshaya Nevka',
      [
        [30.3322, 59.9668],
        [30.3346, 59.967],
        [30.3372, 59.9672],
      ],
      'Wooden bridge of 1904–05, about 90 m upstream of the present one; position approximate.',
    ),
    B(
      'ioannovsky-bridge',
      'Ioannovsky Bridge',
      'Иоанновский мост',
      1703,
      'Kronverksky Strait',
      [
        [30.32196, 59.95208],
        [30.32242, 59.95233],
        [30.32288, 59.95258],
      ],
      'From the fortress St John gate to Troitskaya Square.',
    ),
    B(
      'kamennoostrovsky-bridge',
      'Kamennoostrovsky Bridge',
      'Каменноостровский мост',
      1813,
      'Malaya Nevka',
      [
        [30.311, 59.9762],
        [30.311, 59.9774],
        [30.311, 59.9786],
      ],
      'Wooden bridge; position approximate.',
    ),
    B(
      'bolshoy-petrovsky-bridge',
      'Bolshoy Petrovsky Bridge',
      'Большой Петровский мост',
      1838,
      'Malaya Nevka',
      [
        [30.255, 59.9632],
        [30.2549, 59.965],
        [30.2548, 59.967],
      ],
      'Wooden bridge between Petrovsky and Krestovsky islands.',
    ),
  ];
}
