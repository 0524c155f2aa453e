/** Jest runs TypeScript through esbuild (type checking is `npm run typecheck`'s job). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/test/esbuild-transform.js' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 30000,
};
