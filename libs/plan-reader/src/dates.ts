/** ISO yyyy-mm-dd of a calendar date, or null when the parts do not make one (31/02, month 13). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The last day of a month, as ISO. */
export function endOfMonth(year: number, month: number): string | null {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, last);
}

/** The first date written in either form at the start of the text (after optional "ngày"), as ISO. */
export function leadingDate(text: string): { iso: string; length: number } | null {
  const numeric = /^\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/iu.exec(text);
  const worded = /^\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b/iu.exec(text);
  const match = numeric ?? worded;
  if (!match) return null;
  const iso = isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return iso ? { iso, length: match[0].length } : null;
}
