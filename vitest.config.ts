import { defineConfig } from 'vitest/config'

const integration = (kind: 'sqlite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: `int:${kind}`,
    include: ['tests/int/**/*.int.spec.ts'],
    env: { TEST_DB_KIND: kind },
    setupFiles: ['tests/setup/throwaway-database.ts'],
    globalSetup: kind === 'postgres' ? ['tests/setup/postgres-run.ts'] : [],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    pool: 'forks',
    isolate: true,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.spec.ts'] } },
      integration('sqlite'),
      integration('postgres'),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/http/**/*.spec.ts', 'tests/e2e/**/*.spec.ts', 'tests/security/**/*.spec.ts'],
          globalSetup: ['tests/setup/built-server.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
