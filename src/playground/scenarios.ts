// Scenarios are Go programs under content/scenarios/<id>.go with metadata in <id>.json. This
// module is read at build time by Astro components (and by tests); Vite inlines the files.
export interface ScenarioMeta {
  title: string;
  summary: string;
  /** The chapter the scenario belongs to (a docs slug), for the gallery. */
  chapter?: string;
}

export interface Scenario extends ScenarioMeta {
  id: string;
  code: string;
}

const sources = import.meta.glob<string>('/content/scenarios/*.go', { query: '?raw', import: 'default', eager: true });
const metas = import.meta.glob<ScenarioMeta>('/content/scenarios/*.json', { import: 'default', eager: true });

const idOf = (path: string) => path.replace(/^.*\/([^/]+)\.(go|json)$/, '$1');

export const scenarios: readonly Scenario[] = Object.entries(sources)
  .map(([path, code]) => {
    const id = idOf(path);
    const meta = metas[`/content/scenarios/${id}.json`];
    if (!meta) throw new Error(`content/scenarios/${id}.go has no ${id}.json`);
    return { id, code, ...meta };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

export function getScenario(id: string): Scenario {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`unknown scenario "${id}" (content/scenarios has: ${scenarios.map((x) => x.id).join(', ')})`);
  return s;
}
