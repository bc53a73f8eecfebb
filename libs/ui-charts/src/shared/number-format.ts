/**
 * Formats chart numbers in the reader's locale: Vietnamese writes 10.035 and 40,62. With `fractionDigits`
 * every value shows exactly that many decimals (scores: 44,40), otherwise up to three.
 */
export function numberFormatter(locale = 'vi-VN', fractionDigits?: number): (value: unknown) => string {
  const format = new Intl.NumberFormat(
    locale,
    fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
  );
  return (value) => (typeof value === 'number' && Number.isFinite(value) ? format.format(value) : '–');
}

/** "▲2" for places climbed, "▼3" for places lost, "=" for none, nothing when unknown (first year ranked). */
export function rankChangeMark(change: number | null | undefined): string {
  if (change === null || change === undefined) return '';
  if (change > 0) return `▲${change}`;
  if (change < 0) return `▼${-change}`;
  return '=';
}
