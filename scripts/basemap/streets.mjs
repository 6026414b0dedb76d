// Main streets and embankments of 1917 Petrograd, by their 1917 names (schematic centre lines).
import { feature, roundLine } from './lib.mjs';

const S = (id, kind, rank, en, ru, line) => feature(id, { type: 'LineString', coordinates: roundLine(line) }, { kind, rank, name: { en, ru } });

export function build() {
  return [
    // ——— Admiralty side: the trident and its cross streets ———
    S('nevsky-prospekt', 'prospekt', 1, 'Nevsky Prospekt', 'Невский проспект', [
      [30.3132, 59.9364], [30.3203, 59.9356], [30.3264, 59.9349], [30.3340, 59.9341], [30.3436, 59.9330], [30.3480, 59.9325],
      [30.3550, 59.9317], [30.3610, 59.9310], [30.3650, 59.9302], [30.3700, 59.9288], [30.3760, 59.9270], [30.3810, 59.9256], [30.3858, 59.9240]]),
    S('gorokhovaya-ulitsa', 'street', 1, 'Gorokhovaya Street', 'Гороховая улица', [
      [30.3100, 59.9358], [30.3140, 59.9331], [30.3205, 59.9292], [30.3232, 59.9275], [30.3295, 59.9240], [30.3318, 59.9226]]),
    S('voznesensky-prospekt', 'prospekt', 2, 'Voznesensky Prospekt', 'Вознесенский проспект', [
      [30.3028, 59.9356], [30.3035, 59.9320], [30.3050, 59.9262], [30.3060, 59.9225], [30.3068, 59.9192]]),
    S('izmailovsky-prospekt', 'prospekt', 2, 'Izmailovsky Prospekt', 'Измайловский проспект', [
      [30.3068, 59.9192], [30.3074, 59.9164], [30.3080, 59.9125], [30.3084, 59.9100]]),
    S('admiralteysky-prospekt', 'prospekt', 2, 'Admiralteysky Prospekt', 'Адмиралтейский проспект', [
      [30.3030, 59.9355], [30.3085, 59.9359], [30.3132, 59.9364]]),
    S('sadovaya-ulitsa', 'street', 1, 'Sadovaya Street', 'Садовая улица', [
      [30.3330, 59.9405], [30.3340, 59.9375], [30.3355, 59.9340], [30.3310, 59.9310], [30.3265, 59.9290], [30.3200, 59.9268],
      [30.3130, 59.9245], [30.3060, 59.9225], [30.2990, 59.9203], [30.2920, 59.9185], [30.2850, 59.9170], [30.2780, 59.9158]]),
    S('bolshaya-morskaya-ulitsa', 'street', 2, 'Bolshaya Morskaya Street', 'Большая Морская улица', [
      [30.3163, 59.9381], [30.3158, 59.9366], [30.3135, 59.9354], [30.3100, 59.9345], [30.3070, 59.9334], [30.3030, 59.9322], [30.2990, 59.9310]]),
    S('malaya-morskaya-ulitsa', 'street', 3, 'Malaya Morskaya Street', 'Малая Морская улица', [
      [30.3150, 59.9362], [30.3110, 59.9350], [30.3075, 59.9343]]),
    S('millionnaya-ulitsa', 'street', 2, 'Millionnaya Street', 'Миллионная улица', [
      [30.3172, 59.9401], [30.3200, 59.9410], [30.3230, 59.9422], [30.3262, 59.9437], [30.3280, 59.9446]]),
    S('galernaya-ulitsa', 'street', 3, 'Galernaya Street', 'Галерная улица', [
      [30.3010, 59.9350], [30.2960, 59.9338], [30.2915, 59.9326], [30.2880, 59.9316]]),
    S('konnogvardeisky-bulvar', 'boulevard', 3, 'Konnogvardeisky Boulevard', 'Конногвардейский бульвар', [
      [30.3020, 59.9345], [30.2975, 59.9331], [30.2930, 59.9319]]),
    S('kazanskaya-ulitsa', 'street', 3, 'Kazanskaya Street', 'Казанская улица', [
      [30.3240, 59.9333], [30.3180, 59.9313], [30.3120, 59.9298], [30.3050, 59.9283], [30.2995, 59.9268]]),
    S('ofitserskaya-ulitsa', 'street', 3, 'Ofitserskaya Street', 'Офицерская улица', [
      [30.3050, 59.9290], [30.3000, 59.9272], [30.2950, 59.9255], [30.2900, 59.9240]]),
    S('mikhailovskaya-ulitsa', 'street', 3, 'Mikhailovskaya Street', 'Михайловская улица', [
      [30.3318, 59.9344], [30.3322, 59.9370]]),
    S('italyanskaya-ulitsa', 'street', 3, 'Italyanskaya Street', 'Итальянская улица', [
      [30.3335, 59.9383], [30.3380, 59.9379], [30.3440, 59.9374]]),
    S('inzhenernaya-ulitsa', 'street', 3, 'Inzhenernaya Street', 'Инженерная улица', [
      [30.3336, 59.9396], [30.3380, 59.9396], [30.3425, 59.9394]]),
    S('bolshaya-konyushennaya-ulitsa', 'street', 3, 'Bolshaya Konyushennaya Street', 'Большая Конюшенная улица', [
      [30.3235, 59.9352], [30.3240, 59.9375], [30.3245, 59.9398]]),
    // ——— Liteyny and Rozhdestvensky ———
    S('liteyny-prospekt', 'prospekt', 1, 'Liteyny Prospekt', 'Литейный проспект', [
      [30.3493, 59.9494], [30.3489, 59.9440], [30.3485, 59.9380], [30.3480, 59.9325]]),
    S('vladimirsky-prospekt', 'prospekt', 2, 'Vladimirsky Prospekt', 'Владимирский проспект', [
      [30.3480, 59.9325], [30.3478, 59.9300], [30.3475, 59.9275]]),
    S('shpalernaya-ulitsa', 'street', 2, 'Shpalernaya Street', 'Шпалерная улица', [
      [30.3440, 59.9479], [30.3490, 59.9484], [30.3600, 59.9488], [30.3700, 59.9488], [30.3800, 59.9486], [30.3880, 59.9484], [30.3935, 59.9480]]),
    S('sergievskaya-ulitsa', 'street', 3, 'Sergievskaya Street', 'Сергиевская улица', [
      [30.3420, 59.9466], [30.3490, 59.9470], [30.3600, 59.9472], [30.3700, 59.9473]]),
    S('furshtatskaya-ulitsa', 'street', 3, 'Furshtatskaya Street', 'Фурштатская улица', [
      [30.3489, 59.9455], [30.3600, 59.9457], [30.3700, 59.9458]]),
    S('kirochnaya-ulitsa', 'street', 2, 'Kirochnaya Street', 'Кирочная улица', [
      [30.3488, 59.9438], [30.3600, 59.9440], [30.3700, 59.9439], [30.3790, 59.9432]]),
    S('znamenskaya-ulitsa', 'street', 2, 'Znamenskaya Street', 'Знаменская улица', [
      [30.3608, 59.9318], [30.3604, 59.9380], [30.3600, 59.9440]]),
    S('nadezhdinskaya-ulitsa', 'street', 3, 'Nadezhdinskaya Street', 'Надеждинская улица', [
      [30.3552, 59.9322], [30.3550, 59.9380], [30.3548, 59.9440]]),
    S('tavricheskaya-ulitsa', 'street', 3, 'Tavricheskaya Street', 'Таврическая улица', [
      [30.3825, 59.9478], [30.3822, 59.9440], [30.3815, 59.9405]]),
    S('suvorovsky-prospekt', 'prospekt', 2, 'Suvorovsky Prospekt', 'Суворовский проспект', [
      [30.3665, 59.9298], [30.3720, 59.9330], [30.3780, 59.9365], [30.3840, 59.9400], [30.3900, 59.9440], [30.3935, 59.9460]]),
    // ——— Moscow, Narva, Kolomna, Alexander Nevsky ———
    S('zagorodny-prospekt', 'prospekt', 2, 'Zagorodny Prospekt', 'Загородный проспект', [
      [30.3475, 59.9275], [30.3440, 59.9255], [30.3390, 59.9230], [30.3320, 59.9205], [30.3260, 59.9185], [30.3190, 59.9167]]),
    S('nikolaevskaya-ulitsa', 'street', 2, 'Nikolaevskaya Street', 'Николаевская улица', [
      [30.3530, 59.9320], [30.3530, 59.9250], [30.3520, 59.9180], [30.3505, 59.9110]]),
    S('ligovskaya-ulitsa', 'street', 2, 'Ligovskaya Street', 'Лиговская улица', [
      [30.3610, 59.9300], [30.3600, 59.9250], [30.3580, 59.9180], [30.3560, 59.9120], [30.3545, 59.9085]]),
    S('zabalkansky-prospekt', 'prospekt', 1, 'Zabalkansky Prospekt', 'Забалканский проспект', [
      [30.3183, 59.9202], [30.3185, 59.9165], [30.3190, 59.9100], [30.3195, 59.9060], [30.3200, 59.9000], [30.3205, 59.8900], [30.3210, 59.8800]]),
    S('staro-petergofsky-prospekt', 'prospekt', 2, 'Staro-Petergofsky Prospekt', 'Старо-Петергофский проспект', [
      [30.2745, 59.9155], [30.2750, 59.9080], [30.2745, 59.9015]]),
    S('petergofskoye-shosse', 'prospekt', 2, 'Peterhof Highway', 'Петергофское шоссе', [
      [30.2745, 59.9015], [30.2720, 59.8960], [30.2680, 59.8900], [30.2630, 59.8820]]),
    S('obvodny-embankment', 'embankment', 3, 'Obvodny Canal Embankment', 'набережная Обводного канала', [
      [30.3950, 59.9145], [30.3700, 59.9117], [30.3450, 59.9092], [30.3260, 59.9087], [30.3100, 59.9099], [30.2990, 59.9092]]),
    S('shlisselburgsky-prospekt', 'prospekt', 2, 'Shlisselburgsky Prospekt', 'Шлиссельбургский проспект', [
      [30.4005, 59.9140], [30.4100, 59.9075], [30.4200, 59.9010], [30.4310, 59.8945], [30.4420, 59.8875]]),
    // ——— embankments of the Neva ———
    S('angliyskaya-naberezhnaya', 'embankment', 1, 'English Embankment', 'Английская набережная', [
      [30.2800, 59.9305], [30.2870, 59.9324], [30.2906, 59.9332], [30.2960, 59.9347], [30.3010, 59.9365]]),
    S('admiralteyskaya-naberezhnaya', 'embankment', 2, 'Admiralty Embankment', 'Адмиралтейская набережная', [
      [30.3010, 59.9365], [30.3035, 59.9377], [30.3060, 59.9389], [30.3092, 59.9399]]),
    S('dvortsovaya-naberezhnaya', 'embankment', 1, 'Palace Embankment', 'Дворцовая набережная', [
      [30.3092, 59.9399], [30.3120, 59.9403], [30.3150, 59.9408], [30.3175, 59.9415], [30.3195, 59.9423], [30.3220, 59.9433],
      [30.3245, 59.9444], [30.3268, 59.9453], [30.3285, 59.9459], [30.3310, 59.9466], [30.3340, 59.9472], [30.3386, 59.9478]]),
    S('frantsuzskaya-naberezhnaya', 'embankment', 2, 'Frantsuzskaya (French) Embankment', 'Французская набережная', [
      [30.3386, 59.9478], [30.3410, 59.9486], [30.3450, 59.9493], [30.3492, 59.9496]]),
    S('voskresenskaya-naberezhnaya', 'embankment', 2, 'Voskresenskaya Embankment', 'Воскресенская набережная', [
      [30.3492, 59.9496], [30.3600, 59.9498], [30.3720, 59.9497], [30.3840, 59.9495], [30.3890, 59.9497]]),
    S('universitetskaya-naberezhnaya', 'embankment', 1, 'University Embankment', 'Университетская набережная', [
      [30.3068, 59.9423], [30.3042, 59.9413], [30.3012, 59.9407], [30.2985, 59.9401], [30.2930, 59.9385], [30.2884, 59.9367]]),
    S('nikolaevskaya-naberezhnaya', 'embankment', 2, 'Nikolaevskaya Embankment', 'Николаевская набережная', [
      [30.2884, 59.9367], [30.2820, 59.9346], [30.2740, 59.9319], [30.2660, 59.9291]]),
    S('makarova-naberezhnaya', 'embankment', 3, 'Tuchkova Embankment', 'Тучкова набережная', [
      [30.3040, 59.9452], [30.2980, 59.9466], [30.2920, 59.9484], [30.2868, 59.9499]]),
    S('petrovskaya-naberezhnaya', 'embankment', 2, 'Petrovskaya Embankment', 'Петровская набережная', [
      [30.3259, 59.9515], [30.3300, 59.9530], [30.3335, 59.9539], [30.3368, 59.9546]]),
    S('kronverkskaya-naberezhnaya', 'embankment', 3, 'Kronverkskaya Embankment', 'Кронверкская набережная', [
      [30.3090, 59.9521], [30.3125, 59.9532], [30.3160, 59.9535], [30.3200, 59.9531], [30.3222, 59.9525]]),
    S('mytninskaya-naberezhnaya', 'embankment', 3, 'Mytninskaya Embankment', 'Мытнинская набережная', [
      [30.3044, 59.9484], [30.3060, 59.9495], [30.3082, 59.9512]]),
    S('arsenalnaya-naberezhnaya', 'embankment', 3, 'Arsenalnaya Embankment', 'Арсенальная набережная', [
      [30.3495, 59.9534], [30.3610, 59.9530], [30.3730, 59.9531], [30.3850, 59.9539]]),
    S('pirogovskaya-naberezhnaya', 'embankment', 3, 'Pirogovskaya Embankment', 'Пироговская набережная', [
      [30.3470, 59.9535], [30.3415, 59.9545], [30.3402, 59.9565], [30.3396, 59.9580]]),
    // ——— Vasilievsky Island ———
    S('bolshoy-prospekt-vo', 'prospekt', 1, 'Bolshoy Prospekt (Vasilievsky Island)', 'Большой проспект Васильевского острова', [
      [30.2885, 59.9442], [30.2800, 59.9412], [30.2700, 59.9377], [30.2600, 59.9342], [30.2500, 59.9307], [30.2440, 59.9285]]),
    S('sredny-prospekt-vo', 'prospekt', 2, 'Sredny Prospekt (Vasilievsky Island)', 'Средний проспект Васильевского острова', [
      [30.2868, 59.9482], [30.2780, 59.9452], [30.2680, 59.9418], [30.2580, 59.9384], [30.2480, 59.9350], [30.2420, 59.9330]]),
    S('kadetskaya-liniya', 'street', 2, 'Kadetskaya Line', 'Кадетская линия', [
      [30.2905, 59.9375], [30.2885, 59.9442], [30.2868, 59.9500]]),
    S('birzhevaya-liniya', 'street', 3, 'Birzhevaya Line', 'Биржевая линия', [
      [30.2990, 59.9403], [30.2975, 59.9465]]),
    // ——— Petrograd side ———
    S('kamennoostrovsky-prospekt', 'prospekt', 1, 'Kamennoostrovsky Prospekt', 'Каменноостровский проспект', [
      [30.3265, 59.9519], [30.3240, 59.9540], [30.3200, 59.9565], [30.3150, 59.9600], [30.3120, 59.9630], [30.3110, 59.9665],
      [30.3110, 59.9705], [30.3110, 59.9760]]),
    S('kronverksky-prospekt', 'prospekt', 2, 'Kronverksky Prospekt', 'Кронверкский проспект', [
      [30.3205, 59.9562], [30.3140, 59.9576], [30.3080, 59.9568], [30.3040, 59.9548], [30.3030, 59.9515]]),
    S('bolshoy-prospekt-ps', 'prospekt', 2, 'Bolshoy Prospekt (Petrograd Side)', 'Большой проспект Петроградской стороны', [
      [30.2897, 59.9527], [30.2960, 59.9555], [30.3030, 59.9585], [30.3100, 59.9610], [30.3140, 59.9622]]),
    S('bolshaya-dvoryanskaya-ulitsa', 'street', 2, 'Bolshaya Dvoryanskaya Street', 'Большая Дворянская улица', [
      [30.3268, 59.9528], [30.3310, 59.9551], [30.3352, 59.9578]]),
    // ——— Vyborg side ———
    S('bolshoy-sampsonievsky-prospekt', 'prospekt', 1, 'Bolshoy Sampsonievsky Prospekt', 'Большой Сампсониевский проспект', [
      [30.3397, 59.9581], [30.3410, 59.9620], [30.3425, 59.9670], [30.3440, 59.9720], [30.3450, 59.9770], [30.3440, 59.9830]]),
    S('nizhegorodskaya-ulitsa', 'street', 2, 'Nizhegorodskaya Street', 'Нижегородская улица', [
      [30.3495, 59.9535], [30.3495, 59.9600], [30.3500, 59.9650]]),
    S('simbirskaya-ulitsa', 'street', 3, 'Simbirskaya Street', 'Симбирская улица', [
      [30.3560, 59.9545], [30.3700, 59.9548], [30.3850, 59.9556]]),
  ];
}
