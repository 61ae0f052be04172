// Monaco, loaded only when a reader reaches for the editor (this module is imported dynamically).
// Highlighting comes from Shiki's Go grammar and the same two themes the static HTML uses, so the
// code looks the same before and after the editor loads; the theme follows Starlight's
// `data-theme` on <html>.
import * as monaco from 'monaco-editor/editor/editor.api';
// The editor features a Go reader needs (not every language Monaco ships).
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter';
import 'monaco-editor/features/find/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { createHighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { shikiToMonaco } from '@shikijs/monaco';
import type { Diagnostic } from '../engine/api.ts';
import { EDITOR_FONT_SIZE, EDITOR_LINE_HEIGHT, EDITOR_PADDING, SHIKI_THEMES } from './look.ts';

export interface EditorHandle {
  getValue(): string;
  setValue(code: string): void;
  onChange(listener: (code: string) => void): void;
  onRun(listener: () => void): void;
  setDiagnostics(diags: readonly Diagnostic[]): void;
  reveal(line: number, col: number): void;
  focus(): void;
  dispose(): void;
}

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

let themesReady: Promise<void> | null = null;
function prepareThemes(): Promise<void> {
  themesReady ??= (async () => {
    const highlighter = await createHighlighterCore({
      themes: [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')],
      langs: [import('shiki/langs/go.mjs')],
      engine: createJavaScriptRegexEngine(),
    });
    monaco.languages.register({ id: 'go' });
    shikiToMonaco(highlighter, monaco);
  })();
  return themesReady;
}

const currentTheme = () =>
  document.documentElement.dataset['theme'] === 'dark' ? SHIKI_THEMES.dark : SHIKI_THEMES.light;

export async function createEditor(host: HTMLElement, code: string, label: string): Promise<EditorHandle> {
  await prepareThemes();
  const editor = monaco.editor.create(host, {
    value: code,
    language: 'go',
    theme: currentTheme(),
    ariaLabel: label,
    automaticLayout: true,
    fontFamily: getComputedStyle(host).fontFamily,
    fontSize: EDITOR_FONT_SIZE,
    lineHeight: EDITOR_LINE_HEIGHT,
    padding: { top: EDITOR_PADDING, bottom: EDITOR_PADDING },
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    folding: false,
    glyphMargin: false,
    lineNumbersMinChars: 3,
    lineDecorationsWidth: 12,
    renderLineHighlight: 'line',
    tabSize: 4,
    insertSpaces: false,
    detectIndentation: false,
    scrollbar: { alwaysConsumeMouseWheel: false },
    accessibilitySupport: 'auto',
    tabFocusMode: false,
  });
  const model = editor.getModel()!;
  const themeObserver = new MutationObserver(() => monaco.editor.setTheme(currentTheme()));
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  return {
    getValue: () => model.getValue(),
    setValue: (c) => model.setValue(c),
    onChange: (listener) => {
      model.onDidChangeContent(() => listener(model.getValue()));
    },
    onRun: (listener) => {
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, listener);
    },
    setDiagnostics: (diags) => {
      monaco.editor.setModelMarkers(
        model,
        'go',
        diags.map((d) => {
          // gc's columns count bytes; Monaco's count UTF-16 units. Convert on the marked line.
          const lineText = d.line <= model.getLineCount() ? model.getLineContent(d.line) : '';
          const col = byteColumnToUtf16(lineText, d.col);
          const word = model.getWordAtPosition({ lineNumber: d.line, column: col });
          return {
            severity: monaco.MarkerSeverity.Error,
            message: d.message,
            startLineNumber: d.line,
            startColumn: col,
            endLineNumber: d.line,
            endColumn: word && word.startColumn === col ? word.endColumn : col + 1,
            source: 'go build',
          };
        }),
      );
    },
    reveal: (line, col) => {
      const text = line <= model.getLineCount() ? model.getLineContent(line) : '';
      const position = { lineNumber: line, column: byteColumnToUtf16(text, col) };
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
    },
    focus: () => editor.focus(),
    dispose: () => {
      themeObserver.disconnect();
      editor.dispose();
    },
  };
}

/** Converts gc's 1-based byte column on `line` to Monaco's 1-based UTF-16 column. */
export function byteColumnToUtf16(line: string, byteCol: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < byteCol - 1) {
    const cp = line.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return i + 1;
}
