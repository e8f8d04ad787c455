import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // expect.poll waits for what a browser shows after a round trip to `shuyu serve`: a preview or a job
    // starts a worker thread, which took over 1 s (the default) while CI's two cores were busy.
    expect: { poll: { timeout: 15_000, interval: 100 } }
  }
})
