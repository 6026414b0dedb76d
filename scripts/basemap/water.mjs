// Water of the 1917 city. Coordinates are [lon, lat]. Banks are hand-digitised (see README).
import { banks, channel, polygon, feature } from './lib.mjs';

const n = (en, ru) => ({ en, ru });

// ——— Neva proper: from the Strelka/Palace Bridge upstream past Smolny, the Okhta mouth and south ———
const nevaLeft = [
  [30.3078, 59.9398], // overlaps the start of the Bolshaya Neva
  [30.3092, 59.9402], // Palace Bridge, south end
  // Palace Embankment: straight (~56°) from the Palace Bridge through the quay point 59.94123/30.31263
  // (Winter Palace) to the Marble Palace front (see README, "Centre accuracy pass")
  [30.312, 59.941],
  [30.315, 59.942],
  [30.3181, 59.943], // Winter Palace; Winter Canal mouth
  [30.321, 59.9439],
  [30.324, 59.9449],
  [30.3268, 59.9458], // Hermitage Theatre … Marble Palace
  [30.3288, 59.9463], // Troitsky Bridge, south end (Suvorov Square)
  [30.331, 59.9469],
  [30.334, 59.9475],
  [30.337, 59.9479],
  [30.3386, 59.9481], // Summer Garden, Fontanka mouth
  // Kutuzov (1917: Frantsuzskaya) Emb.: 20-30 m further north, so that its published street point 59.94861/30.34 is on land
  [30.341, 59.9491],
  [30.345, 59.9497],
  [30.3492, 59.9499], // Liteyny Bridge, south end
  // Voskresenskaya Emb.: the memorial at the descent to the water (59.94991/30.36359) is on the parapet line
  [30.354, 59.9499],
  [30.36, 59.9499],
  [30.366, 59.9499],
  [30.372, 59.9499],
  [30.378, 59.9499],
  [30.384, 59.9498],
  [30.389, 59.95],
  [30.393, 59.9504],
  [30.3965, 59.9504],
  [30.3992, 59.9497],
  [30.4005, 59.9482],
  [30.4004, 59.9462], // Smolny bend
  [30.3995, 59.944],
  [30.3987, 59.9424], // Peter the Great Bridge, west end
  [30.3978, 59.94],
  [30.3966, 59.936],
  [30.3956, 59.932],
  [30.395, 59.928],
  [30.3955, 59.9245],
  [30.3975, 59.92],
  [30.4005, 59.916], // Alexander Nevsky Lavra, Obvodny mouth
  [30.406, 59.912],
  [30.412, 59.908],
  [30.419, 59.9035],
  [30.427, 59.899],
  [30.435, 59.894],
  [30.443, 59.889],
  [30.451, 59.884],
  [30.459, 59.879],
  [30.466, 59.875],
];
const nevaRight = [
  [30.3094, 59.944], // off the Strelka tip
  [30.3108, 59.9488],
  [30.313, 59.948],
  [30.3165, 59.9476],
  [30.32, 59.9481], // Zayachy Island, south shore
  [30.3225, 59.9491],
  [30.3234, 59.9503], // Zayachy east tip; Kronverksky strait opens north of it
  // Troitsky Bridge: published centre 59.94875/30.32741 and length 582 m put the north abutment at ~59.9513; the bank is
  // under the last arch of the 90 m stone arcade (see README, "Centre accuracy pass")
  [30.3245, 59.9509],
  [30.3259, 59.951], // Troitsky Bridge, north bank
  [30.3283, 59.9518],
  [30.3308, 59.9527], // Petrovskaya Emb.; Peter's Cabin (59.9532/30.3308) ~50 m inland
  [30.3338, 59.9535],
  [30.3362, 59.954],
  [30.3376, 59.9543], // Petrograd spit (Nakhimov school corner)
  [30.3412, 59.954], // across the mouth of the Bolshaya Nevka
  [30.344, 59.9535],
  [30.347, 59.9532],
  [30.3495, 59.9531], // Liteyny Bridge, north end
  [30.355, 59.953],
  [30.361, 59.9529],
  [30.367, 59.9528],
  [30.373, 59.9529], // Arsenalnaya Emb. (street 59.95306/30.35833; Kresty)
  [30.379, 59.9531],
  [30.385, 59.9536],
  [30.391, 59.9541],
  [30.396, 59.9543],
  [30.4005, 59.9538],
  [30.404, 59.9524],
  [30.4062, 59.9505],
  [30.4072, 59.9483],
  [30.4073, 59.9462], // Okhta
  // Peter the Great Bridge, east end: 335 m from the published centre 59.94271/30.40119 puts the abutment ≈ 35 m west of
  // the former bank line (third centre pass)
  [30.4058, 59.9447],
  [30.4038, 59.9434],
  [30.4028, 59.94],
  [30.4022, 59.936],
  [30.4016, 59.932],
  [30.402, 59.928],
  [30.4035, 59.924],
  [30.4062, 59.92],
  [30.41, 59.9162],
  [30.416, 59.9122],
  [30.423, 59.908],
  [30.431, 59.9032],
  [30.439, 59.8982],
  [30.447, 59.8932],
  [30.455, 59.8882],
  [30.463, 59.8832],
  [30.47, 59.8792],
];

// ——— Bolshaya Neva: Strelka → Gulf; north bank = Vasilievsky Island, south bank = Admiralty side ———
const bolshayaNorth = [
  [30.3102, 59.9436], // in the Neva, east of the Strelka
  [30.3092, 59.9437],
  [30.3085, 59.9433],
  [30.3076, 59.9425], // Strelka, south side
  [30.3062, 59.9417],
  [30.3042, 59.9411],
  [30.3012, 59.9401],
  [30.2985, 59.9393], // University Emb. (Kunstkamera)
  [30.2958, 59.9384],
  [30.293, 59.9375],
  [30.2905, 59.9367],
  [30.2886, 59.9361], // Nikolaevsky Bridge, north end
  [30.2858, 59.9355],
  [30.282, 59.9343],
  [30.278, 59.933],
  [30.274, 59.9316], // Nikolaevskaya Emb.
  [30.27, 59.9302],
  [30.266, 59.9288],
  [30.262, 59.9272],
  [30.258, 59.9257], // Mining Institute
  [30.254, 59.9243],
  [30.25, 59.9233],
  [30.246, 59.9227],
  [30.242, 59.9224],
  [30.238, 59.9226],
];
const bolshayaSouth = [
  [30.311, 59.9405], // in the Neva, east of Palace Bridge
  [30.3092, 59.9402],
  [30.306, 59.9392],
  [30.3035, 59.938],
  [30.301, 59.9368], // Admiralty Emb., Senate Square
  [30.2985, 59.9358],
  [30.296, 59.935],
  [30.2932, 59.9343],
  [30.2904, 59.9337], // English Emb.; Nikolaevsky Br. S end
  [30.287, 59.9327],
  [30.283, 59.9318],
  [30.28, 59.9308],
  [30.277, 59.9295], // Blagoveshchenskaya Sq., New Admiralty
  [30.274, 59.9281],
  [30.2716, 59.9266],
  [30.27, 59.9252], // Moika mouth
  [30.2682, 59.9236],
  [30.2662, 59.9216],
  [30.2647, 59.9197],
  [30.2632, 59.9178],
  [30.2618, 59.9163], // Fontanka mouth
  [30.258, 59.915],
  [30.254, 59.9141],
  [30.249, 59.9138],
  [30.244, 59.914],
  [30.238, 59.9132],
  [30.236, 59.918],
];

// ——— Malaya Neva: Strelka → Gulf; south bank = Vasilievsky & Goloday, north bank = Petrograd side & Petrovsky ———
const malayaSouth = [
  [30.3104, 59.9446],
  [30.3092, 59.9443],
  [30.3086, 59.9447],
  [30.3076, 59.9452],
  [30.3055, 59.9455], // Strelka, north side
  [30.304, 59.9456], // Birzhevoy Bridge, south end
  [30.301, 59.9462],
  [30.298, 59.947],
  [30.295, 59.9479],
  [30.292, 59.9488],
  [30.289, 59.9497], // Makarova Emb.
  [30.2868, 59.9503], // Tuchkov Bridge, south end
  [30.284, 59.9509],
  [30.2825, 59.9512], // head of the Smolenka
  [30.279, 59.9521],
  [30.274, 59.9534],
  [30.269, 59.9547],
  [30.264, 59.9559], // Goloday Island, north shore
  [30.259, 59.957],
  [30.254, 59.958],
  [30.249, 59.9588],
  [30.244, 59.9594],
  [30.2405, 59.96],
];
const malayaNorth = [
  [30.3106, 59.9484],
  [30.3098, 59.9494],
  [30.3096, 59.9502], // Zayachy Island, west end
  [30.3087, 59.9507],
  [30.3078, 59.9496], // across the west mouth of the Kronverksky strait
  // Mytninskaya Emb.: its published street point 59.94889/30.30694 lies ≈ 15 m behind this bank (third centre pass)
  [30.3068, 59.9487],
  [30.3055, 59.948],
  [30.3042, 59.9476], // Birzhevoy Bridge, north end
  [30.302, 59.9484],
  [30.299, 59.9492],
  [30.296, 59.9501],
  [30.293, 59.951],
  [30.2905, 59.9518], // Dobrolyubova
  [30.2893, 59.9523],
  [30.2885, 59.9528], // Tuchkov Bridge north end; Zhdanovka mouth
  [30.286, 59.9538],
  [30.282, 59.9551],
  [30.277, 59.9566],
  [30.272, 59.958], // Petrovsky Island, south shore
  [30.267, 59.9593],
  [30.262, 59.9603],
  [30.257, 59.9611],
  [30.252, 59.9618],
  [30.248, 59.9626],
  [30.24, 59.9612],
];

// ——— Bolshaya Nevka: from the Neva at the Petrograd side north and west to the Gulf ———
const bNevkaWest = [
  [30.3372, 59.9537], // in the Neva
  // Petrogradskaya Emb.: the Aurora's berth (59.95539/30.33786) lies ~15 m off this quay
  [30.3378, 59.9545],
  [30.3376, 59.9555],
  [30.337, 59.9565],
  [30.3357, 59.958], // Sampsonievsky Br. W end
  [30.335, 59.9605],
  [30.3342, 59.963],
  [30.3334, 59.9655],
  [30.3326, 59.9678], // Grenadersky Br. W end
  [30.332, 59.969], // Karpovka mouth
  [30.331, 59.9705],
  [30.329, 59.9725],
  [30.3262, 59.9745],
  [30.323, 59.976],
  [30.32, 59.977], // Aptekarsky
  [30.318, 59.9774],
  [30.3178, 59.9786], // mouth of the Malaya Nevka; Kamenny Island east tip
  [30.315, 59.9805],
  [30.311, 59.9822],
  [30.306, 59.9838],
  [30.301, 59.985],
  [30.296, 59.9858], // Kamenny
  [30.291, 59.9864],
  [30.2885, 59.9868], // head of the Srednyaya Nevka
  [30.285, 59.9874],
  [30.28, 59.9879],
  [30.274, 59.9882],
  [30.268, 59.9883],
  [30.262, 59.9882], // Yelagin
  [30.256, 59.9878],
  [30.25, 59.9871],
  [30.246, 59.9862],
  [30.242, 59.9868],
];
const bNevkaEast = [
  [30.342, 59.9536], // in the Neva
  [30.341, 59.9548],
  [30.34, 59.9563],
  [30.3393, 59.958], // Pirogovskaya Emb.; Sampsonievsky Br. E end
  [30.3386, 59.9605],
  [30.3378, 59.963],
  [30.337, 59.9655],
  [30.3362, 59.9678], // Grenadersky Br. E end
  [30.335, 59.97],
  [30.333, 59.9725],
  [30.33, 59.975],
  [30.3265, 59.9771],
  [30.3228, 59.979], // Vyborg side
  [30.319, 59.981],
  [30.315, 59.9829],
  [30.31, 59.9846],
  [30.304, 59.9862],
  [30.2975, 59.9874], // Novaya Derevnya
  [30.2905, 59.9883],
  [30.283, 59.989],
  [30.275, 59.9895],
  [30.267, 59.9897],
  [30.259, 59.9897], // Staraya Derevnya
  [30.251, 59.9895],
  [30.245, 59.9893],
  [30.241, 59.9892],
];

// ——— Malaya Nevka: from the Bolshaya Nevka at Kamenny Island west to the Gulf ———
// Fourth pass: the Karpovka's mouth (Molodezhny Bridge, 59.96778/30.28278) lies ≈ 190 m south of the bank drawn
// earlier, so both banks of the Malaya Nevka are lowered around it (tapering to 0 at lon 30.2975/30.29 and 30.26).
// Only the south bank is fixed by a published point; the Krestovsky shore just keeps the river's former width.
const lowered =
  (maxShift, east, mid, west) =>
  ([lon, lat]) => {
    const f = lon >= mid ? (east - lon) / (east - mid) : (lon - west) / (mid - west);
    return [lon, lat - maxShift * Math.max(0, Math.min(1, f))];
  };
const mNevkaSouth = [
  [30.3198, 59.9773],
  [30.317, 59.9772],
  [30.313, 59.9768],
  [30.309, 59.9765],
  [30.305, 59.9762], // Aptekarsky
  [30.301, 59.9758],
  [30.2975, 59.9752],
  [30.2962, 59.9748], // Karpovka mouth
  [30.294, 59.9741],
  [30.291, 59.973],
  [30.288, 59.9718],
  [30.285, 59.9707],
  [30.2825, 59.9697], // Zhdanovka mouth
  [30.279, 59.9687],
  [30.275, 59.9676],
  [30.27, 59.9665],
  [30.265, 59.9655],
  [30.26, 59.9646], // Petrovsky
  [30.256, 59.964],
  [30.252, 59.9635],
  [30.248, 59.9632],
  [30.244, 59.9636],
].map(lowered(0.0017, 30.2975, 30.2835, 30.26));
const mNevkaNorth = [
  [30.3198, 59.9784],
  [30.317, 59.9786],
  [30.313, 59.9783],
  [30.309, 59.978],
  [30.305, 59.9777], // Kamenny
  [30.301, 59.9773],
  [30.297, 59.9768],
  [30.2935, 59.9762],
  [30.2912, 59.9757], // mouth of the Krestovka
  [30.288, 59.9746],
  [30.285, 59.9735],
  [30.281, 59.9721],
  [30.277, 59.9708],
  [30.272, 59.9695], // Krestovsky
  [30.267, 59.9684],
  [30.262, 59.9675],
  [30.257, 59.9668],
  [30.252, 59.9664],
  [30.248, 59.9662],
  [30.244, 59.966],
].map(lowered(0.0016, 30.29, 30.2835, 30.26));

// ——— Gulf of Finland (Neva Bay) along the 1917 shore ———
const gulf = [
  [30.18, 59.87],
  [30.225, 59.87],
  [30.23, 59.885],
  [30.233, 59.898],
  [30.235, 59.908], // Gutuevsky, port
  [30.237, 59.9125],
  [30.2405, 59.9133],
  [30.241, 59.918],
  [30.2405, 59.9222], // mouth of the Bolshaya Neva
  [30.2385, 59.924],
  [30.2365, 59.927],
  [30.2352, 59.931],
  [30.2345, 59.935], // Galernaya Gavan, Vasilievsky
  [30.2342, 59.939],
  [30.2344, 59.943],
  [30.235, 59.9465],
  [30.2358, 59.9484], // Smolenka mouth
  [30.2368, 59.9505],
  [30.238, 59.953],
  [30.2395, 59.956],
  [30.241, 59.9588],
  [30.2425, 59.9603], // Goloday
  [30.246, 59.9618],
  [30.249, 59.9627],
  [30.2468, 59.964], // Petrovsky Island, west tip
  [30.244, 59.9665],
  [30.238, 59.9682],
  [30.233, 59.9702],
  [30.2312, 59.9725],
  [30.233, 59.9745], // Krestovsky
  [30.2415, 59.9772],
  [30.2435, 59.98],
  [30.2445, 59.983],
  [30.245, 59.986],
  [30.244, 59.988], // Yelagin
  [30.242, 59.99],
  [30.235, 59.9925],
  [30.225, 59.9955],
  [30.215, 59.9985],
  [30.2, 60.004], // Lakhta shore
  [30.18, 60.01],
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
  [
    'srednyaya-nevka',
    'river',
    n('Srednyaya Nevka', 'Средняя Невка'),
    100,
    [
      [30.2892, 59.9873],
      [30.288, 59.9855],
      [30.2868, 59.9835],
      [30.285, 59.9815],
      [30.2815, 59.98],
      [30.277, 59.9792],
      [30.271, 59.9787],
      [30.265, 59.9782],
      [30.259, 59.9777],
      [30.253, 59.9772],
      [30.247, 59.9767],
      [30.241, 59.9762],
      [30.235, 59.9758],
    ],
  ],
  [
    'krestovka',
    'river',
    n('Krestovka', 'Крестовка'),
    35,
    [
      [30.2915, 59.9753],
      [30.2905, 59.9768],
      [30.289, 59.9785],
      [30.287, 59.9805],
      [30.2852, 59.982],
    ],
  ],
  [
    'kronverksky-strait',
    'strait',
    n('Kronverksky Strait', 'Кронверкский пролив'),
    55,
    [
      [30.308, 59.9502],
      [30.31, 59.9517],
      [30.3125, 59.9523],
      [30.3148, 59.9524],
      [30.318, 59.9526], // 59.95240/30.31483
      [30.3205, 59.9527],
      [30.3224, 59.9523],
      [30.324, 59.9514],
      [30.3247, 59.9505],
    ],
  ], // Ioannovsky Br. 59.95233/30.32242
  [
    'zhdanovka',
    'river',
    n('Zhdanovka', 'Ждановка'),
    45,
    [
      [30.2886, 59.9522],
      [30.2893, 59.9545],
      [30.289, 59.9575],
      [30.2878, 59.9605],
      [30.286, 59.9635],
      [30.2842, 59.966],
      [30.2822, 59.9669],
      [30.2805, 59.9677],
    ],
  ], // into the Malaya Nevka west of the Karpovka mouth
  // Karpovka (fourth pass): through the published centres of the Aptekarsky (source), Silin, Geslerovsky, Karpovsky and
  // Molodezhny (mouth) bridges; it had been drawn 150-300 m too far north and ended ≈ 1 km too far east
  [
    'karpovka',
    'river',
    n('Karpovka', 'Карповка'),
    30,
    [
      [30.3336, 59.9671],
      [30.3319, 59.9672], // Aptekarsky Bridge 59.96722/30.33194 (source)
      [30.324, 59.968],
      [30.316, 59.9688],
      [30.3075, 59.9697], // Silin Bridge 59.96972/30.3075 (Kamennoostrovsky Pr.)
      [30.3042, 59.9692],
      [30.3011, 59.97], // Geslerovsky 59.96917/30.30417; Karpovsky 59.97/30.30111 (Ioannovsky convent)
      [30.296, 59.9694],
      [30.29, 59.9687],
      [30.285, 59.9681],
      [30.2828, 59.9678], // Molodezhny Bridge 59.96778/30.28278
      [30.2818, 59.9686],
    ],
  ], // into the Malaya Nevka
  [
    'smolenka',
    'river',
    n('Smolenka', 'Смоленка'),
    40,
    [
      [30.2832, 59.9514],
      [30.2805, 59.9503],
      [30.2765, 59.9496],
      [30.272, 59.9492],
      [30.268, 59.9489],
      [30.263, 59.9485],
      [30.258, 59.9481],
      [30.253, 59.9478],
      [30.248, 59.9477],
      [30.243, 59.9478],
      [30.239, 59.9479],
      [30.234, 59.948],
    ],
  ],
  [
    'okhta',
    'river',
    n('Okhta', 'Охта'),
    60,
    [
      [30.4055, 59.9455],
      [30.41, 59.9466],
      [30.415, 59.948],
      [30.42, 59.9495],
      [30.425, 59.9512],
      [30.43, 59.9535],
      [30.435, 59.956],
      [30.44, 59.959],
      [30.444, 59.962],
    ],
  ],
  // Fontanka, Moika, Ekaterininsky and Kryukov: centre lines through the published centres of their bridges
  // (third centre pass, see README; the reference points are in scripts/basemap/accuracy.mjs)
  [
    'fontanka',
    'river',
    n('Fontanka', 'Фонтанка'),
    60,
    [
      [30.3363, 59.9487],
      [30.3366, 59.9479],
      [30.3369, 59.947], // source at the Neva 59.94806/30.33639; Summer Palace
      [30.3376, 59.9446],
      [30.3383, 59.9421], // Panteleimonovsky Bridge 59.94208/30.33828
      [30.3387, 59.9415],
      [30.3401, 59.9404],
      [30.3418, 59.9391], // Chizhik on the west wall; Mikhailovsky Castle
      [30.3431, 59.9381], // Belinsky (Simeonovsky) Bridge 59.93806/30.34306
      [30.3441, 59.936],
      [30.3439, 59.9345],
      [30.3434, 59.9333], // Anichkov Bridge 59.93327/30.34339
      [30.3415, 59.9312],
      [30.3388, 59.9297],
      [30.3358, 59.9286], // Lomonosov (Chernyshev) Bridge 59.92861/30.33583
      [30.333, 59.9275],
      [30.33, 59.9264],
      [30.3269, 59.9252], // Semenovsky Bridge 59.9252/30.3269 (Gorokhovaya)
      [30.324, 59.924],
      [30.321, 59.9228],
      [30.3178, 59.9217], // Obukhovsky Bridge 59.92167/30.31778
      [30.313, 59.9205],
      [30.3078, 59.9193], // Izmailovsky Bridge, on the line of Voznesensky Prospekt
      [30.3025, 59.9181],
      [30.2972, 59.9169], // Egyptian Bridge 59.91686/30.29717
      [30.292, 59.9166],
      [30.286, 59.9164],
      [30.2794, 59.9164], // Malo-Kalinkin 59.91667/30.28111; Staro-Kalinkin 59.9164/30.2794
      [30.2745, 59.916],
      [30.27, 59.9158],
      [30.266, 59.9163],
      [30.261, 59.9172],
    ],
  ],
  [
    'moika',
    'river',
    n('Moika', 'Мойка'),
    35,
    [
      [30.3388, 59.9418],
      [30.336, 59.9417],
      [30.332, 59.9417],
      [30.3288, 59.9417], // from the Fontanka along the Field of Mars
      [30.3255, 59.9412],
      [30.3225, 59.9408],
      [30.3195, 59.9404], // Teatralny 59.9416/30.3289; Winter Canal
      [30.3199, 59.94],
      [30.3202, 59.9393], // Pevchesky Bridge 59.94001/30.31942 (kept ≈ 25 m east: Guards HQ site on the west bank)
      [30.3201, 59.938],
      [30.3198, 59.9361], // Zeleny (Politseysky) Bridge 59.93611/30.31972 (Nevsky)
      [30.319, 59.9345],
      [30.3172, 59.9336],
      [30.3152, 59.9331], // Krasny Bridge 59.9331/30.3152 (Gorokhovaya)
      [30.312, 59.9323],
      [30.3086, 59.9316], // Siny Bridge 59.9316/30.3086
      [30.3045, 59.9311],
      [30.3008, 59.9305], // Pochtamtsky Bridge 59.93049/30.30078
      [30.2985, 59.9297],
      [30.2968, 59.9289],
      [30.295, 59.9283], // Potseluev Bridge 59.92833/30.295
      [30.293, 59.9278],
      [30.288, 59.9272],
      [30.282, 59.9265],
      [30.277, 59.9262],
      [30.273, 59.9258],
      [30.269, 59.9256],
    ],
  ],
  [
    'ekaterininsky-canal',
    'canal',
    n('Ekaterininsky Canal', 'Екатерининский канал'),
    30,
    [
      [30.3288, 59.9419],
      [30.3289, 59.9405],
      [30.3283, 59.939], // head 59.9415/30.32875 (Teatralny Bridge); Church of the Saviour
      [30.327, 59.9373],
      [30.3265, 59.9362],
      [30.3262, 59.9353], // Italian Bridge 59.93725/30.32703; Kazansky Bridge 59.9353/30.3262 (Nevsky)
      [30.3257, 59.9335],
      [30.3249, 59.9322], // Bankovsky Bridge 59.93216/30.32493
      [30.3232, 59.9312],
      [30.321, 59.9306],
      [30.3191, 59.9304], // Kamenny Bridge 59.9304/30.3191 (Gorokhovaya)
      // west of Sennaya Square (fourth centre pass): Demidov Bridge 59.92869/30.31553, Sennoy Bridge 59.92653/30.31515
      [30.3173, 59.9296],
      [30.3155, 59.9287],
      [30.3151, 59.9276],
      [30.3152, 59.9265],
      [30.3136, 59.9258], // Kokushkin Bridge 59.92584/30.31359
      [30.3108, 59.9262],
      [30.3081, 59.9264], // Voznesensky Bridge 59.92639/30.30806
      [30.3048, 59.9266],
      [30.3014, 59.9269], // Lviny Bridge 59.92689/30.30139
      [30.3018, 59.925],
      [30.3012, 59.9228],
      [30.2998, 59.9214],
      [30.2987, 59.921], // Kryukov crossing (Semimostye 59.92096/30.29873)
      [30.2955, 59.9198],
      [30.292, 59.919],
      [30.2885, 59.918],
      [30.285, 59.9172],
      [30.2811, 59.9167], // Malo-Kalinkin 59.91667/30.28111
      [30.2806, 59.9162],
    ],
  ],
  [
    'kryukov-canal',
    'canal',
    n('Kryukov Canal', 'Крюков канал'),
    25,
    [
      [30.296, 59.9356],
      [30.2965, 59.933],
      [30.297, 59.9305],
      [30.2974, 59.9285], // New Holland; Moika
      [30.2979, 59.926],
      [30.2983, 59.9235],
      [30.2987, 59.921], // straight to the Ekaterininsky crossing (Semimostye)
      [30.2992, 59.9192],
      [30.2997, 59.9172],
    ],
  ], // Fontanka at the Krasnoarmeysky Bridge
  [
    'admiralteysky-canal',
    'canal',
    n('Admiralteysky Canal', 'Адмиралтейский канал'),
    20,
    [
      [30.2968, 59.9312],
      [30.293, 59.9305],
      [30.2895, 59.9296],
      [30.2868, 59.9281],
    ],
  ],
  [
    'winter-canal',
    'canal',
    n('Winter Canal', 'Зимняя канавка'),
    16,
    [
      [30.318, 59.9433],
      [30.3183, 59.9426],
      [30.3188, 59.941],
      [30.3193, 59.9403],
    ],
  ],
  [
    'swan-canal',
    'canal',
    n('Swan Canal', 'Лебяжья канавка'),
    18,
    [
      [30.3316, 59.9474],
      [30.3318, 59.9445],
      [30.332, 59.9418],
    ],
  ],
  [
    'ekateringofka',
    'river',
    n('Ekateringofka', 'Екатерингофка'),
    40,
    [
      [30.27, 59.9157],
      [30.269, 59.913],
      [30.27, 59.91],
      [30.2712, 59.908],
      [30.268, 59.906],
      [30.262, 59.9046],
      [30.256, 59.9046],
      [30.25, 59.9055],
      [30.244, 59.9065],
      [30.238, 59.9075],
      [30.233, 59.908],
    ],
  ],
  [
    'obvodny-canal',
    'canal',
    n('Obvodny Canal', 'Обводный канал'),
    35,
    [
      [30.404, 59.9148],
      [30.395, 59.914],
      [30.387, 59.913],
      [30.378, 59.912],
      [30.37, 59.9112],
      [30.362, 59.9103],
      [30.354, 59.9095],
      [30.345, 59.9089],
      [30.335, 59.9085],
      [30.326, 59.9084], // Tsarskoselsky line
      [30.318, 59.9088],
      [30.31, 59.9096],
      [30.305, 59.91], // Warsaw and Baltic stations lie south of the canal
      [30.299, 59.9089],
      [30.293, 59.9084],
      [30.286, 59.9082],
      [30.279, 59.9082],
      [30.2715, 59.908],
    ],
  ],
];

export function buildWater() {
  const features = rivers.map(([id, kind, name, geom]) => feature(id, geom, { kind, name }));
  for (const [id, kind, name, width, line] of channels) features.push(feature(id, channel(line, width), { kind, name }));
  return features;
}
