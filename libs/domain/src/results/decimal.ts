/**
 * Reads a number as Vietnamese officers write it ("40,62") or as software exports it ("40.62").
 * Returns null for an empty cell and NaN for anything that is not a plain decimal number; thousands
 * separators are refused rather than guessed, since "1.234" could be either.
 */
export function parseDecimal(cell: string): number | null {
  const text = cell.trim();
  if (text === '') return null;
  if (!/^[-+]?\d+([.,]\d+)?$/.test(text)) return Number.NaN;
  return Number(text.replace(',', '.'));
}

/** 40.6146 → "40,61": Vietnamese decimal comma, for messages. */
export function formatDecimalVi(value: number, digits = 2): string {
  return value.toFixed(digits).replace('.', ',');
}
