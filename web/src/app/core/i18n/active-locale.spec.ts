import { localised, toLocale } from './active-locale';

describe('active locale', () => {
  it('maps Angular locale ids to the platform locales', () => {
    expect(toLocale('lv')).toBe('lv');
    expect(toLocale('en')).toBe('en');
    expect(toLocale('en-US')).toBe('en');
  });

  it('shows English text in English and falls back to Latvian when there is none', () => {
    expect(
      localised(
        { lv: 'Rīgas plānošanas reģions', en: 'Riga Planning Region' },
        'en',
      ),
    ).toBe('Riga Planning Region');
    expect(
      localised(
        { lv: 'Rīgas plānošanas reģions', en: 'Riga Planning Region' },
        'lv',
      ),
    ).toBe('Rīgas plānošanas reģions');
    expect(localised({ lv: 'Latgales plānošanas reģions' }, 'en')).toBe(
      'Latgales plānošanas reģions',
    );
  });
});
