/**
 * Folds Vietnamese text for matching typed without diacritics: "Như Quỳnh" and "nhu quynh" fold alike.
 * Removes tone and vowel marks, maps đ/Đ to d (NFD does not decompose it), lower-cases and collapses
 * white space.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
