// The main streets of October 1917: the OpenStreetMap extract's primary, secondary and tertiary
// ways (geo/basemap/source/roads.geojson) under the names of geo/basemap/1917/streets.json.
import { feature, metresBetween, readJson, roundLine, simplifyLine, slug } from './lib.mjs';

/** OSM class → rank (1 main artery … 3 lesser street). */
export const RANK = { primary: 1, secondary: 2, tertiary: 3 };
/** Simplification tolerance in metres: a street is drawn as one line, so a metre or two is detail enough at zoom 17. */
const TOLERANCE = 1.5;

const LETTERS = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const TYPES = {
  улица: 'Street',
  проспект: 'Prospekt',
  переулок: 'Lane',
  набережная: 'Embankment',
  площадь: 'Square',
  линия: 'Line',
  бульвар: 'Boulevard',
  шоссе: 'Highway',
  проезд: 'Passage',
  дорога: 'Road',
};

/** English form of a 1917 street name: the words transliterated, the kind of street translated and put last. */
export function transliterate(ru) {
  const word = (w) => {
    const lower = w
      .toLowerCase()
      .replace(/ый$|ий$/, 'ы')
      .replace(/ой$/, 'oй');
    const latin = [...lower].map((c) => LETTERS[c] ?? c).join('');
    return w[0] === w[0].toUpperCase() && w[0] !== w[0].toLowerCase() ? latin[0].toUpperCase() + latin.slice(1) : latin;
  };
  const words = ru.split(' ');
  const kind = words.find((w) => TYPES[w.toLowerCase()]);
  const rest = words.filter((w) => w !== kind).map(word);
  return [...rest, ...(kind ? [TYPES[kind.toLowerCase()]] : [])].join(' ');
}

function kindOf(ru) {
  if (/проспект/.test(ru)) return 'prospekt';
  if (/набережная/.test(ru)) return 'embankment';
  if (/площадь/.test(ru)) return 'square';
  if (/переулок/.test(ru)) return 'lane';
  if (/бульвар/.test(ru)) return 'boulevard';
  return 'street';
}

const key = (p) => `${p[0]},${p[1]}`;

/** Joins lines that meet end to end where no third line meets them (turf's lineMerge, without its dependencies). */
export function mergeLines(lines) {
  const ends = new Map();
  lines.forEach((line, i) => {
    for (const p of [line[0], line[line.length - 1]]) ends.set(key(p), [...(ends.get(key(p)) ?? []), i]);
  });
  const used = new Uint8Array(lines.length);
  const out = [];
  const grow = (chain) => {
    for (;;) {
      const tail = chain[chain.length - 1];
      const next = (ends.get(key(tail)) ?? []).filter((j) => !used[j]);
      if (next.length !== 1 || (ends.get(key(tail)) ?? []).length !== 2) return chain;
      const j = next[0];
      used[j] = 1;
      const line = key(lines[j][0]) === key(tail) ? lines[j] : [...lines[j]].reverse();
      chain.push(...line.slice(1));
    }
  };
  for (let i = 0; i < lines.length; i++) {
    if (used[i]) continue;
    used[i] = 1;
    const forward = grow([...lines[i]]);
    out.push(grow(forward.reverse()));
  }
  return out;
}

const lengthOf = (line) => line.slice(1).reduce((s, p, i) => s + metresBetween(line[i], p), 0);

/**
 * The table entry that names one way of the extract, and which part of the street it is. A street
 * that was two or more differently named streets in 1917 has `parts`, each with its own name,
 * status and source and a `bbox` ([west, south, east, north]) that must hold every vertex of each
 * of its ways: the extract's ways end at the crossings where the names changed, so no way is cut.
 */
export function partOf(entry, coordinates, name) {
  if (!entry.parts) return [entry, 0];
  const inside = ([west, south, east, north]) => coordinates.every(([x, y]) => x >= west && x <= east && y >= south && y <= north);
  const index = entry.parts.findIndex((part) => inside(part.bbox));
  if (index < 0) throw new Error(`a way of "${name}" lies in no part's bbox of geo/basemap/1917/streets.json`);
  return [entry.parts[index], index];
}

export function buildStreets(roads) {
  const { streets: table } = readJson('geo/basemap/1917/streets.json');
  /** "name|rank" → lines */
  const groups = new Map();
  for (const f of roads.features) {
    const { name, highway, bridge } = f.properties;
    if (bridge || highway === 'bridge' || !name || / мост$|^мост /.test(name)) continue;
    if (!table[name]) throw new Error(`street "${name}" (${f.id}) has no entry in geo/basemap/1917/streets.json`);
    const line = roundLine(f.geometry.coordinates);
    const [entry, part] = partOf(table[name], line, name);
    if (entry.status === 'later') continue;
    const rank = RANK[highway];
    const id = `${name}|${part}|${rank}`;
    groups.set(id, [...(groups.get(id) ?? []), line]);
  }
  const features = [];
  const ids = new Set();
  for (const [group, lines] of [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [name, part, rankText] = group.split('|');
    const entry = table[name].parts?.[Number(part)] ?? table[name];
    const ru = entry.ru1917 ?? name;
    const en = entry.en ?? transliterate(ru);
    const chains = mergeLines(lines)
      .map((line) => roundLine(simplifyLine(line, TOLERANCE)))
      .filter((line) => line.length >= 2)
      .sort((a, b) => lengthOf(b) - lengthOf(a) || (key(a[0]) < key(b[0]) ? -1 : 1));
    for (const line of chains) {
      const base = slug(en) || 'street';
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      const labelled = entry.status === 'same' || entry.status === 'renamed';
      features.push(
        feature(
          id,
          { type: 'LineString', coordinates: line },
          {
            kind: kindOf(ru),
            rank: Number(rankText),
            name: { en, ru },
            ...(labelled ? {} : { label: false }),
          },
        ),
      );
    }
  }
  return features;
}
