import { validIsoDate } from '@govindex/domain';

/** The first date written in either form at the start of the text (after optional "ngày"), as ISO. */
export function leadingDate(text: string): { iso: string; length: number } | null {
  const numeric = /^\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/iu.exec(text);
  const worded = /^\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b/iu.exec(text);
  const match = numeric ?? worded;
  if (!match) return null;
  const iso = validIsoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return iso ? { iso, length: match[0].length } : null;
}
