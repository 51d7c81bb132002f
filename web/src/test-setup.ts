import '@angular/localize/init';
// First, as it loads the JIT compiler that other Angular imports need in tests.
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { registerLocaleData } from '@angular/common';
import localeLv from '@angular/common/locales/lv';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// The builds get locale data from the builder; tests render the Latvian source messages, whose
// ICU plurals need the Latvian plural rules.
registerLocaleData(localeLv);
