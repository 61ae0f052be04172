// All captures in content/crash, validated when the site is built: a malformed file or an
// unknown id stops the build instead of rendering a wrong page.
import { captureProblems, type CrashCapture } from './schema.ts';

const files = import.meta.glob<unknown>('../../../content/crash/*.json', { eager: true, import: 'default' });

function load(): ReadonlyMap<string, CrashCapture> {
  const captures = new Map<string, CrashCapture>();
  for (const [path, data] of Object.entries(files)) {
    const problems = captureProblems(data);
    if (problems.length > 0) throw new Error(`${path}: ${problems.join('; ')}`);
    const capture = data as CrashCapture;
    if (!path.endsWith(`/${capture.id}.json`)) throw new Error(`${path}: id ${capture.id} does not match the file name`);
    captures.set(capture.id, capture);
  }
  return captures;
}

const CAPTURES = load();

export function getCapture(id: string): CrashCapture {
  const c = CAPTURES.get(id);
  if (!c) throw new Error(`<CrashOutput id="${id}">: no content/crash/${id}.json (run node scripts/capture-crash-outputs.mjs)`);
  return c;
}
