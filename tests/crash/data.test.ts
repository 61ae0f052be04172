// The stored captures (content/crash/*.json): schema, consistency with the capture
// script's list and programs, and normalisation.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { captureProblems } from '../../src/components/crash/schema.ts';
import { SPECS } from '../../scripts/crash/specs.mjs';
import { HEX_STAND_IN, NORMALISATION_NOTE, normaliseOutput } from '../../scripts/crash/normalise.mjs';
import { allCaptures, crashOutputUses, rawCaptures, ROOT } from './load.ts';

describe('crash capture data', () => {
  const raw = rawCaptures();

  it('has one valid file per capture in scripts/crash/specs.mjs, and no other', () => {
    expect([...raw.keys()].sort()).toEqual(SPECS.map((s) => `${s.id}.json`).sort());
    for (const [file, value] of raw) {
      expect(captureProblems(value), file).toEqual([]);
      expect((value as { id: string }).id, file).toBe(file.replace(/\.json$/, ''));
    }
  });

  it('records what the spec asked for: version, GOTRACEBACK, command and intended exit', () => {
    for (const spec of SPECS) {
      const c = allCaptures().find((x) => x.id === spec.id)!;
      expect(c.go, spec.id).toBe(spec.go);
      expect(c.goVersion, spec.id).toMatch(new RegExp(`^go${spec.go.replace('.', '\\.')}\\.\\d+ linux/amd64$`));
      expect(c.gotraceback, spec.id).toBe(spec.gotraceback);
      expect(c.env, spec.id).toEqual(spec.gotraceback ? { GOTRACEBACK: spec.gotraceback } : {});
      expect(c.command.startsWith(spec.gotraceback ? `GOTRACEBACK=${spec.gotraceback} ` : ''), spec.id).toBe(true);
      expect(c.build === null, spec.id).toBe(spec.runner === 'go run');
      expect(c.exitCode, spec.id).toBe(spec.intent.exitCode);
      expect(c.signal, spec.id).toBe(spec.intent.signal);
      if (spec.intent.firstLine !== '') expect(c.stderr.split('\n')[0], spec.id).toBe(spec.intent.firstLine);
    }
  });

  it('stores the program exactly as scripts/crash/progs has it, built from the fixed directory', () => {
    for (const c of allCaptures()) {
      expect(c.source, c.id).toBe(readFileSync(`${ROOT}scripts/crash/progs/${c.program}/main.go`, 'utf8'));
      expect(c.sourcePath, c.id).toBe(`/tmp/gomaplab-crash/${c.program}/main.go`);
      // Every user frame names that path; no other absolute path of the program appears.
      for (const m of c.stderr.matchAll(/^\t(\/tmp\/\S+?):\d+/gm)) expect(m[1], c.id).toBe(c.sourcePath);
    }
  });

  it('is normalised: no hexadecimal number survives, and the note says so', () => {
    for (const c of allCaptures()) {
      expect(c.normalisation, c.id).toBe(NORMALISATION_NOTE);
      expect(normaliseOutput(c.stderr), c.id).toBe(c.stderr);
      expect(normaliseOutput(c.stdout), c.id).toBe(c.stdout);
      expect(c.stderr, c.id).not.toMatch(/0x[0-9a-fA-F]/);
    }
    expect(normaliseOutput('main.writer(0xc000012345, 0x0?)\n\t/x.go:9 +0x95 fp=0xc0000a7fa8')).toBe(
      `main.writer(${HEX_STAND_IN}, ${HEX_STAND_IN}?)\n\t/x.go:9 +${HEX_STAND_IN} fp=${HEX_STAND_IN}`,
    );
  });

  it('is used by the chapter: every <CrashOutput id> exists, and every capture is shown', () => {
    const uses = crashOutputUses();
    const ids = new Set(allCaptures().map((c) => c.id));
    for (const u of uses) expect(ids.has(u.id), `<CrashOutput id="${u.id}">`).toBe(true);
    expect(new Set(uses.map((u) => u.id))).toEqual(ids);
  });

  it('marks only text that occurs in the capture it marks', () => {
    const byId = new Map(allCaptures().map((c) => [c.id, c]));
    for (const u of crashOutputUses()) {
      const c = byId.get(u.id)!;
      for (const m of u.mark) expect(c.stdout + c.stderr, `mark ${JSON.stringify(m)} in ${u.id}`).toContain(m);
    }
  });
});
