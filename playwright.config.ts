import { defineConfig, devices } from '@playwright/test';
import { servableBuiltOrigin } from './e2e/real-wordpress/built-origin.ts';
import { CHROMIUM_ARGS, systemChromium } from './src/build/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4399);
const executablePath = systemChromium();
// The build served at the origin it was built for too, where a real WordPress discovers its
// embeds (e2e/real-wordpress/). `npm start` serves there: reused when running, outside CI.
const built = servableBuiltOrigin();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
  ],
  webServer: [
    {
      command: 'npm run serve',
      url: `http://127.0.0.1:${port}/`,
      env: { PORT: String(port) },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(built && built.port !== port
      ? [
          {
            command: 'npm run serve',
            url: `${built.origin}/`,
            env: { PORT: String(built.port) },
            reuseExistingServer: !process.env.CI,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
