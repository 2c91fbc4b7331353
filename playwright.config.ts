import { defineConfig, devices } from '@playwright/test';
import { CSP_REPORT_URI } from './tests/e2e/support/cspCollector';

const port = Number(process.env.E2E_PORT ?? 4173);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch arguments verified on these machines (see shared TOOLCHAIN.md). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  // A loopback collector of CSP violation reports (the server's policy header reports to it).
  globalSetup: './tests/e2e/support/globalSetup.ts',
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}/`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromium, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromium, args: chromiumArgs } } }],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host localhost`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    env: { E2E_CSP_REPORT_URI: CSP_REPORT_URI },
    timeout: 60_000,
  },
});
