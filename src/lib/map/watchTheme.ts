/**
 * Calls `changed` when the page's colours may have changed: the theme picked on the page
 * (`data-theme` on the root) or the system's light or dark scheme. Canvas layers, which read
 * the theme's colours when they draw, redraw then. Returns a function that stops watching.
 */
export function watchTheme(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', changed);
  return () => {
    observer.disconnect();
    scheme.removeEventListener('change', changed);
  };
}
