import { numberLocale, type Language } from './format';

const scoreFormats = new Map<Language, Intl.NumberFormat>();

/** An index score with exactly two decimals, as the indices publish them: 40,62 in Vietnamese, 40.62 in English. */
export function formatScore(value: number, language: Language = 'vi'): string {
  let format = scoreFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    scoreFormats.set(language, format);
  }
  return format.format(value);
}
