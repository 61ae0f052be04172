import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium when present (Playwright's own browser download is not available
// everywhere); Playwright's managed browser otherwise.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const launchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {};

export const SUB_PATH = '/go-map-lab/';
// E2E_PORT moves both servers (E2E_PORT and E2E_PORT+1), so two runs can share a machine.
const ROOT_PORT = Number(process.env['E2E_PORT'] ?? 4401);
const SUB_PORT = ROOT_PORT + 1;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  // CI machines have 2 cores shared by two workers, a build and a static server.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { launchOptions, trace: 'off', screenshot: 'off' },
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --base / --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir dist-sub --base ${SUB_PATH} --port ${SUB_PORT}`,
      url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}`,
      reuseExistingServer: false,
    },
  ],
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` }, metadata: { dist: 'dist' } },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}` }, metadata: { dist: 'dist-sub' } },
  ],
});
