/**
 * What curator text may contain. The app shows every text as text (never as HTML), so these
 * rules keep out what would show up wrong or mislead: invisible control, format and bidirectional
 * characters, markup that would appear as typed, and links that are not web addresses.
 */

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Bidirectional controls: they can reorder what a reader sees ("Trojan source"). */
const BIDI_NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** Characters that show nothing but change how a text breaks, joins, is searched or read aloud. */
const INVISIBLE_NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
};

/** C0 and C1 controls (a line break, a tab, a bell …), the byte-order mark and the line/paragraph separators. */
function isInvisibleControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0xfeff || code === 0x2028 || code === 0x2029;
}

const TAG = /<\/?[a-zA-Z][^<>]*>|<!--/;
const ENTITY = /&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/;
/** Schemes that run or embed something when followed; text may mention web addresses only. */
const SCRIPT_SCHEME = /\b(?:javascript|vbscript):|\bdata:[a-z]+\/|\bfile:\/\//i;

/** Why a text may not be shown as it is, or undefined when it is fine. */
export function textFault(text: string): string | undefined {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const where = `at character ${i + 1}`;
    if (BIDI_NAMES[code])
      return `contains the bidirectional control ${hex(code)} ${BIDI_NAMES[code]} ${where}, which can reorder what a visitor reads; remove it`;
    if (INVISIBLE_NAMES[code])
      return `contains the invisible character ${hex(code)} ${INVISIBLE_NAMES[code]} ${where}, which shows nothing but changes how the text breaks and is searched; remove it`;
    if (isInvisibleControl(code)) {
      const name = code === 0x0a ? 'a line break' : code === 0x09 ? 'a tab' : `the invisible control character ${hex(code)}`;
      return `contains ${name} ${where}; write the text on one line, without control characters`;
    }
  }
  const tag = TAG.exec(text);
  if (tag) return `contains the HTML tag "${tag[0].slice(0, 40)}"; write plain text (the app shows text exactly as written, so the tag would appear as typed)`;
  const entity = ENTITY.exec(text);
  if (entity) return `contains the HTML entity "${entity[0]}"; type the character itself (the app would show "${entity[0]}" as typed)`;
  const scheme = SCRIPT_SCHEME.exec(text);
  if (scheme) return `contains a "${scheme[0].toLowerCase()}" address; text may mention only http:// or https:// addresses`;
  return undefined;
}

/** Why a link may not be offered to a visitor, or undefined when it is a plain web address. */
export function linkFault(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return `"${link.slice(0, 80)}" is not a web address (a link starts with https:// or http://)`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `"${url.protocol}" links are not allowed; a link must start with https:// or http://`;
  }
  if (!url.hostname.includes('.')) return `"${link.slice(0, 80)}" has no public host name (e.g. https://www.example.org/…)`;
  if (url.username || url.password) return 'a link must not carry a user name or password';
  return undefined;
}
