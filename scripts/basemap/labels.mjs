// Label points: islands, 1917 police districts (части), water names.
import { feature } from './lib.mjs';

const L = (id, kind, en, ru, minZoom, lon, lat) => feature(id, { type: 'Point', coordinates: [lon, lat] }, { kind, name: { en, ru }, minZoom });

export function buildLabels() {
  return [
    // islands
    L('vasilievsky-island', 'island', 'Vasilievsky Island', 'Васильевский остров', 14, 30.265, 59.939),
    L('petrogradsky-island', 'island', 'Petrogradsky Island', 'Петроградский остров', 13, 30.305, 59.962),
    L('aptekarsky-island', 'island', 'Aptekarsky Island', 'Аптекарский остров', 14, 30.315, 59.9735),
    L('petrovsky-island', 'island', 'Petrovsky Island', 'Петровский остров', 14, 30.27, 59.962),
    L('krestovsky-island', 'island', 'Krestovsky Island', 'Крестовский остров', 13, 30.26, 59.972),
    L('kamenny-island', 'island', 'Kamenny Island', 'Каменный остров', 14, 30.303, 59.981),
    L('yelagin-island', 'island', 'Yelagin Island', 'Елагин остров', 14, 30.264, 59.9835),
    L('zayachy-island', 'island', 'Zayachy Island', 'Заячий остров', 15, 30.314, 59.9512),
    L('new-holland', 'island', 'New Holland', 'Новая Голландия', 16, 30.292, 59.9289),
    L('goloday-island', 'island', 'Goloday Island', 'остров Голодай', 14, 30.256, 59.953),
    L('gutuevsky-island', 'island', 'Gutuevsky Island', 'Гутуевский остров', 14, 30.25, 59.9),
    // 1917 city districts (части)
    L('admiralteyskaya-chast', 'district', 'Admiralty', 'Адмиралтейская часть', 13, 30.311, 59.935),
    L('kazanskaya-chast', 'district', 'Kazan', 'Казанская часть', 13, 30.317, 59.931),
    L('spasskaya-chast', 'district', 'Spassky', 'Спасская часть', 13, 30.329, 59.927),
    L('liteynaya-chast', 'district', 'Liteyny', 'Литейная часть', 13, 30.356, 59.942),
    L('rozhdestvenskaya-chast', 'district', 'Rozhdestvensky', 'Рождественская часть', 13, 30.378, 59.939),
    L('moskovskaya-chast', 'district', 'Moscow', 'Московская часть', 13, 30.348, 59.923),
    L('narvskaya-chast', 'district', 'Narva', 'Нарвская часть', 13, 30.295, 59.91),
    L('kolomenskaya-chast', 'district', 'Kolomna', 'Коломенская часть', 13, 30.283, 59.922),
    L('aleksandro-nevskaya-chast', 'district', 'Alexander-Nevsky', 'Александро-Невская часть', 13, 30.375, 59.92),
    L('vyborgskaya-chast', 'district', 'Vyborg Side', 'Выборгская сторона', 12, 30.355, 59.965),
    L('peterburgskaya-chast', 'district', 'Petrograd Side', 'Петроградская сторона', 12, 30.312, 59.96),
    L('vasileostrovskaya-chast', 'district', 'Vasilievsky district', 'Васильевская часть', 13, 30.275, 59.944),
    L('okhta', 'district', 'Okhta', 'Охта', 13, 30.42, 59.956),
    // water
    L('label-neva', 'water', 'Neva', 'Нева', 12, 30.34, 59.9515),
    L('label-neva-upper', 'water', 'Neva', 'Нева', 13, 30.3995, 59.936),
    L('label-bolshaya-neva', 'water', 'Bolshaya Neva', 'Большая Нева', 13, 30.28, 59.9322),
    L('label-malaya-neva', 'water', 'Malaya Neva', 'Малая Нева', 13, 30.28, 59.9538),
    L('label-bolshaya-nevka', 'water', 'Bolshaya Nevka', 'Большая Невка', 14, 30.3375, 59.964),
    L('label-malaya-nevka', 'water', 'Malaya Nevka', 'Малая Невка', 14, 30.275, 59.9688),
    L('label-srednyaya-nevka', 'water', 'Srednyaya Nevka', 'Средняя Невка', 15, 30.262, 59.978),
    L('label-gulf', 'water', 'Gulf of Finland', 'Финский залив', 11, 30.21, 59.94),
    L('label-fontanka', 'water', 'Fontanka', 'Фонтанка', 15, 30.3315, 59.9255),
    L('label-moika', 'water', 'Moika', 'Мойка', 16, 30.302, 59.9307),
    L('label-ekaterininsky-canal', 'water', 'Ekaterininsky Canal', 'Екатерининский канал', 16, 30.312, 59.9265),
    L('label-kryukov-canal', 'water', 'Kryukov Canal', 'Крюков канал', 16, 30.2985, 59.9262),
    L('label-obvodny-canal', 'water', 'Obvodny Canal', 'Обводный канал', 15, 30.34, 59.9081),
    L('label-karpovka', 'water', 'Karpovka', 'Карповка', 16, 30.318, 59.9701),
    L('label-zhdanovka', 'water', 'Zhdanovka', 'Ждановка', 16, 30.2868, 59.962),
    L('label-smolenka', 'water', 'Smolenka', 'Смоленка', 16, 30.26, 59.9483),
    L('label-kronverksky-strait', 'water', 'Kronverksky Strait', 'Кронверкский пролив', 16, 30.316, 59.9529),
    L('label-okhta', 'water', 'Okhta', 'Охта', 15, 30.426, 59.9517),
  ];
}
