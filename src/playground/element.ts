// <gml-playground>: the behaviour of a Playground rendered by src/components/Playground.astro.
// Before the reader interacts, the code is static highlighted HTML; Monaco (./editor.ts) and the
// engine worker (./worker.ts) are loaded only when the reader reaches for them. All program output
// is inserted as text nodes, never as HTML.
import { DEFAULT_GO, GO_VERSIONS, formatBuildErrors, type ExploreResult, type GoTraceback, type GoVersion, type RunResult } from '../engine/api.ts';
import { en as t } from '../i18n/en.ts';
import { EngineClient, type RunOutcome } from './client.ts';
import { PLAYGROUND_MEMORY_BYTES } from './protocol.ts';
import type { EditorHandle } from './editor.ts';
import { segmentLine } from './output-links.ts';
import { asmAnchorFor } from '../components/asm/anchors.ts';
import { decodeShare, encodeShare, type SharedState } from './share.ts';
import { clearEdit, loadEdit, saveEdit } from './storage.ts';

const TRACEBACKS: readonly GoTraceback[] = ['none', 'single', 'all', 'system', 'crash'];
/** Schedules tried by the Explore button. */
const EXPLORE_RUNS = 100;

export class GmlPlayground extends HTMLElement {
  private original = '';
  private code = '';
  private scenario = '';
  private filename = 'prog.go';
  private editor: EditorHandle | null = null;
  private editorLoading: Promise<EditorHandle | null> | null = null;
  private client = new EngineClient();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  private q<T extends Element>(sel: string): T {
    const el = this.querySelector<T>(sel);
    if (!el) throw new Error(`playground markup is missing ${sel}`);
    return el;
  }

  connectedCallback(): void {
    this.scenario = this.dataset['scenario'] ?? '';
    this.filename = this.dataset['filename'] ?? 'prog.go';
    this.original = JSON.parse(this.q<HTMLScriptElement>('script.gml-pg-original').textContent ?? '""') as string;
    this.code = this.original;

    const saved = loadEdit(this.scenario);
    if (saved && saved.code !== this.original) this.showCode(saved.code, true);

    const view = this.q<HTMLElement>('.gml-pg-code');
    const activate = () => void this.loadEditor(true);
    view.addEventListener('pointerdown', activate, { once: true });
    view.addEventListener('keydown', (e) => {
      if (e.key === 'Tab' || e.key === 'Shift' || ((e.ctrlKey || e.metaKey) && e.key === 'Enter')) return;
      activate();
    });

    this.q<HTMLButtonElement>('[data-action="run"]').addEventListener('click', () => void this.run());
    this.q<HTMLButtonElement>('[data-action="stop"]').addEventListener('click', () => this.stop());
    this.q<HTMLButtonElement>('[data-action="reset"]').addEventListener('click', () => this.reset());
    this.q<HTMLButtonElement>('[data-action="new-seed"]').addEventListener('click', () => {
      const r = new Uint32Array(1);
      crypto.getRandomValues(r);
      this.q<HTMLInputElement>('[data-opt="seed"]').value = String((r[0]! % 2147483646) + 1);
    });
    this.q<HTMLButtonElement>('[data-action="share"]').addEventListener('click', () => void this.share());
    this.q<HTMLButtonElement>('[data-action="explore"]').addEventListener('click', () => void this.run(EXPLORE_RUNS));
    this.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        void this.run();
      }
    });
    this.q<HTMLButtonElement>('[data-action="run"]').disabled = false;
    this.q<HTMLButtonElement>('[data-action="share"]').disabled = false;
    this.q<HTMLButtonElement>('[data-action="new-seed"]').disabled = false;
    this.q<HTMLButtonElement>('[data-action="explore"]').disabled = false;

    if (this.dataset['full'] === 'true' && location.hash.startsWith('#v1.')) void this.restoreShare(location.hash);
  }

  disconnectedCallback(): void {
    this.client.dispose();
    this.editor?.dispose();
  }

  // ---- code and editor ----

  /** Shows `code` in the static view (plain text: only the original is pre-highlighted). */
  private showCode(code: string, edited: boolean): void {
    this.code = code;
    if (this.editor) {
      if (this.editor.getValue() !== code) this.editor.setValue(code);
    } else {
      const pre = this.querySelector('.gml-pg-code pre');
      if (pre) {
        const codeEl = document.createElement('code');
        for (const line of code.split('\n')) {
          const span = document.createElement('span');
          span.className = 'line';
          span.textContent = line;
          codeEl.append(span, '\n');
        }
        pre.replaceChildren(codeEl);
      }
    }
    this.setEdited(edited);
  }

  private setEdited(edited: boolean): void {
    this.toggleAttribute('data-edited', edited);
    this.q<HTMLElement>('.gml-pg-edited').hidden = !edited;
    this.q<HTMLButtonElement>('[data-action="reset"]').disabled = !edited;
  }

  private loadEditor(focus: boolean): Promise<EditorHandle | null> {
    this.editorLoading ??= (async () => {
      const host = this.q<HTMLElement>('.gml-pg-code');
      const status = this.q<HTMLElement>('.gml-pg-editor-status');
      status.textContent = t.loadingEditor;
      try {
        const { createEditor } = await import('./editor.ts');
        const mount = document.createElement('div');
        mount.className = 'gml-pg-monaco';
        host.append(mount);
        const editor = await createEditor(mount, this.code, t.editorLabel);
        host.querySelector('pre')?.remove();
        host.removeAttribute('tabindex');
        host.removeAttribute('role');
        host.removeAttribute('aria-label');
        host.classList.add('gml-pg-code--live');
        editor.onChange((code) => this.edited(code));
        editor.onRun(() => void this.run());
        this.editor = editor;
        status.textContent = '';
        return editor;
      } catch (e) {
        console.warn('Go Map Lab: editor failed to load', e);
        status.textContent = t.editorFailed;
        return null;
      }
    })();
    return this.editorLoading.then((ed) => {
      if (focus) ed?.focus();
      return ed;
    });
  }

  private edited(code: string): void {
    this.code = code;
    const isEdited = code !== this.original;
    this.setEdited(isEdited);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      if (isEdited) saveEdit(this.scenario, code);
      else clearEdit(this.scenario);
    }, 250);
  }

  private reset(): void {
    clearEdit(this.scenario);
    clearTimeout(this.saveTimer);
    this.showCode(this.original, false);
    if (this.editor) this.editor.setDiagnostics([]);
  }

  // ---- options ----

  private options(): { go: GoVersion; seed: number; gomaxprocs: number; gotraceback: GoTraceback; race: boolean } {
    const goRaw = this.q<HTMLSelectElement>('[data-opt="go"]').value;
    const go = ((GO_VERSIONS as readonly string[]).includes(goRaw) ? goRaw : DEFAULT_GO) as GoVersion;
    const seedInput = this.q<HTMLInputElement>('[data-opt="seed"]');
    let seed = Number(seedInput.value);
    if (!Number.isSafeInteger(seed)) {
      seed = 1;
      seedInput.value = '1';
    }
    const gomaxprocs = Math.min(Math.max(Number(this.q<HTMLSelectElement>('[data-opt="gomaxprocs"]').value) || 4, 1), 64);
    const tb = this.q<HTMLSelectElement>('[data-opt="gotraceback"]').value as GoTraceback;
    const race = this.q<HTMLInputElement>('[data-opt="race"]').checked;
    return { go, seed, gomaxprocs, gotraceback: TRACEBACKS.includes(tb) ? tb : 'single', race };
  }

  private applyOptions(s: Pick<SharedState, 'go' | 'seed' | 'gomaxprocs' | 'gotraceback'>): void {
    this.q<HTMLSelectElement>('[data-opt="go"]').value = s.go;
    this.q<HTMLInputElement>('[data-opt="seed"]').value = String(s.seed);
    const procs = this.q<HTMLSelectElement>('[data-opt="gomaxprocs"]');
    if (![...procs.options].some((o) => o.value === String(s.gomaxprocs))) procs.add(new Option(String(s.gomaxprocs)));
    procs.value = String(s.gomaxprocs);
    this.q<HTMLSelectElement>('[data-opt="gotraceback"]').value = s.gotraceback;
  }

  // ---- running ----

  /** Runs the program once, or under `explore` seeds (the Explore button). */
  private async run(explore = 0): Promise<void> {
    const code = this.editor ? this.editor.getValue() : this.code;
    const options = this.options();
    const runBtn = this.q<HTMLButtonElement>('[data-action="run"]');
    const stopBtn = this.q<HTMLButtonElement>('[data-action="stop"]');
    const out = this.q<HTMLElement>('.gml-pg-output');
    out.setAttribute('aria-busy', 'true');
    this.q<HTMLElement>('.gml-pg-summary').textContent = explore > 0 ? t.exploring : t.running;
    stopBtn.disabled = false;
    runBtn.setAttribute('aria-describedby', this.q<HTMLElement>('.gml-pg-summary').id);
    const outcome = explore > 0 ? await this.client.explore(code, this.filename, options, explore) : await this.client.run(code, this.filename, options);
    stopBtn.disabled = true;
    out.removeAttribute('aria-busy');
    this.render(outcome, options.seed, options.go, options.gomaxprocs);
  }

  private stop(): void {
    this.client.stop();
  }

  private render(o: RunOutcome, seed: number, go: GoVersion, procs: number): void {
    const body = this.q<HTMLElement>('.gml-pg-output-body');
    const summary = this.q<HTMLElement>('.gml-pg-summary');
    const status = this.q<HTMLElement>('.gml-pg-status');
    body.replaceChildren();
    switch (o.kind) {
      case 'compile-error': {
        this.appendStream(body, 'stderr', formatBuildErrors(o.diagnostics), go);
        summary.textContent = `${t.compileFailed} ${t.exitStatus(1)}`;
        status.textContent = `${t.compileFailed} ${o.diagnostics[0]?.message ?? ''}`;
        void this.loadEditor(false).then((ed) => ed?.setDiagnostics(o.diagnostics));
        return;
      }
      case 'done': {
        this.editor?.setDiagnostics([]);
        const r: RunResult = o.result;
        if (r.stdout) this.appendStream(body, 'stdout', r.stdout, go);
        if (r.stderr) this.appendStream(body, 'stderr', r.stderr, go);
        const ms = (r.stats.virtualTimeNs / 1e6).toFixed(r.stats.virtualTimeNs < 1e6 ? 3 : 1);
        // Out of memory is Go's own error; say that it was the playground's limit that was hit.
        const mem = r.limit === 'memory' ? ` · ${t.memoryLimit(PLAYGROUND_MEMORY_BYTES / 2 ** 20)}` : '';
        summary.textContent = `${t.exitStatus(r.exitCode)}${mem} · seed ${seed} · ${t.simulatedTime} ${ms} ms`;
        const first = (r.stderr || r.stdout).split('\n').find((l) => l.trim() !== '') ?? '';
        status.textContent = t.resultAnnouncement(r.exitCode, first) + (mem !== '' ? ` ${t.memoryLimitNote(PLAYGROUND_MEMORY_BYTES / 2 ** 20)}` : '');
        return;
      }
      case 'explored': {
        this.editor?.setDiagnostics([]);
        body.append(this.exploreTable(o.result, seed, go, procs, Math.round(o.runMs)));
        summary.textContent = t.exploreSummary(o.result.outcomes.length, o.result.runs);
        const top = o.result.outcomes[0];
        status.textContent = t.exploreAnnouncement(o.result.outcomes.length, o.result.runs, top ? `${t.exitStatus(top.exitCode)}, ${top.firstLine || t.exploreNothing}` : '');
        return;
      }
      case 'stopped':
        summary.textContent = t.stopped;
        status.textContent = t.stopped;
        return;
      case 'internal-error':
        this.appendStream(body, 'stderr', `${t.engineFailed}\n${o.message}`, go);
        summary.textContent = t.engineFailed;
        status.textContent = t.engineFailed;
        return;
    }
  }

  /** The outcome table of an exploration; each first seed replays that run. */
  private exploreTable(r: ExploreResult, seed: number, go: GoVersion, procs: number, ms: number): HTMLTableElement {
    const table = document.createElement('table');
    table.className = 'gml-pg-explore';
    table.createCaption().textContent = t.exploreCaption(r.runs, seed, go, procs, ms);
    const head = table.createTHead().insertRow();
    for (const h of [t.exploreRuns, t.exploreShare, t.exploreExit, t.exploreFirstLine, t.exploreSeed]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      head.append(th);
    }
    const tbody = table.createTBody();
    for (const o of r.outcomes) {
      const row = tbody.insertRow();
      row.insertCell().textContent = String(o.count);
      row.insertCell().textContent = `${((100 * o.count) / r.runs).toFixed(o.count === r.runs ? 0 : 1)}%`;
      row.insertCell().textContent = String(o.exitCode);
      const line = row.insertCell();
      line.className = 'gml-pg-explore-line';
      line.textContent = o.firstLine || t.exploreNothing;
      const replay = document.createElement('button');
      replay.type = 'button';
      replay.className = 'gml-pg-btn gml-pg-replay';
      replay.textContent = String(o.firstSeed);
      replay.setAttribute('aria-label', t.exploreReplay(o.firstSeed));
      replay.addEventListener('click', () => {
        this.q<HTMLInputElement>('[data-opt="seed"]').value = String(o.firstSeed);
        void this.run();
      });
      row.insertCell().append(replay);
    }
    return table;
  }

  private appendStream(body: HTMLElement, stream: 'stdout' | 'stderr', text: string, go: GoVersion): void {
    const pre = document.createElement('pre');
    pre.className = `gml-pg-stream gml-pg-${stream}`;
    pre.setAttribute('aria-label', stream === 'stdout' ? t.stdout : t.stderr);
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    lines.forEach((line, i) => {
      for (const seg of segmentLine(line, this.filename)) {
        if (seg.kind === 'source') {
          const a = document.createElement('button');
          a.type = 'button';
          a.className = 'gml-pg-srclink';
          a.textContent = seg.text;
          a.title = `Go to line ${seg.line}`;
          a.addEventListener('click', () => {
            void this.loadEditor(false).then((ed) => ed?.reveal(seg.line, seg.col));
          });
          pre.append(a);
        } else if (seg.kind === 'runtime' && this.dataset['asmUrl'] && asmAnchorFor(go, seg.func)) {
          // A runtime frame whose machine code chapter 7 shows: link to it, at the check.
          const a = document.createElement('a');
          a.href = `${this.dataset['asmUrl']}#${asmAnchorFor(go, seg.func)}`;
          a.className = 'gml-pg-asmlink';
          a.textContent = seg.text;
          a.title = `${seg.func} in Go ${go}: see its machine code`;
          pre.append(a);
        } else {
          pre.append(seg.text);
        }
      }
      if (i < lines.length - 1) pre.append('\n');
    });
    body.append(pre);
  }

  // ---- sharing ----

  private async share(): Promise<void> {
    const code = this.editor ? this.editor.getValue() : this.code;
    const o = this.options();
    const frag = await encodeShare({ code, go: o.go, seed: o.seed, gomaxprocs: o.gomaxprocs, gotraceback: o.gotraceback, scenario: this.scenario });
    const url = new URL(this.dataset['playgroundUrl'] ?? location.pathname, location.href);
    url.hash = frag;
    const field = this.q<HTMLInputElement>('.gml-pg-share-url');
    field.value = url.href;
    this.q<HTMLElement>('.gml-pg-share').hidden = false;
    const status = this.q<HTMLElement>('.gml-pg-status');
    try {
      await navigator.clipboard.writeText(url.href);
      status.textContent = t.shareCopied;
    } catch {
      field.select();
      status.textContent = t.shareReady;
    }
  }

  private async restoreShare(hash: string): Promise<void> {
    const status = this.q<HTMLElement>('.gml-pg-status');
    try {
      const s = await decodeShare(hash);
      this.applyOptions(s);
      this.showCode(s.code, s.code !== this.original);
      status.textContent = t.restoredShare;
    } catch (e) {
      status.textContent = `${t.badShare} ${e instanceof Error ? e.message : String(e)}`;
    }
  }
}

if (!customElements.get('gml-playground')) customElements.define('gml-playground', GmlPlayground);
