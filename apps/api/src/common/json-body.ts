import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * JSON bodies: the largest a person's work needs (a plan of 1,000 tasks with their products is about
 * 1 MB), shaped like the API's requests. Every body is one object; no request nests deeper than a plan
 * (plan → tasks → task → timeline), has a list longer than 1,000 (a plan's tasks, a report's items) or
 * an object with more than a few dozen fields. The limits below leave ample room and are checked on
 * the raw bytes before anything is parsed: a body nested 10,000 levels deep exhausted the stack of the
 * validation (a 500), and a 2 MB list of a million numbers kept validation busy for 3 s per request.
 */
export const JSON_BODY_LIMITS = { bytes: 2 * 1024 * 1024, depth: 32, arrayItems: 10_000, objectKeys: 1_000 } as const;

/** Form bodies (urlencoded) are not used by the API: small and flat. */
export const URLENCODED_BODY_LIMITS = { bytes: 100 * 1024, parameters: 200 } as const;

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

export interface JsonShape {
  /** The first byte that is not white space or a byte order mark: `{`, `[`, or something else. */
  root: string;
  depth: number;
  /** The most items of one array, and the most fields of one object. */
  arrayItems: number;
  objectKeys: number;
}

/**
 * The shape of JSON text read byte by byte without parsing it (strings skipped): how deep objects and
 * arrays nest, and how many items the longest of each holds. Stops as soon as a limit is passed.
 */
export function jsonShape(bytes: Uint8Array, limits: Omit<typeof JSON_BODY_LIMITS, 'bytes'> = JSON_BODY_LIMITS): JsonShape {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
  const shape: JsonShape = { root: start < bytes.length ? String.fromCharCode(bytes[start]!) : '', depth: 0, arrayItems: 0, objectKeys: 0 };
  // For each open container: whether it is an array, and its commas so far.
  const isArray: boolean[] = [];
  const commas: number[] = [];
  let inString = false;
  for (let index = start; index < bytes.length; index++) {
    const byte = bytes[index];
    if (inString) {
      if (byte === BACKSLASH) index++;
      else if (byte === QUOTE) inString = false;
      continue;
    }
    if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      isArray.push(byte === OPEN_BRACKET);
      commas.push(0);
      if (isArray.length > shape.depth) {
        shape.depth = isArray.length;
        if (shape.depth > limits.depth) return shape;
      }
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      isArray.pop();
      commas.pop();
    } else if (byte === COMMA && commas.length > 0) {
      const items = ++commas[commas.length - 1]! + 1;
      if (isArray[isArray.length - 1]) {
        shape.arrayItems = Math.max(shape.arrayItems, items);
        if (items > limits.arrayItems) return shape;
      } else {
        shape.objectKeys = Math.max(shape.objectKeys, items);
        if (items > limits.objectKeys) return shape;
      }
    }
  }
  return shape;
}

/** Why a JSON body's shape is refused, in Vietnamese; null when it is fine. */
export function jsonShapeProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return null;
  const shape = jsonShape(bytes);
  if (shape.root !== '{') return 'Nội dung gửi lên phải là một đối tượng JSON ({…}).';
  if (shape.depth > JSON_BODY_LIMITS.depth) return `Nội dung JSON lồng nhau quá ${JSON_BODY_LIMITS.depth} cấp.`;
  if (shape.arrayItems > JSON_BODY_LIMITS.arrayItems) return `Nội dung JSON có danh sách quá ${JSON_BODY_LIMITS.arrayItems.toLocaleString('vi-VN')} phần tử.`;
  if (shape.objectKeys > JSON_BODY_LIMITS.objectKeys) return `Nội dung JSON có đối tượng quá ${JSON_BODY_LIMITS.objectKeys.toLocaleString('vi-VN')} trường.`;
  return null;
}

/** body-parser's `verify` hook: refuses (400) a body of the wrong shape (see JSON_BODY_LIMITS) before it is parsed. */
export function refuseMisshapenJson(_request: IncomingMessage, _response: ServerResponse, body: Buffer): void {
  const problem = jsonShapeProblem(body);
  if (problem) throw Object.assign(new Error(problem), { status: 400, type: 'entity.verify.failed' });
}
