module.exports = {
  displayName: 'web',
  preset: '../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  // The first test of a page file compiles its components (JIT), which on a busy machine can take
  // longer than Jest's default 5 s (the tests themselves wait at most a search debounce).
  testTimeout: 20_000,
  coverageDirectory: '../coverage/web',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        stringifyContentPathRegex: '\\.(html|svg)$',
      },
    ],
  },
  // Angular's locale data (@angular/common/locales/*.js) is ESM too, and so are Observable Plot and d3.
  transformIgnorePatterns: [
    'node_modules/(?!(.*\\.mjs$|@angular/common/locales/|@observablehq/|d3|d3-.*|internmap|delaunator|robust-predicates|isoformat|interval-tree-1d|binary-search-bounds)/?)',
  ],
  snapshotSerializers: [
    'jest-preset-angular/build/serializers/no-ng-attributes',
    'jest-preset-angular/build/serializers/ng-snapshot',
    'jest-preset-angular/build/serializers/html-comment',
  ],
};
