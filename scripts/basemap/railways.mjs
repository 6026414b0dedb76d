// Railway lines into the five Petrograd termini (schematic, within the basemap area).
import { feature, roundLine } from './lib.mjs';

const R = (id, en, ru, station, line) => feature(id, { type: 'LineString', coordinates: roundLine(line) }, { name: { en, ru }, station });

export function build() {
  return [
    R('baltic-railway', 'Baltic Railway', 'Балтийская железная дорога', 'baltic-station',
      [[30.2996, 59.9078], [30.2990, 59.9050], [30.2975, 59.9000], [30.2945, 59.8940], [30.2900, 59.8880], [30.2840, 59.8820], [30.2780, 59.8760]]),
    R('warsaw-railway', 'Northwestern (Warsaw) Railway', 'Северо-Западная (Варшавская) железная дорога', 'warsaw-station',
      [[30.3058, 59.9080], [30.3055, 59.9050], [30.3055, 59.9000], [30.3060, 59.8940], [30.3065, 59.8880], [30.3070, 59.8800], [30.3075, 59.8740]]),
    R('tsarskoselskaya-railway', 'Tsarskoye Selo Railway', 'Царскосельская железная дорога', 'tsarskoselsky-station',
      [[30.3290, 59.9190], [30.3298, 59.9150], [30.3308, 59.9100], [30.3318, 59.9050], [30.3328, 59.9000], [30.3345, 59.8920], [30.3362, 59.8840], [30.3380, 59.8760]]),
    R('nikolaevskaya-railway', 'Nikolaevskaya Railway', 'Николаевская железная дорога', 'nikolaevsky-station',
      [[30.3625, 59.9285], [30.3650, 59.9255], [30.3685, 59.9215], [30.3720, 59.9170], [30.3760, 59.9120], [30.3800, 59.9065],
        [30.3850, 59.9005], [30.3915, 59.8930], [30.3990, 59.8860], [30.4070, 59.8790]]),
    R('finland-railway', 'Finland Railway', 'Финляндская железная дорога', 'finland-station',
      [[30.3560, 59.9570], [30.3552, 59.9620], [30.3530, 59.9680], [30.3495, 59.9740], [30.3440, 59.9800], [30.3370, 59.9855],
        [30.3290, 59.9905], [30.3230, 59.9970], [30.3190, 60.0040], [30.3160, 60.0100]]),
  ];
}
