/**
 * Lower case without diacritics, so "kalkuni" finds "Kalkūni". Mirrors the
 * database's generated `name_search` columns.
 */
export function foldForSearch(text: string): string {
  return text.trim().toLocaleLowerCase('lv').normalize('NFD').replace(/\p{M}/gu, '');
}
