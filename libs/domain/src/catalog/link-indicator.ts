import { foldVietnamese } from '../text/fold-vietnamese.js';

/** A catalog indicator as a plan task can be linked to it. */
export interface LinkableIndicator {
  code: string;
  parentCode: string | null;
  nameVi: string;
  aliases?: readonly string[];
}

/** Words plans put around a dimension's name that the catalog leaves out. */
const FILLER = /^(chi so noi dung|noi dung thanh phan|noi dung|chi so thanh phan|chi so|linh vuc|tieu chi)\s+/;

function normalizeName(text: string): string {
  return foldVietnamese(text)
    .replace(/^[a-zđ]\)\s*|^\d+(\.\d+)*\.?\s*/u, '')
    .replace(/["“”'‘’()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(FILLER, '');
}

function tokens(text: string): Set<string> {
  return new Set(normalizeName(text).split(/[^a-z0-9]+/).filter((word) => word.length > 1));
}

/** Share of the catalog name's words that the plan's text contains: plans shorten and reword names. */
function overlap(planText: string, catalogName: string): number {
  const wanted = tokens(catalogName);
  if (wanted.size === 0) return 0;
  const have = tokens(planText);
  let found = 0;
  for (const word of wanted) if (have.has(word)) found += 1;
  return found / wanted.size;
}

/** Below this share of shared words a name is not taken as the indicator's. */
const MIN_OVERLAP = 0.6;

function bestMatch(text: string, candidates: readonly LinkableIndicator[]): LinkableIndicator | null {
  const folded = normalizeName(text);
  if (!folded) return null;
  let best: { indicator: LinkableIndicator; score: number } | null = null;
  for (const indicator of candidates) {
    const names = [indicator.nameVi, ...(indicator.aliases ?? [])];
    const exact = names.some((name) => normalizeName(name) === folded);
    const score = exact ? 2 : Math.max(...names.map((name) => overlap(text, name)));
    if (score >= MIN_OVERLAP && (!best || score > best.score)) best = { indicator, score };
  }
  return best?.indicator ?? null;
}

/**
 * The catalog code of the (sub-)dimension a plan task names, e.g. "Tham gia của người dân" +
 * "b) Cơ hội tham gia" → "D1.2". The sub-dimension is looked for under the matched dimension first,
 * then anywhere; a task that names only a dimension links to it. Null when nothing matches well.
 */
export function linkTaskToIndicator(
  dimension: string | null,
  subDimension: string | null,
  indicators: readonly LinkableIndicator[],
): string | null {
  const total = indicators.find((indicator) => indicator.parentCode === null);
  const dimensions = indicators.filter((indicator) => total && indicator.parentCode === total.code);
  const matchedDimension = dimension ? bestMatch(dimension, dimensions) : null;
  if (subDimension) {
    const under = matchedDimension ? indicators.filter((indicator) => indicator.parentCode === matchedDimension.code) : [];
    const sub = bestMatch(subDimension, under) ?? bestMatch(subDimension, indicators.filter((indicator) => indicator !== total));
    if (sub) return sub.code;
  }
  return matchedDimension?.code ?? null;
}
