#!/usr/bin/env node
// Completes package-lock.json with the platform-specific optional packages that npm could not
// record because the registry this project is installed from does not carry them (binaries for
// macOS, Windows, Android, FreeBSD, arm64 Linux, WASI). Without their entries, `npm ci` refuses
// the lock ("Missing: @astrojs/compiler-binding-darwin-x64@ from lock file").
//
// Each missing optional dependency gets an entry pinned to the exact version its parent declares,
// marked optional, with the os/cpu/libc its name states. npm skips such an entry on any other
// platform without fetching it, and installs it normally where the platform matches and the
// registry has it. Run after `npm install` changes the lock:
//   node scripts/lock-foreign-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

/** The platform a package name states, e.g. `...-darwin-arm64`, `...-linux-x64-musl`, `...-wasm32-wasi`. */
function platformOf(name) {
  const tail = name.split('/').pop();
  if (/wasm32/.test(tail)) return { cpu: ['wasm32'] };
  const os = [
    ['android', 'android'],
    ['darwin', 'darwin'],
    ['freebsd', 'freebsd'],
    ['win32', 'win32'],
    ['windows', 'win32'],
    ['linux', 'linux'],
  ].find(([word]) => tail.includes(word))?.[1];
  const cpu = ['arm64', 'x64', 'ia32', 'arm'].find((c) => new RegExp(`(^|-)${c}(-|$)`).test(tail));
  if (!os || !cpu) return null;
  const out = { os: [os], cpu: [cpu] };
  if (os === 'linux') out.libc = [tail.includes('musl') ? 'musl' : 'glibc'];
  return out;
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const depKey = `node_modules/${dep}`;
    if (packages[depKey] || (key && packages[`${key}/node_modules/${dep}`])) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(range)) {
      console.error(`lock-foreign-platforms: ${dep}@${range} (optional dependency of ${key || 'the project'}) is missing and is not a pinned platform package; fix the lock by hand`);
      process.exitCode = 1;
      continue;
    }
    packages[depKey] = { version: range, optional: true, ...platform };
    added++;
  }
}

// Keep the lock's key order stable: npm sorts packages by key.
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))));
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-foreign-platforms: added ${added} entr${added === 1 ? 'y' : 'ies'}`);
