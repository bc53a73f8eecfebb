import type { UnitLevel } from '@govindex/contracts';
import { foldVietnamese } from '@govindex/domain';
import { validIsoDate } from '@govindex/domain';
import { BREAK } from './normalize-text.js';
import { DOCUMENT_SYMBOL } from './references.js';

/** The document-type line under the heading ("KẾ HOẠCH", "QUYẾT ĐỊNH"…), which ends the heading block. */
const DOCUMENT_TYPE =
  /^(KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|NGHỊ ĐỊNH|THÔNG TƯ|THÔNG BÁO|CÔNG VĂN|BÁO CÁO|CHƯƠNG TRÌNH|HƯỚNG DẪN|TỜ TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)\s*$/;

export interface DocumentHeading {
  /** Index of the document-type line in the lines, or -1. */
  typeLine: number;
  /** "KẾ HOẠCH", "QUYẾT ĐỊNH"…, or null when the document does not say. */
  type: string | null;
  /** The lines above it: issuer, number, place and date. */
  lines: string[];
}

export function readHeading(lines: readonly string[]): DocumentHeading {
  const searchEnd = Math.min(lines.length, 60);
  for (let index = 0; index < searchEnd; index++) {
    const match = DOCUMENT_TYPE.exec(lines[index] ?? '');
    if (match?.[1]) {
      return { typeLine: index, type: match[1], lines: lines.slice(0, index).filter((line) => line && line !== BREAK) };
    }
  }
  return { typeLine: -1, type: null, lines: [] };
}

/** Kinds of unit as the heading writes them, longest first, with the level each names. */
const UNIT_KINDS: ReadonlyArray<{ words: string; label: string; level: UnitLevel | 'city' }> = [
  { words: 'thành phố', label: 'Thành phố', level: 'city' },
  { words: 'thị trấn', label: 'Thị trấn', level: 'commune' },
  { words: 'thị xã', label: 'Thị xã', level: 'district' },
  { words: 'đặc khu', label: 'Đặc khu', level: 'commune' },
  { words: 'phường', label: 'Phường', level: 'commune' },
  { words: 'huyện', label: 'Huyện', level: 'district' },
  { words: 'quận', label: 'Quận', level: 'district' },
  { words: 'tỉnh', label: 'Tỉnh', level: 'province' },
  { words: 'xã', label: 'Xã', level: 'commune' },
];

/** Cities directly under the central government: a "Thành phố" among them is a province, others are districts. */
const CENTRAL_CITIES = new Set(['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue']);

export interface UnitMention {
  name: string;
  level: UnitLevel | null;
}

function unitOf(kindWords: string, rawName: string): UnitMention | null {
  const kind = UNIT_KINDS.find(({ words }) => words === kindWords.toLocaleLowerCase('vi'));
  const name = titleCase(rawName.trim());
  if (!kind || !name) return null;
  const level = kind.level === 'city' ? (CENTRAL_CITIES.has(foldVietnamese(name)) ? 'province' : 'district') : kind.level;
  return { name: `${kind.label} ${name}`, level };
}

function titleCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}

const KIND_ALTERNATIVES = UNIT_KINDS.map(({ words }) => words).join('|');
/** The kinds in running text, where the first letter may be a capital ("Xã Đức Hợp", "thị trấn Như Quỳnh"). */
const TEXT_KINDS = UNIT_KINDS.map(({ words }) => `[${words[0]}${words[0]?.toLocaleUpperCase('vi')}]${words.slice(1)}`).join('|');
const TEXT_NAME = String.raw`(?:\p{Lu}\p{Ll}*|\d{1,2})(?:\s\p{Lu}\p{Ll}*){0,3}`;
/** "PHƯỜNG DỊ SỬ", "THÀNH PHỐ HỒ CHÍ MINH": a unit line of the heading, in capitals. */
const HEADING_UNIT = new RegExp(`^(${KIND_ALTERNATIVES.toLocaleUpperCase('vi')})\\s+((?:\\p{Lu}+|\\d{1,2})(?:\\s+\\p{Lu}+){0,4})`, 'u');
/** "thị trấn Như Quỳnh", "Xã Đức Hợp", "phường 3": a unit named in running text. */
const TEXT_UNIT = new RegExp(`(?<!\\p{L})(${TEXT_KINDS})\\s+(${TEXT_NAME})`, 'u');
/** "UBND thị trấn Như Quỳnh ban hành Kế hoạch": the unit issuing the plan, in its opening. */
const ISSUING_UNIT = new RegExp(`(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(${TEXT_KINDS})\\s+(${TEXT_NAME})\\s+ban hành`, 'u');

/** The issuing unit named by the heading ("ỦY BAN NHÂN DÂN" over "PHƯỜNG DỊ SỬ"). */
export function unitFromHeading(headingLines: readonly string[]): UnitMention | null {
  for (const line of headingLines) {
    if (/^XÃ HỘI CHỦ NGHĨA/.test(line)) continue;
    const match = HEADING_UNIT.exec(line);
    if (match?.[1] && match[2]) return unitOf(match[1], match[2]);
  }
  return null;
}

/** A heading without a local unit ("ỦY BAN THƯỜNG VỤ QUỐC HỘI"): the issuing body as written, no level. */
export function issuingBodyFromHeading(headingLines: readonly string[]): UnitMention | null {
  const issuer: string[] = [];
  for (const line of headingLines) {
    if (/CỘNG HÒA|CỘNG HOÀ|XÃ HỘI CHỦ NGHĨA|^Số\b|Độc lập/u.test(line)) continue;
    if (line === line.toLocaleUpperCase('vi') && /\p{L}/u.test(line)) issuer.push(line);
  }
  return issuer.length ? { name: issuer.join(' '), level: null } : null;
}

/** The first unit named in running text, or null. */
export function unitInText(text: string): UnitMention | null {
  const match = TEXT_UNIT.exec(text);
  return match?.[1] && match[2] ? unitOf(match[1], match[2]) : null;
}

/** The unit that issues the plan, as its opening says: "UBND thị trấn Như Quỳnh ban hành Kế hoạch". */
export function unitIssuingInText(text: string): UnitMention | null {
  const match = ISSUING_UNIT.exec(text);
  return match?.[1] && match[2] ? unitOf(match[1], match[2]) : null;
}

/** "Số: 308/KH-UBND"; null when the heading leaves the number blank ("Số:      /KH-UBND"). */
export function numberFromHeading(headingLines: readonly string[]): { number: string | null; blank: boolean } {
  for (const line of headingLines) {
    const match = /^Số\s*:?\s*(.*)$/u.exec(line);
    if (!match) continue;
    const symbol = new RegExp(`^(${DOCUMENT_SYMBOL})`, 'u').exec(match[1]?.replace(/\s+\//g, '/') ?? '');
    return { number: symbol?.[1] ?? null, blank: !symbol };
  }
  return { number: null, blank: false };
}

/**
 * The issue date of the heading ("Hà Nội, ngày 17 tháng 11 năm 2025", possibly over two lines). A
 * heading that leaves the day blank ("ngày    tháng 3 năm 2024") gives no date but its month and year.
 */
export function dateFromHeading(headingLines: readonly string[]): { date: string | null; partial: { month: number; year: number } | null } {
  const text = headingLines.join(' ');
  const full = /ngày\s+(\d{1,2})\s*(?:tháng\s+|\/)(\d{1,2})\s*(?:năm\s+|\/)(\d{4})/iu.exec(text);
  if (full) return { date: validIsoDate(Number(full[3]), Number(full[2]), Number(full[1])), partial: null };
  const partial = /ngày\s*[.…\s]*tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(text);
  return { date: null, partial: partial ? { month: Number(partial[1]), year: Number(partial[2]) } : null };
}

/** Roles that sign a plan, alone on their line, after "TM."/"KT." or not. */
const SIGNING_ROLE =
  /^(?:(?:TM|KT|TL|TUQ|Q)\.\s*)*(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|BÍ THƯ)$/u;
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,4}$/u;

/** The name under the last signing role ("CHỦ TỊCH" / "KT. CHỦ TỊCH" + "PHÓ CHỦ TỊCH"), or null. */
export function signerOf(lines: readonly string[]): string | null {
  const content = lines.filter((line) => line && line !== BREAK);
  let signer: string | null = null;
  content.forEach((line, index) => {
    if (!SIGNING_ROLE.test(line)) return;
    // Beside "Nơi nhận", a PDF's lines alternate between the two columns: look a few lines on.
    const name = content.slice(index + 1, index + 8).find((next) => PERSON_NAME.test(next));
    if (name) signer = name;
  });
  return signer;
}
