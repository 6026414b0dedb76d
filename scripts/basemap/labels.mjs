// Label points: islands, 1917 police districts (части), water names.
import { feature } from './lib.mjs';

const L = (id, kind, en, ru, minZoom, lon, lat) => feature(id, { type: 'Point', coordinates: [lon, lat] }, { kind, name: { en, ru }, minZoom });

export function buildLabels() {
  return [
    // islands
    L('vasilievsky-island', 'island', 'Vasilievsky Island', 'Васильевский остров', 14, 30.2650, 59.9390),
    L('petrogradsky-island', 'island', 'Petrogradsky Island', 'Петроградский остров', 13, 30.3050, 59.9620),
    L('aptekarsky-island', 'island', 'Aptekarsky Island', 'Аптекарский остров', 14, 30.3150, 59.9735),
    L('petrovsky-island', 'island', 'Petrovsky Island', 'Петровский остров', 14, 30.2700, 59.9620),
    L('krestovsky-island', 'island', 'Krestovsky Island', 'Крестовский остров', 13, 30.2600, 59.9720),
    L('kamenny-island', 'island', 'Kamenny Island', 'Каменный остров', 14, 30.3030, 59.9810),
    L('yelagin-island', 'island', 'Yelagin Island', 'Елагин остров', 14, 30.2640, 59.9835),
    L('zayachy-island', 'island', 'Zayachy Island', 'Заячий остров', 15, 30.3140, 59.9512),
    L('new-holland', 'island', 'New Holland', 'Новая Голландия', 16, 30.2920, 59.9289),
    L('goloday-island', 'island', 'Goloday Island', 'остров Голодай', 14, 30.2560, 59.9530),
    L('gutuevsky-island', 'island', 'Gutuevsky Island', 'Гутуевский остров', 14, 30.2500, 59.9000),
    // 1917 city districts (части)
    L('admiralteyskaya-chast', 'district', 'Admiralty', 'Адмиралтейская часть', 13, 30.3110, 59.9350),
    L('kazanskaya-chast', 'district', 'Kazan', 'Казанская часть', 13, 30.3170, 59.9310),
    L('spasskaya-chast', 'district', 'Spassky', 'Спасская часть', 13, 30.3290, 59.9270),
    L('liteynaya-chast', 'district', 'Liteyny', 'Литейная часть', 13, 30.3560, 59.9420),
    L('rozhdestvenskaya-chast', 'district', 'Rozhdestvensky', 'Рождественская часть', 13, 30.3780, 59.9390),
    L('moskovskaya-chast', 'district', 'Moscow', 'Московская часть', 13, 30.3480, 59.9230),
    L('narvskaya-chast', 'district', 'Narva', 'Нарвская часть', 13, 30.2950, 59.9100),
    L('kolomenskaya-chast', 'district', 'Kolomna', 'Коломенская часть', 13, 30.2830, 59.9220),
    L('aleksandro-nevskaya-chast', 'district', 'Alexander-Nevsky', 'Александро-Невская часть', 13, 30.3750, 59.9200),
    L('vyborgskaya-chast', 'district', 'Vyborg Side', 'Выборгская сторона', 12, 30.3550, 59.9650),
    L('peterburgskaya-chast', 'district', 'Petrograd Side', 'Петроградская сторона', 12, 30.3120, 59.9600),
    L('vasileostrovskaya-chast', 'district', 'Vasilievsky district', 'Васильевская часть', 13, 30.2750, 59.9440),
    L('okhta', 'district', 'Okhta', 'Охта', 13, 30.4200, 59.9560),
    // water
    L('label-neva', 'water', 'Neva', 'Нева', 12, 30.3400, 59.9515),
    L('label-neva-upper', 'water', 'Neva', 'Нева', 13, 30.3995, 59.9360),
    L('label-bolshaya-neva', 'water', 'Bolshaya Neva', 'Большая Нева', 13, 30.2800, 59.9322),
    L('label-malaya-neva', 'water', 'Malaya Neva', 'Малая Нева', 13, 30.2800, 59.9538),
    L('label-bolshaya-nevka', 'water', 'Bolshaya Nevka', 'Большая Невка', 14, 30.3375, 59.9640),
    L('label-malaya-nevka', 'water', 'Malaya Nevka', 'Малая Невка', 14, 30.2750, 59.9688),
    L('label-srednyaya-nevka', 'water', 'Srednyaya Nevka', 'Средняя Невка', 15, 30.2620, 59.9780),
    L('label-gulf', 'water', 'Gulf of Finland', 'Финский залив', 11, 30.2100, 59.9400),
    L('label-fontanka', 'water', 'Fontanka', 'Фонтанка', 15, 30.3315, 59.9255),
    L('label-moika', 'water', 'Moika', 'Мойка', 16, 30.3020, 59.9307),
    L('label-ekaterininsky-canal', 'water', 'Ekaterininsky Canal', 'Екатерининский канал', 16, 30.3120, 59.9265),
    L('label-kryukov-canal', 'water', 'Kryukov Canal', 'Крюков канал', 16, 30.2985, 59.9262),
    L('label-obvodny-canal', 'water', 'Obvodny Canal', 'Обводный канал', 15, 30.3400, 59.9081),
    L('label-karpovka', 'water', 'Karpovka', 'Карповка', 16, 30.3180, 59.9701),
    L('label-zhdanovka', 'water', 'Zhdanovka', 'Ждановка', 16, 30.2868, 59.9620),
    L('label-smolenka', 'water', 'Smolenka', 'Смоленка', 16, 30.2600, 59.9483),
    L('label-kronverksky-strait', 'water', 'Kronverksky Strait', 'Кронверкский пролив', 16, 30.3160, 59.9529),
    L('label-okhta', 'water', 'Okhta', 'Охта', 15, 30.4260, 59.9517),
  ];
}
