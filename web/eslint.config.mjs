import nx from '@nx/eslint-plugin';
import baseConfig from '../eslint.config.mjs';
import webLocal from './eslint-rules/no-cross-feature-imports.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'app',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'app',
          style: 'kebab-case',
        },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-signals': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/app/features/**/*.ts'],
    plugins: { 'web-local': webLocal },
    rules: { 'web-local/no-cross-feature-imports': 'error' },
  },
  {
    files: ['**/*.html'],
    // index.html is outside Angular i18n (the builder sets its lang); test stubs need no translation.
    ignores: ['src/index.html', '**/*.spec.ts/**'],
    rules: {
      // Every user-visible text is translated, under an explicit, stable id (`i18n="@@some.id"`).
      '@angular-eslint/template/i18n': [
        'error',
        {
          checkId: true,
          checkText: true,
          checkAttributes: true,
          ignoreAttributes: [
            'align',
            'appearance',
            'ariaCurrentWhenActive',
            'aria-describedby',
            'aria-labelledby',
            'aria-live',
            'autocomplete',
            'controls',
            'data-problem',
            'data-testid',
            'hreflang',
            'inputmode',
            'lang',
            'mode',
            'name',
            'rel',
            'scope',
            'subscriptSizing',
            'type',
            'value',
          ],
        },
      ],
      '@angular-eslint/template/prefer-control-flow': 'error',
      '@angular-eslint/template/prefer-self-closing-tags': 'error',
    },
  },
];
