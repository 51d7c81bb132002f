import { preferredLocale } from './preferred-locale';

describe('preferredLocale', () => {
  it('takes the language the browser asks for most, by q-value and region-less', () => {
    expect(preferredLocale('en-GB,en;q=0.9,lv;q=0.8', ['lv', 'en'])).toBe('en');
    expect(preferredLocale('lv-LV,en;q=0.5', ['lv', 'en'])).toBe('lv');
    expect(preferredLocale('de,en;q=0.1', ['lv', 'en'])).toBe('en');
  });

  it('says nothing when none of its languages is there', () => {
    expect(preferredLocale('de', ['lv', 'en'])).toBeUndefined();
    expect(preferredLocale('en;q=0', ['lv', 'en'])).toBeUndefined();
  });
});
