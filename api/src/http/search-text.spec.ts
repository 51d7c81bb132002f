import { foldForSearch } from './search-text';

describe('foldForSearch', () => {
  it('drops case and every Latvian diacritic', () => {
    expect(foldForSearch('  ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž ')).toBe('acegiklnsuz acegiklnsuz');
    expect(foldForSearch('Krāslavas novads')).toBe('krāslavas novads'.normalize('NFD').replace(/\p{M}/gu, ''));
  });
});
