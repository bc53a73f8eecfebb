import type { KpiTarget, TaskTimeline } from '@govindex/contracts';
import { endOfMonthIso, validIsoDate } from '../calendar/iso-date.js';

type Comparator = KpiTarget['comparator'];

/** Words before a number that say how it binds, longest first so "không dưới" is not read as "dưới". */
const COMPARATOR_WORDS: ReadonlyArray<[string, Comparator]> = [
  ['không vượt quá', 'lte'],
  ['không thấp hơn', 'gte'],
  ['không ít hơn', 'gte'],
  ['không dưới', 'gte'],
  ['không quá', 'lte'],
  ['thấp hơn', 'lt'],
  ['tối thiểu', 'gte'],
  ['ít nhất', 'gte'],
  ['tối đa', 'lte'],
  ['trên', 'gt'],
  ['hơn', 'gt'],
  ['vượt', 'gt'],
  ['dưới', 'lt'],
  ['đạt', 'eq'],
  ['từ', 'gte'],
  ['>=', 'gte'],
  ['≥', 'gte'],
  ['<=', 'lte'],
  ['≤', 'lte'],
  ['>', 'gt'],
  ['<', 'lt'],
];

const COMPARATOR_PATTERN = COMPARATOR_WORDS.map(([word]) => word).join('|');
const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const RATE_OR_PERCENT = new RegExp(
  String.raw`(?:(${COMPARATOR_PATTERN})\s*)?${NUMBER}\s*(%|lần\s*(?:\/|mỗi|trong|một|trên)\s*(năm|quý|tháng))(\s*trở\s*(?:lên|xuống))?`,
  'giu',
);
/** "ít nhất 2 hội nghị": a bare count binds only with a comparator, else "08 nội dung" would be a target. */
const COUNT = new RegExp(
  String.raw`(không dưới|không ít hơn|ít nhất|tối thiểu|tối đa|không quá)\s*${NUMBER}\s+(?!lần\b|%)(\p{L}+(?:\s\p{L}+)?)`,
  'giu',
);
const PERIOD_UNIT: Record<string, KpiTarget['unit']> = { năm: 'per_year', quý: 'per_quarter', tháng: 'per_month' };

/**
 * The numbers a task commits to, read from its result/KPI text: "100%" → eq 100 percent, "trên 95%" →
 * gt 95, "ít nhất 2 lần/năm" → gte 2 per year, "từ 90% trở lên" → gte 90, "01 lần/quý" → eq 1 per
 * quarter, "tối thiểu 3 hội nghị" → gte 3 count.
 */
export function parseKpiTargets(text: string): KpiTarget[] {
  const targets: Array<KpiTarget & { at: number }> = [];
  for (const match of text.matchAll(RATE_OR_PERCENT)) {
    const [phrase, word, number, unitText, period, trailing] = match;
    const unit = unitText === '%' ? 'percent' : PERIOD_UNIT[(period ?? '').toLocaleLowerCase('vi')];
    if (!unit || number === undefined) continue;
    const comparator = trailing
      ? /xuống/i.test(trailing)
        ? 'lte'
        : 'gte'
      : comparatorOf(word);
    targets.push({ text: phrase.trim(), comparator, value: toNumber(number), unit, at: match.index });
  }
  for (const match of text.matchAll(COUNT)) {
    const [phrase, word, number] = match;
    if (number === undefined || targets.some((target) => Math.abs(target.at - match.index) < phrase.length)) continue;
    targets.push({ text: phrase.trim(), comparator: comparatorOf(word), value: toNumber(number), unit: 'count', at: match.index });
  }
  return targets.sort((a, b) => a.at - b.at).map(({ at: _at, ...target }) => target);
}

function comparatorOf(word: string | undefined): Comparator {
  if (!word) return 'eq';
  const lower = word.toLocaleLowerCase('vi');
  return COMPARATOR_WORDS.find(([candidate]) => candidate === lower)?.[1] ?? 'eq';
}

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

const ROMAN_QUARTER: Record<string, 1 | 2 | 3 | 4> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const QUARTER = /qu[ýíy]\s*((?:IV|I{1,3}|[1-4])(?:\s*(?:,|và|-|–|đến)\s*(?:IV|I{1,3}|[1-4])\b)*)/iu;
const EVENT = /^(?:trước và trong quá trình|trong quá trình|trước khi|sau khi|ngay khi|khi có|khi)\s+(.+)$/iu;
const ONGOING =
  /thường xuyên|liên tục|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng|định kỳ|các năm tiếp theo|những năm tiếp theo/iu;

/**
 * Reads a task's "Thời gian thực hiện" cell. In order: a date ("Trước ngày 30/6/2024"; "Tháng 6/2024" is
 * the month's last day), a quarter ("Quý II/2024"; of "Quý II, III" the last, when the work must be
 * done), an event ("Khi có cuộc bầu cử…", "Trước và trong quá trình bầu cử"), something recurring
 * ("Thường xuyên", "Năm 2024 và những năm tiếp theo"), a year ("Năm 2024", "Trong năm 2023": its last
 * day), else unspecified. A date or quarter without a year takes `year`, the plan's.
 */
export function parseTimeline(text: string, year: number | null): TaskTimeline {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  const phrase = cleaned.replace(/^[-–+•]\s*/, '');
  if (!phrase) return { kind: 'unspecified', text: cleaned };

  const fullDate = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(phrase);
  if (fullDate) {
    const due = validIsoDate(Number(fullDate[3]), Number(fullDate[2]), Number(fullDate[1]));
    if (due) return { kind: 'date', text: cleaned, due };
  }
  const month = /tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/iu.exec(phrase);
  if (month) {
    const due = validIsoDate(Number(month[2]), Number(month[1]), 1) && endOfMonthIso(Number(month[2]), Number(month[1]));
    if (due) return { kind: 'date', text: cleaned, due };
  }
  const dayMonth = /(?:trước|đến|hạn)\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?!\/)/iu.exec(phrase);
  if (dayMonth && year !== null) {
    const due = validIsoDate(year, Number(dayMonth[2]), Number(dayMonth[1]));
    if (due) return { kind: 'date', text: cleaned, due };
  }
  const quarter = QUARTER.exec(phrase);
  if (quarter?.[1]) {
    const quarters = quarter[1].split(/\s*(?:,|và|-|–|đến)\s*/u);
    const last = ROMAN_QUARTER[(quarters[quarters.length - 1] ?? '').toUpperCase()];
    const explicitYear = /\b(\d{4})\b/.exec(phrase.slice(quarter.index));
    if (last) return { kind: 'quarter', text: cleaned, quarter: last, year: explicitYear ? Number(explicitYear[1]) : year };
  }
  const event = EVENT.exec(phrase.split(/\s+-\s+/)[0] ?? phrase);
  if (event?.[1]) return { kind: 'event', text: cleaned, event: event[1].replace(/[\s.;,-]+$/, '') };
  if (ONGOING.test(phrase)) return { kind: 'ongoing', text: cleaned };
  const years = [...phrase.matchAll(/\b(20\d{2})\b/g)].map((match) => Number(match[1]));
  if (years.length && /^(?:trong\s+)?năm\b|^(?:hoàn thành\s+)?(?:trong|trước)\s+năm\b/iu.test(phrase)) {
    const due = validIsoDate(Math.max(...years), 12, 31);
    if (due) return { kind: 'date', text: cleaned, due };
  }
  return { kind: 'unspecified', text: cleaned };
}

