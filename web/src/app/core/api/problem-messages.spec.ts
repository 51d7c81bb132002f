import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ɵParsedTranslation as ParsedTranslation,
  ɵparseMessage as parseMessage,
  ɵparseTranslation as parseTranslation,
  ɵtranslate as translate,
} from '@angular/localize';
import { PROBLEM_CODES } from '@di/contracts';
import { PROBLEM_MESSAGES } from './problem-messages';

interface MessagesFile {
  locale: string;
  translations: Record<string, string>;
}

function readMessages(file: string): MessagesFile {
  const path = join(__dirname, '../../../locale', file);
  return JSON.parse(readFileSync(path, 'utf8')) as MessagesFile;
}

/** Runs `show` with `$localize` translating into `translations`; returns the text and the message id. */
function inLocale(
  translations: Record<string, ParsedTranslation> | null,
  show: () => string,
): { text: string; id: string } {
  let id = '';
  const original = $localize.translate;
  $localize.translate = (parts, substitutions) => {
    id = parseMessage(parts, substitutions).id;
    // Without translations: the Latvian source, as the lv build shows it.
    return translations
      ? translate(translations, parts, substitutions)
      : [parts, substitutions];
  };
  try {
    return { text: show(), id };
  } finally {
    $localize.translate = original;
  }
}

describe('PROBLEM_MESSAGES', () => {
  const source = readMessages('messages.json');
  const english = readMessages('messages.en.json');
  const parsedEnglish = Object.fromEntries(
    Object.entries(english.translations).map(([id, text]) => [
      id,
      parseTranslation(text),
    ]),
  );

  it.each([...PROBLEM_CODES])(
    '%s has a Latvian text, extracted with a stable id',
    (code) => {
      const { text, id } = inLocale(null, PROBLEM_MESSAGES[code]);
      expect(text.trim().length).toBeGreaterThan(10);
      expect(id).not.toMatch(/^\d+$/); // an explicit @@id, not a hash of the text
      expect(source.translations[id]).toBe(text);
    },
  );

  it.each([...PROBLEM_CODES])('%s has an English translation', (code) => {
    const latvian = inLocale(null, PROBLEM_MESSAGES[code]).text;
    // `translate` throws for a message without a translation.
    const { text } = inLocale(parsedEnglish, PROBLEM_MESSAGES[code]);
    expect(english.locale).toBe('en');
    expect(text.trim().length).toBeGreaterThan(10);
    expect(text).not.toBe(latvian);
  });

  it('gives every code its own text', () => {
    const texts = PROBLEM_CODES.map(
      (code) => inLocale(null, PROBLEM_MESSAGES[code]).text,
    );
    expect(new Set(texts).size).toBe(PROBLEM_CODES.length);
  });
});
