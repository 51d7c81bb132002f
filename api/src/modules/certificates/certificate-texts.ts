export type CertificateLanguage = 'lv' | 'en';

/** The platform's own name, the author of a certificate whose provider is unknown. */
export const PLATFORM_NAME = 'DI mācību platforma';

export interface CertificateTexts {
  heading: string;
  hasCompleted: string;
  volume: string;
  period: string;
  completedOn: string;
  provider: string;
  verificationCode: string;
  verifyAt: string;
  /** The three lines of the EU emblem's text block, in order. */
  euBlock: readonly [string, string, string];
  project(number: string, title: string): string;
  funding(esfPercent: number | null): string;
}

function percent(value: number, language: CertificateLanguage): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  // Latvian puts a space before the per cent sign; English does not.
  return language === 'lv' ? `${number} %` : `${number}%`;
}

export const CERTIFICATE_TEXTS: Record<CertificateLanguage, CertificateTexts> = {
  lv: {
    heading: 'Apliecība',
    hasCompleted: 'ir sekmīgi pabeidzis(-usi) mācību kursu',
    volume: 'Apjoms',
    period: 'Mācību laiks',
    completedOn: 'Pabeigšanas datums',
    provider: 'Mācību organizētājs',
    verificationCode: 'Pārbaudes kods',
    verifyAt: 'Apliecības derīgumu var pārbaudīt',
    euBlock: ['Eiropas Savienība', 'Eiropas Sociālais fonds', 'Ieguldījums tavā nākotnē'],
    project: (number, title) => `Projekts Nr. ${number} „${title}”`,
    funding: (esfPercent) =>
      `Projekts tiek līdzfinansēts no Eiropas Sociālā fonda${esfPercent === null ? '' : ` (${percent(esfPercent, 'lv')})`}`,
  },
  en: {
    heading: 'Certificate',
    hasCompleted: 'has successfully completed the course',
    volume: 'Volume',
    period: 'Training period',
    completedOn: 'Completed on',
    provider: 'Training provider',
    verificationCode: 'Verification code',
    verifyAt: 'Verify this certificate at',
    euBlock: ['European Union', 'European Social Fund', 'Investing in your future'],
    project: (number, title) => `Project No. ${number} “${title}”`,
    funding: (esfPercent) =>
      `The project is co-financed by the European Social Fund${esfPercent === null ? '' : ` (${percent(esfPercent, 'en')})`}`,
  },
};

const HOUR_WORDS: Record<CertificateLanguage, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }> = {
  // CLDR lv: "zero" for 0, 10–20, 30, 40…; "one" for 1, 21, 31… but not 11; "other" for the rest.
  lv: { zero: 'akadēmisko stundu', one: 'akadēmiskā stunda', other: 'akadēmiskās stundas' },
  en: { one: 'academic hour', other: 'academic hours' },
};

/** `40 akadēmiskās stundas`, `21 akadēmiskā stunda`, `1 academic hour`: the number with its plural form. */
export function formatAcademicHours(hours: number, language: CertificateLanguage): string {
  const category = new Intl.PluralRules(language).select(hours);
  const words = HOUR_WORDS[language];
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(hours);
  return `${number} ${words[category] ?? words.other}`;
}
