import type { Language } from '../../../shared/format/format';
import { formatScore } from '../../../shared/format/score';

export { formatScore };

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
