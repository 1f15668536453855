import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';

// Parallel work on one machine: each checkout or helper may serve its own build on its own port.
const PORT = Number(process.env.DATELINE_PORT ?? 4173);
const DIST = process.env.DATELINE_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  // Runs that serve their own build also keep their own results (Playwright empties this folder).
  outputDir: process.env.DATELINE_DIST ? `test-results/${DIST}` : 'test-results/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 1 : 2, // one at a time in CI: steady timings on 2 cores
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
  ],
  // The tests run against the production build, served locally.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
