// Railway lines into the five Petrograd termini (schematic, within the basemap area).
import { feature, roundLine } from './lib.mjs';

const R = (id, en, ru, station, line) => feature(id, { type: 'LineString', coordinates: roundLine(line) }, { name: { en, ru }, station });

export function build() {
  return [
    R('baltic-railway', 'Baltic Railway', 'Балтийская железная дорога', 'baltic-station', [
      [30.2996, 59.9078],
      [30.299, 59.905],
      [30.2975, 59.9],
      [30.2945, 59.894],
      [30.29, 59.888],
      [30.284, 59.882],
      [30.278, 59.876],
    ]),
    R('warsaw-railway', 'Northwestern (Warsaw) Railway', 'Северо-Западная (Варшавская) железная дорога', 'warsaw-station', [
      [30.3058, 59.908],
      [30.3055, 59.905],
      [30.3055, 59.9],
      [30.306, 59.894],
      [30.3065, 59.888],
      [30.307, 59.88],
      [30.3075, 59.874],
    ]),
    R('tsarskoselskaya-railway', 'Tsarskoye Selo Railway', 'Царскосельская железная дорога', 'tsarskoselsky-station', [
      [30.329, 59.919],
      [30.3298, 59.915],
      [30.3308, 59.91],
      [30.3318, 59.905],
      [30.3328, 59.9],
      [30.3345, 59.892],
      [30.3362, 59.884],
      [30.338, 59.876],
    ]),
    R('nikolaevskaya-railway', 'Nikolaevskaya Railway', 'Николаевская железная дорога', 'nikolaevsky-station', [
      [30.3625, 59.9285],
      [30.365, 59.9255],
      [30.3685, 59.9215],
      [30.372, 59.917],
      [30.376, 59.912],
      [30.38, 59.9065],
      [30.385, 59.9005],
      [30.3915, 59.893],
      [30.399, 59.886],
      [30.407, 59.879],
    ]),
    R('finland-railway', 'Finland Railway', 'Финляндская железная дорога', 'finland-station', [
      [30.356, 59.957],
      [30.3552, 59.962],
      [30.353, 59.968],
      [30.3495, 59.974],
      [30.344, 59.98],
      [30.337, 59.9855],
      [30.329, 59.9905],
      [30.323, 59.997],
      [30.319, 60.004],
      [30.316, 60.01],
    ]),
  ];
}
