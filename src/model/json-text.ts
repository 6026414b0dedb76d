/**
 * Parses a curator's JSON file and keeps where each value stands in it, so that every problem
 * can name its line. The positions come from Microsoft's `jsonc-parser` (the parser of VS Code's
 * JSON support), which gives the offset of every node and a plain code for each syntax error;
 * comments and trailing commas, which it can allow, are refused here, since the files are JSON.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type JsonPath = readonly (string | number)[];

export interface JsonText {
  value: unknown;
  /** The 1-based line of the value at `path` (of its field name, for a field), or of the nearest enclosing value that exists. */
  lineAt(path: JsonPath): number;
  /** Fields written twice in one object (JSON keeps only the last): each with the lines of both. */
  repeatedFields: { path: JsonPath; first: number; again: number }[];
}

export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

export type ParsedJson = { ok: true; json: JsonText } | { ok: false; error: JsonSyntaxError };

const BOM = '\uFEFF';

/** 1-based line and column of each offset, by a binary search over the line starts. */
function positions(text: string) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}

const hex = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Turns the parser's first error into a place and a reason a curator can act on. */
function describe(text: string, error: ParseError): { offset: number; reason: string } {
  const token = text.slice(error.offset, error.offset + error.length);
  switch (printParseErrorCode(error.error)) {
    case 'CommaExpected': {
      // The comma belongs after the previous value, usually at the end of an earlier line.
      let end = error.offset;
      while (end > 0 && /\s/.test(text[end - 1] as string)) end -= 1;
      return { offset: end, reason: 'a comma is missing here, between two items' };
    }
    case 'ValueExpected':
      if (error.offset >= text.trimEnd().length) return { offset: error.offset, reason: 'the file ends where a value was expected (is it cut short?)' };
      if (token === ']' || token === '}') return { offset: error.offset, reason: `a value is missing before "${token}" (a comma after the last item?)` };
      return { offset: error.offset, reason: `expected a value (text in double quotes, a number, true, false, null, [ … ] or { … }), found "${token}"` };
    case 'PropertyNameExpected':
      if (token === '}') return { offset: error.offset, reason: 'a field is missing before "}" (a comma after the last field?)' };
      return { offset: error.offset, reason: `expected a field name in double quotes, found "${token}"` };
    case 'ColonExpected':
      return { offset: error.offset, reason: 'expected ":" after the field name' };
    case 'CloseBraceExpected':
      return { offset: error.offset, reason: 'an object is not closed: a "}" is missing' };
    case 'CloseBracketExpected':
      return { offset: error.offset, reason: 'a list is not closed: a "]" is missing' };
    case 'EndOfFileExpected':
      return { offset: error.offset, reason: `unexpected "${token}" after the end of the data (one "}" or "]" too many?)` };
    case 'InvalidCommentToken':
      return { offset: error.offset, reason: 'comments are not allowed in JSON' };
    case 'UnexpectedEndOfString':
      return { offset: error.offset, reason: 'a text in double quotes is not closed on its line (a missing "?)' };
    case 'InvalidCharacter': {
      const at = token.split('').findIndex((char) => char < ' ');
      const char = token[at] ?? '';
      const name = char === '\t' ? 'a tab' : `the control character ${hex(char)}`;
      return { offset: error.offset + Math.max(at, 0), reason: `${name} inside double quotes (write \\t for a tab, or remove it)` };
    }
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode': {
      const at = Math.max(token.search(/\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/), 0);
      return { offset: error.offset + at, reason: `"${token.slice(at, at + 2)}" is not a valid escape (write \\\\ for a backslash)` };
    }
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { offset: error.offset, reason: `"${token}" is not a valid number` };
    case 'InvalidSymbol':
      if (token.startsWith("'")) return { offset: error.offset, reason: 'text must be in double quotes ("…"), not single quotes' };
      return { offset: error.offset, reason: `unexpected "${token}" (text must be in double quotes)` };
    default:
      return { offset: error.offset, reason: 'is not valid JSON here' };
  }
}

function lineFinder(root: Node, lineOf: (offset: number) => number) {
  return (path: JsonPath): number => {
    const at = [...path];
    for (;;) {
      const node = at.length === 0 ? root : findNodeAtLocation(root, at);
      if (node) return lineOf(node.parent?.type === 'property' ? node.parent.offset : node.offset);
      at.pop();
    }
  };
}

function findRepeatedFields(root: Node, lineOf: (offset: number) => number): JsonText['repeatedFields'] {
  const found: JsonText['repeatedFields'] = [];
  const visit = (node: Node, path: (string | number)[]) => {
    if (node.type === 'object') {
      const seen = new Map<string, number>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || typeof key.value !== 'string') continue;
        const first = seen.get(key.value);
        if (first !== undefined) found.push({ path: [...path, key.value], first: lineOf(first), again: lineOf(property.offset) });
        else seen.set(key.value, property.offset);
        if (value) visit(value, [...path, key.value]);
      }
    } else if (node.type === 'array') {
      node.children?.forEach((child, i) => visit(child, [...path, i]));
    }
  };
  visit(root, []);
  return found;
}

/** Parses a JSON text that may start with a UTF-8 byte-order mark and use CRLF line ends. */
export function parseJsonText(raw: string): ParsedJson {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  const at = positions(text);
  if (text.trim() === '') return { ok: false, error: { line: 1, column: 1, reason: 'the file is empty' } };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first || !root) {
    const { offset, reason } = first ? describe(text, first) : { offset: 0, reason: 'is not valid JSON' };
    return { ok: false, error: { ...at(offset), reason } };
  }
  const lineOf = (offset: number) => at(offset).line;
  return {
    ok: true,
    json: { value: JSON.parse(text) as unknown, lineAt: lineFinder(root, lineOf), repeatedFields: findRepeatedFields(root, lineOf) },
  };
}
