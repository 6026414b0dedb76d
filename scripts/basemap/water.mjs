// Water of the 1917 city. Coordinates are [lon, lat]. Banks are hand-digitised (see README).
import { banks, channel, polygon, feature } from './lib.mjs';

const n = (en, ru) => ({ en, ru });

// ——— Neva proper: from the Strelka/Palace Bridge upstream past Smolny, the Okhta mouth and south ———
const nevaLeft = [
  [30.3078, 59.9398], // overlaps the start of the Bolshaya Neva
  [30.3092, 59.9402], // Palace Bridge, south end
  // Palace Embankment: straight (~56°) from the Palace Bridge through the quay point 59.94123/30.31263
  // (Winter Palace) to the Marble Palace front (see README, "Centre accuracy pass")
  [30.3120, 59.9410], [30.3150, 59.9420], [30.3181, 59.9430], // Winter Palace; Winter Canal mouth
  [30.3210, 59.9439], [30.3240, 59.9449], [30.3268, 59.9458], // Hermitage Theatre … Marble Palace
  [30.3288, 59.9463], // Troitsky Bridge, south end (Suvorov Square)
  [30.3310, 59.9469], [30.3340, 59.9475], [30.3370, 59.9479], [30.3386, 59.9481], // Summer Garden, Fontanka mouth
  // Kutuzov (1917: Frantsuzskaya) Emb.: 20-30 m further north, so that its published street point 59.94861/30.34 is on land
  [30.3410, 59.9491], [30.3450, 59.9497], [30.3492, 59.9499], // Liteyny Bridge, south end
  // Voskresenskaya Emb.: the memorial at the descent to the water (59.94991/30.36359) is on the parapet line
  [30.3540, 59.9499], [30.3600, 59.9499], [30.3660, 59.9499], [30.3720, 59.9499],
  [30.3780, 59.9499], [30.3840, 59.9498], [30.3890, 59.9500], [30.3930, 59.9504],
  [30.3965, 59.9504], [30.3992, 59.9497], [30.4005, 59.9482], [30.4004, 59.9462], // Smolny bend
  [30.3995, 59.9440], [30.3987, 59.9424], // Peter the Great Bridge, west end
  [30.3978, 59.9400], [30.3966, 59.9360], [30.3956, 59.9320], [30.3950, 59.9280],
  [30.3955, 59.9245], [30.3975, 59.9200], [30.4005, 59.9160], // Alexander Nevsky Lavra, Obvodny mouth
  [30.4060, 59.9120], [30.4120, 59.9080], [30.4190, 59.9035], [30.4270, 59.8990],
  [30.4350, 59.8940], [30.4430, 59.8890], [30.4510, 59.8840], [30.4590, 59.8790], [30.4660, 59.8750],
];
const nevaRight = [
  [30.3094, 59.9440], // off the Strelka tip
  [30.3108, 59.9488], [30.3130, 59.9480], [30.3165, 59.9476], [30.3200, 59.9481], // Zayachy Island, south shore
  [30.3225, 59.9491], [30.3234, 59.9503], // Zayachy east tip; Kronverksky strait opens north of it
  // Troitsky Bridge: published centre 59.94875/30.32741 and length 582 m put the north abutment at ~59.9513; the bank is
  // under the last arch of the 90 m stone arcade (see README, "Centre accuracy pass")
  [30.3245, 59.9509], [30.3259, 59.9510], // Troitsky Bridge, north bank
  [30.3283, 59.9518], [30.3308, 59.9527], // Petrovskaya Emb.; Peter's Cabin (59.9532/30.3308) ~50 m inland
  [30.3338, 59.9535], [30.3362, 59.9540], [30.3376, 59.9543], // Petrograd spit (Nakhimov school corner)
  [30.3412, 59.9540], // across the mouth of the Bolshaya Nevka
  [30.3440, 59.9535], [30.3470, 59.9532], [30.3495, 59.9531], // Liteyny Bridge, north end
  [30.3550, 59.9530], [30.3610, 59.9529], [30.3670, 59.9528], [30.3730, 59.9529], // Arsenalnaya Emb. (street 59.95306/30.35833; Kresty)
  [30.3790, 59.9531], [30.3850, 59.9536], [30.3910, 59.9541], [30.3960, 59.9543],
  [30.4005, 59.9538], [30.4040, 59.9524], [30.4062, 59.9505], [30.4072, 59.9483], [30.4073, 59.9462], // Okhta
  // Peter the Great Bridge, east end: 335 m from the published centre 59.94271/30.40119 puts the abutment ≈ 35 m west of
  // the former bank line (third centre pass)
  [30.4058, 59.9447], [30.4038, 59.9434],
  [30.4028, 59.9400], [30.4022, 59.9360], [30.4016, 59.9320], [30.4020, 59.9280],
  [30.4035, 59.9240], [30.4062, 59.9200], [30.4100, 59.9162], [30.4160, 59.9122], [30.4230, 59.9080],
  [30.4310, 59.9032], [30.4390, 59.8982], [30.4470, 59.8932], [30.4550, 59.8882], [30.4630, 59.8832], [30.4700, 59.8792],
];

// ——— Bolshaya Neva: Strelka → Gulf; north bank = Vasilievsky Island, south bank = Admiralty side ———
const bolshayaNorth = [
  [30.3102, 59.9436], // in the Neva, east of the Strelka
  [30.3092, 59.9437], [30.3085, 59.9433], [30.3076, 59.9425], // Strelka, south side
  [30.3062, 59.9417], [30.3042, 59.9411], [30.3012, 59.9401], [30.2985, 59.9393], // University Emb. (Kunstkamera)
  [30.2958, 59.9384], [30.2930, 59.9375], [30.2905, 59.9367], [30.2886, 59.9361], // Nikolaevsky Bridge, north end
  [30.2858, 59.9355], [30.2820, 59.9343], [30.2780, 59.9330], [30.2740, 59.9316], // Nikolaevskaya Emb.
  [30.2700, 59.9302], [30.2660, 59.9288], [30.2620, 59.9272], [30.2580, 59.9257], // Mining Institute
  [30.2540, 59.9243], [30.2500, 59.9233], [30.2460, 59.9227], [30.2420, 59.9224], [30.2380, 59.9226],
];
const bolshayaSouth = [
  [30.3110, 59.9405], // in the Neva, east of Palace Bridge
  [30.3092, 59.9402], [30.3060, 59.9392], [30.3035, 59.9380], [30.3010, 59.9368], // Admiralty Emb., Senate Square
  [30.2985, 59.9358], [30.2960, 59.9350], [30.2932, 59.9343], [30.2904, 59.9337], // English Emb.; Nikolaevsky Br. S end
  [30.2870, 59.9327], [30.2830, 59.9318], [30.2800, 59.9308], [30.2770, 59.9295], // Blagoveshchenskaya Sq., New Admiralty
  [30.2740, 59.9281], [30.2716, 59.9266], [30.2700, 59.9252], // Moika mouth
  [30.2682, 59.9236], [30.2662, 59.9216], [30.2647, 59.9197], [30.2632, 59.9178], [30.2618, 59.9163], // Fontanka mouth
  [30.2580, 59.9150], [30.2540, 59.9141], [30.2490, 59.9138], [30.2440, 59.9140], [30.2380, 59.9132],
  [30.2360, 59.9180],
];

// ——— Malaya Neva: Strelka → Gulf; south bank = Vasilievsky & Goloday, north bank = Petrograd side & Petrovsky ———
const malayaSouth = [
  [30.3104, 59.9446], [30.3092, 59.9443], [30.3086, 59.9447], [30.3076, 59.9452], [30.3055, 59.9455], // Strelka, north side
  [30.3040, 59.9456], // Birzhevoy Bridge, south end
  [30.3010, 59.9462], [30.2980, 59.9470], [30.2950, 59.9479], [30.2920, 59.9488], [30.2890, 59.9497], // Makarova Emb.
  [30.2868, 59.9503], // Tuchkov Bridge, south end
  [30.2840, 59.9509], [30.2825, 59.9512], // head of the Smolenka
  [30.2790, 59.9521], [30.2740, 59.9534], [30.2690, 59.9547], [30.2640, 59.9559], // Goloday Island, north shore
  [30.2590, 59.9570], [30.2540, 59.9580], [30.2490, 59.9588], [30.2440, 59.9594], [30.2405, 59.9600],
];
const malayaNorth = [
  [30.3106, 59.9484], [30.3098, 59.9494], [30.3096, 59.9502], // Zayachy Island, west end
  [30.3087, 59.9507], [30.3078, 59.9496], // across the west mouth of the Kronverksky strait
  // Mytninskaya Emb.: its published street point 59.94889/30.30694 lies ≈ 15 m behind this bank (third centre pass)
  [30.3068, 59.9487], [30.3055, 59.9480], [30.3042, 59.9476], // Birzhevoy Bridge, north end
  [30.3020, 59.9484], [30.2990, 59.9492], [30.2960, 59.9501], [30.2930, 59.9510], [30.2905, 59.9518], // Dobrolyubova
  [30.2893, 59.9523], [30.2885, 59.9528], // Tuchkov Bridge north end; Zhdanovka mouth
  [30.2860, 59.9538], [30.2820, 59.9551], [30.2770, 59.9566], [30.2720, 59.9580], // Petrovsky Island, south shore
  [30.2670, 59.9593], [30.2620, 59.9603], [30.2570, 59.9611], [30.2520, 59.9618], [30.2480, 59.9626],
  [30.2400, 59.9612],
];

// ——— Bolshaya Nevka: from the Neva at the Petrograd side north and west to the Gulf ———
const bNevkaWest = [
  [30.3372, 59.9537], // in the Neva
  // Petrogradskaya Emb.: the Aurora's berth (59.95539/30.33786) lies ~15 m off this quay
  [30.3378, 59.9545], [30.3376, 59.9555], [30.3370, 59.9565], [30.3357, 59.9580], // Sampsonievsky Br. W end
  [30.3350, 59.9605], [30.3342, 59.9630], [30.3334, 59.9655], [30.3326, 59.9678], // Grenadersky Br. W end
  [30.3320, 59.9690], // Karpovka mouth
  [30.3310, 59.9705], [30.3290, 59.9725], [30.3262, 59.9745], [30.3230, 59.9760], [30.3200, 59.9770], // Aptekarsky
  [30.3180, 59.9774], [30.3178, 59.9786], // mouth of the Malaya Nevka; Kamenny Island east tip
  [30.3150, 59.9805], [30.3110, 59.9822], [30.3060, 59.9838], [30.3010, 59.9850], [30.2960, 59.9858], // Kamenny
  [30.2910, 59.9864], [30.2885, 59.9868], // head of the Srednyaya Nevka
  [30.2850, 59.9874], [30.2800, 59.9879], [30.2740, 59.9882], [30.2680, 59.9883], [30.2620, 59.9882], // Yelagin
  [30.2560, 59.9878], [30.2500, 59.9871], [30.2460, 59.9862], [30.2420, 59.9868],
];
const bNevkaEast = [
  [30.3420, 59.9536], // in the Neva
  [30.3410, 59.9548], [30.3400, 59.9563], [30.3393, 59.9580], // Pirogovskaya Emb.; Sampsonievsky Br. E end
  [30.3386, 59.9605], [30.3378, 59.9630], [30.3370, 59.9655], [30.3362, 59.9678], // Grenadersky Br. E end
  [30.3350, 59.9700], [30.3330, 59.9725], [30.3300, 59.9750], [30.3265, 59.9771], [30.3228, 59.9790], // Vyborg side
  [30.3190, 59.9810], [30.3150, 59.9829], [30.3100, 59.9846], [30.3040, 59.9862], [30.2975, 59.9874], // Novaya Derevnya
  [30.2905, 59.9883], [30.2830, 59.9890], [30.2750, 59.9895], [30.2670, 59.9897], [30.2590, 59.9897], // Staraya Derevnya
  [30.2510, 59.9895], [30.2450, 59.9893], [30.2410, 59.9892],
];

// ——— Malaya Nevka: from the Bolshaya Nevka at Kamenny Island west to the Gulf ———
// Fourth pass: the Karpovka's mouth (Molodezhny Bridge, 59.96778/30.28278) lies ≈ 190 m south of the bank drawn
// earlier, so both banks of the Malaya Nevka are lowered around it (tapering to 0 at lon 30.2975/30.29 and 30.26).
// Only the south bank is fixed by a published point; the Krestovsky shore just keeps the river's former width.
const lowered = (maxShift, east, mid, west) => ([lon, lat]) => {
  const f = lon >= mid ? (east - lon) / (east - mid) : (lon - west) / (mid - west);
  return [lon, lat - maxShift * Math.max(0, Math.min(1, f))];
};
const mNevkaSouth = [
  [30.3198, 59.9773], [30.3170, 59.9772], [30.3130, 59.9768], [30.3090, 59.9765], [30.3050, 59.9762], // Aptekarsky
  [30.3010, 59.9758], [30.2975, 59.9752], [30.2962, 59.9748], // Karpovka mouth
  [30.2940, 59.9741], [30.2910, 59.9730], [30.2880, 59.9718], [30.2850, 59.9707], [30.2825, 59.9697], // Zhdanovka mouth
  [30.2790, 59.9687], [30.2750, 59.9676], [30.2700, 59.9665], [30.2650, 59.9655], [30.2600, 59.9646], // Petrovsky
  [30.2560, 59.9640], [30.2520, 59.9635], [30.2480, 59.9632], [30.2440, 59.9636],
].map(lowered(0.0017, 30.2975, 30.2835, 30.26));
const mNevkaNorth = [
  [30.3198, 59.9784], [30.3170, 59.9786], [30.3130, 59.9783], [30.3090, 59.9780], [30.3050, 59.9777], // Kamenny
  [30.3010, 59.9773], [30.2970, 59.9768], [30.2935, 59.9762], [30.2912, 59.9757], // mouth of the Krestovka
  [30.2880, 59.9746], [30.2850, 59.9735], [30.2810, 59.9721], [30.2770, 59.9708], [30.2720, 59.9695], // Krestovsky
  [30.2670, 59.9684], [30.2620, 59.9675], [30.2570, 59.9668], [30.2520, 59.9664], [30.2480, 59.9662], [30.2440, 59.9660],
].map(lowered(0.0016, 30.29, 30.2835, 30.26));

// ——— Gulf of Finland (Neva Bay) along the 1917 shore ———
const gulf = [
  [30.1800, 59.8700], [30.2250, 59.8700], [30.2300, 59.8850], [30.2330, 59.8980], [30.2350, 59.9080], // Gutuevsky, port
  [30.2370, 59.9125], [30.2405, 59.9133], [30.2410, 59.9180], [30.2405, 59.9222], // mouth of the Bolshaya Neva
  [30.2385, 59.9240], [30.2365, 59.9270], [30.2352, 59.9310], [30.2345, 59.9350], // Galernaya Gavan, Vasilievsky
  [30.2342, 59.9390], [30.2344, 59.9430], [30.2350, 59.9465], [30.2358, 59.9484], // Smolenka mouth
  [30.2368, 59.9505], [30.2380, 59.9530], [30.2395, 59.9560], [30.2410, 59.9588], [30.2425, 59.9603], // Goloday
  [30.2460, 59.9618], [30.2490, 59.9627], [30.2468, 59.9640], // Petrovsky Island, west tip
  [30.2440, 59.9665], [30.2380, 59.9682], [30.2330, 59.9702], [30.2312, 59.9725], [30.2330, 59.9745], // Krestovsky
  [30.2415, 59.9772], [30.2435, 59.9800], [30.2445, 59.9830], [30.2450, 59.9860], [30.2440, 59.9880], // Yelagin
  [30.2420, 59.9900], [30.2350, 59.9925], [30.2250, 59.9955], [30.2150, 59.9985], [30.2000, 60.0040], // Lakhta shore
  [30.1800, 60.0100],
];

const rivers = [
  ['neva', 'river', n('Neva', 'Нева'), banks(nevaLeft, nevaRight)],
  ['bolshaya-neva', 'river', n('Bolshaya Neva', 'Большая Нева'), banks(bolshayaNorth, bolshayaSouth)],
  ['malaya-neva', 'river', n('Malaya Neva', 'Малая Нева'), banks(malayaSouth, malayaNorth)],
  ['bolshaya-nevka', 'river', n('Bolshaya Nevka', 'Большая Невка'), banks(bNevkaWest, bNevkaEast)],
  ['malaya-nevka', 'river', n('Malaya Nevka', 'Малая Невка'), banks(mNevkaSouth, mNevkaNorth)],
  ['gulf-of-finland', 'gulf', n('Gulf of Finland (Neva Bay)', 'Финский залив (Невская губа)'), polygon(gulf)],
];

// ——— channels given by centre line and width (m) ———
const channels = [
  ['srednyaya-nevka', 'river', n('Srednyaya Nevka', 'Средняя Невка'), 100, [
    [30.2892, 59.9873], [30.2880, 59.9855], [30.2868, 59.9835], [30.2850, 59.9815], [30.2815, 59.9800],
    [30.2770, 59.9792], [30.2710, 59.9787], [30.2650, 59.9782], [30.2590, 59.9777], [30.2530, 59.9772],
    [30.2470, 59.9767], [30.2410, 59.9762], [30.2350, 59.9758]]],
  ['krestovka', 'river', n('Krestovka', 'Крестовка'), 35, [
    [30.2915, 59.9753], [30.2905, 59.9768], [30.2890, 59.9785], [30.2870, 59.9805], [30.2852, 59.9820]]],
  ['kronverksky-strait', 'strait', n('Kronverksky Strait', 'Кронверкский пролив'), 55, [
    [30.3080, 59.9502], [30.3100, 59.9517], [30.3125, 59.9523], [30.3148, 59.9524], [30.3180, 59.9526], // 59.95240/30.31483
    [30.3205, 59.9527], [30.3224, 59.9523], [30.3240, 59.9514], [30.3247, 59.9505]]], // Ioannovsky Br. 59.95233/30.32242
  ['zhdanovka', 'river', n('Zhdanovka', 'Ждановка'), 45, [
    [30.2886, 59.9522], [30.2893, 59.9545], [30.2890, 59.9575], [30.2878, 59.9605], [30.2860, 59.9635],
    [30.2842, 59.9660], [30.2822, 59.9669], [30.2805, 59.9677]]], // into the Malaya Nevka west of the Karpovka mouth
  // Karpovka (fourth pass): through the published centres of the Aptekarsky (source), Silin, Geslerovsky, Karpovsky and
  // Molodezhny (mouth) bridges; it had been drawn 150-300 m too far north and ended ≈ 1 km too far east
  ['karpovka', 'river', n('Karpovka', 'Карповка'), 30, [
    [30.3336, 59.9671], [30.3319, 59.9672], // Aptekarsky Bridge 59.96722/30.33194 (source)
    [30.3240, 59.9680], [30.3160, 59.9688], [30.3075, 59.9697], // Silin Bridge 59.96972/30.3075 (Kamennoostrovsky Pr.)
    [30.3042, 59.9692], [30.3011, 59.9700], // Geslerovsky 59.96917/30.30417; Karpovsky 59.97/30.30111 (Ioannovsky convent)
    [30.2960, 59.9694], [30.2900, 59.9687], [30.2850, 59.9681], [30.2828, 59.9678], // Molodezhny Bridge 59.96778/30.28278
    [30.2818, 59.9686]]], // into the Malaya Nevka
  ['smolenka', 'river', n('Smolenka', 'Смоленка'), 40, [
    [30.2832, 59.9514], [30.2805, 59.9503], [30.2765, 59.9496], [30.2720, 59.9492], [30.2680, 59.9489],
    [30.2630, 59.9485], [30.2580, 59.9481], [30.2530, 59.9478], [30.2480, 59.9477], [30.2430, 59.9478],
    [30.2390, 59.9479], [30.2340, 59.9480]]],
  ['okhta', 'river', n('Okhta', 'Охта'), 60, [
    [30.4055, 59.9455], [30.4100, 59.9466], [30.4150, 59.9480], [30.4200, 59.9495], [30.4250, 59.9512],
    [30.4300, 59.9535], [30.4350, 59.9560], [30.4400, 59.9590], [30.4440, 59.9620]]],
  // Fontanka, Moika, Ekaterininsky and Kryukov: centre lines through the published centres of their bridges
  // (third centre pass, see README; the reference points are in scripts/basemap/accuracy.mjs)
  ['fontanka', 'river', n('Fontanka', 'Фонтанка'), 60, [
    [30.3363, 59.9487], [30.3366, 59.9479], [30.3369, 59.9470], // source at the Neva 59.94806/30.33639; Summer Palace
    [30.3376, 59.9446], [30.3383, 59.9421], // Panteleimonovsky Bridge 59.94208/30.33828
    [30.3387, 59.9415], [30.3401, 59.9404], [30.3418, 59.9391], // Chizhik on the west wall; Mikhailovsky Castle
    [30.3431, 59.9381], // Belinsky (Simeonovsky) Bridge 59.93806/30.34306
    [30.3441, 59.9360], [30.3439, 59.9345], [30.3434, 59.9333], // Anichkov Bridge 59.93327/30.34339
    [30.3415, 59.9312], [30.3388, 59.9297], [30.3358, 59.9286], // Lomonosov (Chernyshev) Bridge 59.92861/30.33583
    [30.3330, 59.9275], [30.3300, 59.9264], [30.3269, 59.9252], // Semenovsky Bridge 59.9252/30.3269 (Gorokhovaya)
    [30.3240, 59.9240], [30.3210, 59.9228], [30.3178, 59.9217], // Obukhovsky Bridge 59.92167/30.31778
    [30.3130, 59.9205], [30.3078, 59.9193], // Izmailovsky Bridge, on the line of Voznesensky Prospekt
    [30.3025, 59.9181], [30.2972, 59.9169], // Egyptian Bridge 59.91686/30.29717
    [30.2920, 59.9166], [30.2860, 59.9164], [30.2794, 59.9164], // Malo-Kalinkin 59.91667/30.28111; Staro-Kalinkin 59.9164/30.2794
    [30.2745, 59.9160], [30.2700, 59.9158], [30.2660, 59.9163], [30.2610, 59.9172]]],
  ['moika', 'river', n('Moika', 'Мойка'), 35, [
    [30.3388, 59.9418], [30.3360, 59.9417], [30.3320, 59.9417], [30.3288, 59.9417], // from the Fontanka along the Field of Mars
    [30.3255, 59.9412], [30.3225, 59.9408], [30.3195, 59.9404], // Teatralny 59.9416/30.3289; Winter Canal
    [30.3199, 59.9400], [30.3202, 59.9393], // Pevchesky Bridge 59.94001/30.31942 (kept ≈ 25 m east: Guards HQ site on the west bank)
    [30.3201, 59.9380], [30.3198, 59.9361], // Zeleny (Politseysky) Bridge 59.93611/30.31972 (Nevsky)
    [30.3190, 59.9345], [30.3172, 59.9336], [30.3152, 59.9331], // Krasny Bridge 59.9331/30.3152 (Gorokhovaya)
    [30.3120, 59.9323], [30.3086, 59.9316], // Siny Bridge 59.9316/30.3086
    [30.3045, 59.9311], [30.3008, 59.9305], // Pochtamtsky Bridge 59.93049/30.30078
    [30.2985, 59.9297], [30.2968, 59.9289], [30.2950, 59.9283], // Potseluev Bridge 59.92833/30.295
    [30.2930, 59.9278], [30.2880, 59.9272], [30.2820, 59.9265], [30.2770, 59.9262], [30.2730, 59.9258],
    [30.2690, 59.9256]]],
  ['ekaterininsky-canal', 'canal', n('Ekaterininsky Canal', 'Екатерининский канал'), 30, [
    [30.3288, 59.9419], [30.3289, 59.9405], [30.3283, 59.9390], // head 59.9415/30.32875 (Teatralny Bridge); Church of the Saviour
    [30.3270, 59.9373], [30.3265, 59.9362], [30.3262, 59.9353], // Italian Bridge 59.93725/30.32703; Kazansky Bridge 59.9353/30.3262 (Nevsky)
    [30.3257, 59.9335], [30.3249, 59.9322], // Bankovsky Bridge 59.93216/30.32493
    [30.3232, 59.9312], [30.3210, 59.9306], [30.3191, 59.9304], // Kamenny Bridge 59.9304/30.3191 (Gorokhovaya)
    // west of Sennaya Square (fourth centre pass): Demidov Bridge 59.92869/30.31553, Sennoy Bridge 59.92653/30.31515
    [30.3173, 59.9296], [30.3155, 59.9287], [30.3151, 59.9276], [30.3152, 59.9265],
    [30.3136, 59.9258], // Kokushkin Bridge 59.92584/30.31359
    [30.3108, 59.9262], [30.3081, 59.9264], // Voznesensky Bridge 59.92639/30.30806
    [30.3048, 59.9266], [30.3014, 59.9269], // Lviny Bridge 59.92689/30.30139
    [30.3018, 59.9250], [30.3012, 59.9228], [30.2998, 59.9214], [30.2987, 59.9210], // Kryukov crossing (Semimostye 59.92096/30.29873)
    [30.2955, 59.9198], [30.2920, 59.9190], [30.2885, 59.9180], [30.2850, 59.9172], [30.2811, 59.9167], // Malo-Kalinkin 59.91667/30.28111
    [30.2806, 59.9162]]],
  ['kryukov-canal', 'canal', n('Kryukov Canal', 'Крюков канал'), 25, [
    [30.2960, 59.9356], [30.2965, 59.9330], [30.2970, 59.9305], [30.2974, 59.9285], // New Holland; Moika
    [30.2979, 59.9260], [30.2983, 59.9235], [30.2987, 59.9210], // straight to the Ekaterininsky crossing (Semimostye)
    [30.2992, 59.9192], [30.2997, 59.9172]]], // Fontanka at the Krasnoarmeysky Bridge
  ['admiralteysky-canal', 'canal', n('Admiralteysky Canal', 'Адмиралтейский канал'), 20, [
    [30.2968, 59.9312], [30.2930, 59.9305], [30.2895, 59.9296], [30.2868, 59.9281]]],
  ['winter-canal', 'canal', n('Winter Canal', 'Зимняя канавка'), 16, [[30.3180, 59.9433], [30.3183, 59.9426], [30.3188, 59.9410], [30.3193, 59.9403]]],
  ['swan-canal', 'canal', n('Swan Canal', 'Лебяжья канавка'), 18, [[30.3316, 59.9474], [30.3318, 59.9445], [30.3320, 59.9418]]],
  ['ekateringofka', 'river', n('Ekateringofka', 'Екатерингофка'), 40, [
    [30.2700, 59.9157], [30.2690, 59.9130], [30.2700, 59.9100], [30.2712, 59.9080], [30.2680, 59.9060],
    [30.2620, 59.9046], [30.2560, 59.9046], [30.2500, 59.9055], [30.2440, 59.9065], [30.2380, 59.9075],
    [30.2330, 59.9080]]],
  ['obvodny-canal', 'canal', n('Obvodny Canal', 'Обводный канал'), 35, [
    [30.4040, 59.9148], [30.3950, 59.9140], [30.3870, 59.9130], [30.3780, 59.9120], [30.3700, 59.9112],
    [30.3620, 59.9103], [30.3540, 59.9095], [30.3450, 59.9089], [30.3350, 59.9085], [30.3260, 59.9084], // Tsarskoselsky line
    [30.3180, 59.9088], [30.3100, 59.9096], [30.3050, 59.9100], // Warsaw and Baltic stations lie south of the canal
    [30.2990, 59.9089], [30.2930, 59.9084], [30.2860, 59.9082], [30.2790, 59.9082], [30.2715, 59.9080]]],
];

export function buildWater() {
  const features = rivers.map(([id, kind, name, geom]) => feature(id, geom, { kind, name }));
  for (const [id, kind, name, width, line] of channels) features.push(feature(id, channel(line, width), { kind, name }));
  return features;
}
