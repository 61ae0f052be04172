#!/usr/bin/env node
// The gomaplab command. Node 22.12+ (24 LTS recommended) runs the TypeScript sources directly
// (type stripping); older Node gets a clear message instead of a loader error.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`gomaplab: needs Node.js 22.12 or newer (this is ${process.version}); see README.md\n`);
  process.exit(2);
}
await import('../src/cli/main.ts');
