// The water of 1917 outside the box where the OpenStreetMap extract is complete (and where the
// extract's big rivers end): hand-drawn, joined to the extract's cut ends. Coordinates are
// [lon, lat]. The inside of the box comes from geo/basemap/source/ (see water.mjs).
import { banks, channel, polygon } from './lib.mjs';

const n = (en, ru) => ({ en, ru });

// ——— Gulf of Finland (Neva Bay) along the 1917 shore: west of it the later reclamation (Morskaya
// Emb., the west of Vasilievsky, Dekabristov and Krestovsky islands) was open water ———
const gulf = [
  [30.1, 59.84], // beyond the edge of the map (its bounds reach lon 30.14, lat 59.855)
  [30.222, 59.84],
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
  [30.14, 60.02],
  [30.1, 60.03],
];

// ——— The Bolshaya Nevka north and west of the extract's cut at Aptekarsky Island (30.3203/59.9780
// – 30.3228/59.9793), round Kamenny and Yelagin islands to the Gulf ———
const bNevkaSouth = [
  [30.32031, 59.97796], // the extract's cut, Aptekarsky side
  [30.3192, 59.979],
  [30.3185, 59.9797], // Kamenny Island, east tip
  [30.315, 59.9812],
  [30.311, 59.9826],
  [30.306, 59.984],
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
const bNevkaNorth = [
  [30.32284, 59.97928], // the extract's cut, Vyborg side
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

// ——— The head of the Malaya Nevka, between the extract's cut (30.3060/59.9803 – 30.3091/59.9785)
// and the Bolshaya Nevka ———
const mNevkaHeadSouth = [
  [30.30911, 59.97847], // the extract's cut, Aptekarsky side
  [30.3125, 59.9786],
  [30.316, 59.9784],
  [30.32031, 59.97796],
];
const mNevkaHeadNorth = [
  [30.306, 59.98028], // the extract's cut, Kamenny side
  [30.31, 59.9802],
  [30.314, 59.9801],
  [30.3172, 59.9799],
  [30.3205, 59.9793], // in the Bolshaya Nevka
];

// ——— The Neva above the extract's south-east corner (cut at 30.45 E / 59.88 N): a schematic
// continuation of its banks on their bearing (≈ 155°) to the edge of the map ———
const nevaSouthWest = [
  [30.44795, 59.88],
  [30.4605, 59.867],
  [30.474, 59.852],
];
const nevaSouthEast = [
  [30.45, 59.88361],
  [30.4585, 59.8765],
  [30.4715, 59.8625],
  [30.4845, 59.848],
];

export const HAND_RIVERS = [
  ['gulf-of-finland', 'gulf', n('Gulf of Finland (Neva Bay)', 'Финский залив (Невская губа)'), polygon(gulf)],
  ['bolshaya-nevka-north', 'river', n('Bolshaya Nevka', 'Большая Невка'), banks(bNevkaSouth, bNevkaNorth)],
  ['malaya-nevka-head', 'river', n('Malaya Nevka', 'Малая Невка'), banks(mNevkaHeadSouth, mNevkaHeadNorth)],
  ['neva-upstream', 'river', n('Neva', 'Нева'), banks(nevaSouthWest, nevaSouthEast)],
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
  ], // into the Malaya Nevka,
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
      [30.4015, 59.9447], // in the Neva
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
  // (third centre pass, see README; the reference points are in scripts/basemap/accuracy.mjs),
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
];

export const HAND_CHANNELS = channels.map(([id, kind, name, width, line]) => [id, kind, name, channel(line, width)]);
