import type { Language } from '../../../shared/format/format';
import { numberLocale } from '../../../shared/format/format';

const scoreFormats = new Map<Language, Intl.NumberFormat>();

/** A score with exactly two decimals, the reader's way: 44,40 in Vietnamese, 44.40 in English. */
export function formatScore(value: number, language: Language = 'vi'): string {
  let format = scoreFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    scoreFormats.set(language, format);
  }
  return format.format(value);
}

/** A score, or a dash when there is none. */
export function formatOptionalScore(value: number | null | undefined, language: Language = 'vi'): string {
  return value === null || value === undefined ? '–' : formatScore(value, language);
}

/** How a rank moved since last year, for the ▲/▼ mark and its words. */
export type RankMove = 'up' | 'down' | 'same' | 'unknown';

export function rankMove(change: number | null | undefined): RankMove {
  if (change === null || change === undefined) return 'unknown';
  if (change > 0) return 'up';
  if (change < 0) return 'down';
  return 'same';
}
