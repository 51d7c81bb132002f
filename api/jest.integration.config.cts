/** API integration tests: the real app over HTTP against a real PostgreSQL with the real migrations. */
module.exports = {
  displayName: 'api-integration',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  // Some of Fastify's dependencies ship only ES modules.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  moduleNameMapper: { '^@di/contracts$': '<rootDir>/../libs/contracts/src/index.ts' },
  moduleFileExtensions: ['ts', 'js'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  // Each file has a database of its own, copied from the migrated template: files run side by side.
  maxWorkers: 2,
};
