// The user's theme, kept in localStorage. Without a choice the system's setting applies (the
// stylesheet follows prefers-color-scheme); a choice is `data-theme` on the root element.

export type Theme = 'light' | 'dark';

const KEY = 'dateline.theme';

/** The theme the user chose, or null when they did not (or storage is unavailable). */
export function savedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** Shows `theme` and remembers it (in this tab only when storage is unavailable). */
export function chooseTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Private modes may refuse storage: the choice then lasts until the page is closed.
  }
}

/** Shows the remembered choice, if any: called once, before the app's first render. */
export function applySavedTheme(): void {
  const theme = savedTheme();
  if (theme) document.documentElement.dataset.theme = theme;
}
