/**
 * A label reduced to what tells labels apart: no diacritics, lower case, letters and digits only
 * ("E-pasta adrese" → "epastaadrese", "Vārds, uzvārds" → "vardsuzvards").
 */
export function labelKey(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
