// Shared by the static (build-time) code view and the Monaco editor, so that swapping one for the
// other changes neither the colours nor the size of the box.
// GitHub's "default" themes: every token colour meets WCAG AA (4.5:1) on the theme's background.
export const SHIKI_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;
/** The themes' editor backgrounds, used for the code box before and after Monaco loads. */
export const SHIKI_BACKGROUNDS = { light: '#ffffff', dark: '#0d1117' } as const;
export const EDITOR_FONT_SIZE = 14;
export const EDITOR_LINE_HEIGHT = 21;
export const EDITOR_PADDING = 8;
/** Height of the code box for a program of `lines` lines (capped; longer programs scroll). */
export function editorHeight(lines: number): number {
  return Math.min(Math.max(lines, 6), 32) * EDITOR_LINE_HEIGHT + 2 * EDITOR_PADDING;
}
