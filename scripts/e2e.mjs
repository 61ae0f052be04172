#!/usr/bin/env node
// Builds the static site twice — at the root (dist/) and under the sub-path /go-map-lab/
// (dist-sub/) — and runs the Playwright suite against both builds (playwright.config.ts
// serves each with scripts/serve.mjs). Extra arguments go to `playwright test`.
//   node scripts/e2e.mjs [--no-build] [playwright args...]
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const pwArgs = args.filter((a) => a !== '--no-build');

function run(cmd, cmdArgs, env = {}) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!noBuild) {
  console.log('e2e: building the site at / (dist/)');
  run('npx', ['astro', 'build'], { BASE_PATH: '/', OUT_DIR: './dist' });
  console.log('e2e: building the site under /go-map-lab/ (dist-sub/)');
  run('npx', ['astro', 'build'], { BASE_PATH: '/go-map-lab/', OUT_DIR: './dist-sub' });
}
run('npx', ['playwright', 'test', ...pwArgs]);
