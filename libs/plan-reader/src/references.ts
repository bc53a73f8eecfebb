import type { PlanReference } from '@govindex/contracts';
import { leadingDate } from './dates.js';

/**
 * The number and symbol of a Vietnamese document: "06/CT-CTUBND", "42/2022/NĐ-CP", "1666/NQ-UBTVQH15",
 * and the Party's form "57-NQ/TW", "10-CTr/TU".
 */
export const DOCUMENT_SYMBOL = [
  String.raw`\d{1,5}[a-z]?(?:\/\d{4})?\/[A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-Za-zĐđ0-9&]+)*`,
  String.raw`\d{1,5}-[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐ][A-Za-zĐđ0-9]*`,
].join('|');

/** Kinds of document a plan implements or cites, as written before their number. */
const REFERENCE_KINDS = [
  'Kế hoạch',
  'Chỉ thị',
  'Quyết định',
  'Quyêt định',
  'Nghị quyết',
  'Nghị định',
  'Thông tư',
  'Chương trình hành động',
  'Chương trình',
  'Công văn',
  'Kết luận',
  'Hướng dẫn',
];

const REFERENCE = new RegExp(`(?:${REFERENCE_KINDS.join('|')})(?:\\s+số)?\\s+(${DOCUMENT_SYMBOL})`, 'giu');
/** Words after which an issuer's name has ended ("của UBND tỉnh về nâng cao…"). */
const ISSUER_END = new RegExp(
  String.raw`\s+(?:về|v\/v|quy định|ban hành|hướng dẫn|phê duyệt|tại|theo|trong|nhằm|để|đã|giao|thực hiện|triển khai|` +
    String.raw`công bố|sửa đổi|bổ sung|năm \d{4})(?=\s|$)|[,;.:()“”"]`,
  'iu',
);
/**
 * "và" ends the issuer before a lower-case word or a new clause ("UBND tỉnh và Thực hiện Kế hoạch…") but
 * not inside a name ("Bộ Lao động - Thương binh và Xã hội").
 */
const AND_ENDS_ISSUER =
  /\s+và\s+(?=\p{Ll}|(?:Thực hiện|Triển khai|Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Nghị định|Thông tư|Chương trình|Căn cứ)(?=\s|$))/u;

/**
 * Every document the text cites by number ("Kế hoạch số 180/KH-UBND ngày 29/12/2023 của UBND huyện"),
 * with its date and issuer when written right after it. Each number appears once: later mentions fill
 * in a date or issuer the first one lacked. `exclude` holds the plan's own number.
 */
export function findReferences(text: string, exclude: ReadonlyArray<string | null> = []): PlanReference[] {
  const flat = text.replace(/\s+/g, ' ');
  const excluded = new Set(exclude.filter((number): number is string => !!number).map(symbolKey));
  const byNumber = new Map<string, PlanReference>();
  for (const match of flat.matchAll(REFERENCE)) {
    const number = match[1];
    if (!number || excluded.has(symbolKey(number))) continue;
    let rest = flat.slice(match.index + match[0].length);
    const date = leadingDate(rest);
    if (date) rest = rest.slice(date.length);
    const issuer = readIssuer(rest);
    const known = byNumber.get(symbolKey(number));
    if (!known) {
      byNumber.set(symbolKey(number), { number, date: date?.iso ?? null, issuer });
      continue;
    }
    known.date ??= date?.iso ?? null;
    if (issuer && (!known.issuer || isShouted(known.issuer))) known.issuer = issuer;
  }
  return [...byNumber.values()];
}

function readIssuer(rest: string): string | null {
  const owner = /^\s*của\s+(.+)$/iu.exec(rest.slice(0, 160));
  if (!owner?.[1]) return null;
  const end = ISSUER_END.exec(owner[1]);
  let issuer = end ? owner[1].slice(0, end.index) : owner[1];
  const and = AND_ENDS_ISSUER.exec(issuer);
  if (and) issuer = issuer.slice(0, and.index);
  issuer = issuer.replace(/\s+(?:và|của|về|các)\s*$/u, '').trim();
  const words = issuer.split(' ');
  return issuer && words.length <= 14 ? issuer : null;
}

/** Numbers compare without case and with "Đ" as "D", as typists vary ("QĐ-UBND", "QD-UBND"). */
function symbolKey(number: string): string {
  return number.toUpperCase().replace(/Đ/g, 'D');
}

function isShouted(text: string): boolean {
  return text === text.toLocaleUpperCase('vi');
}
