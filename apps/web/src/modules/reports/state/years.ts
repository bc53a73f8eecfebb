/** The first year the API keeps plans and reports for. */
export const FIRST_YEAR = 2000;

/**
 * The years a year picker offers, newest first: from next year (periods are set ahead) back to 2000,
 * and the chosen one even when outside that range (a shared link).
 */
export function yearChoices(currentYear: number, chosen: number | null): number[] {
  const years: number[] = [];
  for (let year = currentYear + 1; year >= FIRST_YEAR; year -= 1) years.push(year);
  if (chosen !== null && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}
