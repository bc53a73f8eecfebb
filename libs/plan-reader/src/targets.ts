import type { PlanTarget, PlanTargetKind } from '@govindex/contracts';
import { frameworksNamedIn } from './frameworks.js';

/** What each kind of index goal says, in the plans' own words. */
const TARGET_PATTERNS: ReadonlyArray<[PlanTargetKind, RegExp]> = [
  // Not "đứng đầu": "người đứng đầu" is the head of an agency.
  ['top_of_parent', /(?:tốp|top|nhóm)\s+(?:đầu|\d+)|dẫn đầu|xếp thứ nhất|đứng thứ nhất/iu],
  [
    'rank_up',
    /tăng\s+(?:\S+\s+){0,3}?(?:bậc|hạng)|tăng thứ hạng|thứ hạng\s+(?:\S+\s+){0,2}?(?:tốt|cao) hơn|cải thiện thứ hạng|nâng (?:bậc|hạng)/iu,
  ],
  [
    'grade_at_least',
    /(?:xếp loại|đạt loại|loại|mức)\s+(?:xuất sắc|tốt|khá|trung bình|hoàn thành(?: tốt| xuất sắc)? nhiệm vụ)\s+trở lên/iu,
  ],
  ['score_at_least', /(?:đạt|từ)\s+(?:\S+\s+){0,3}?\d+(?:[.,]\d+)?\s*điểm\s+trở lên/iu],
];

/**
 * The goals the plan sets for the indices: sentences that strive ("phấn đấu", "mục tiêu", "chỉ tiêu")
 * for a place at the top of the parent unit, a better rank, a grade or a score. A sentence may set
 * several ("xếp thứ hạng tốt hơn … và đạt mức hoàn thành tốt nhiệm vụ trở lên"). The framework is the
 * one the sentence names, else the plan's when it has only one.
 */
export function readTargets(paragraphs: readonly string[], planFrameworks: readonly string[]): PlanTarget[] {
  const targets: PlanTarget[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=[.;!?])\s+(?=\p{Lu})/u)) {
      if (!/phấn đấu|mục tiêu|chỉ tiêu/iu.test(sentence)) continue;
      const text = sentence.replace(/^(?:(?:[IVX]+|\d+(?:\.\d+)*)\.|[a-zđ]\)|[-+•])\s*/u, '').trim();
      const named = frameworksNamedIn(text);
      const framework = named.length === 1 ? named[0] : named.length === 0 && planFrameworks.length === 1 ? planFrameworks[0] : null;
      for (const [kind, pattern] of TARGET_PATTERNS) {
        if (pattern.test(text)) targets.push({ kind, text, framework: framework ?? null });
      }
    }
  }
  return targets;
}
