import { mount } from 'svelte';
// The seed dataset is data, not code: fetched beside the page before the first render (kept out
// of the first-load JavaScript, about 2.5 kB gzip), so the page still opens on it.
import seedUrl from '../data/events.json?url';
import App from './App.svelte';
import './app.css';
import { linkedDataUrl } from './lib/core';
import { AppState } from './lib/state/appState.svelte';
import { lazyLoaderFor } from './lib/load/lazyLoader.svelte';
import { applySavedTheme } from './lib/panels/themeChoice';
import { startUrlSync } from './lib/state/urlSync.svelte';

applySavedTheme();
const app = new AppState();

async function loadSeed(): Promise<void> {
  try {
    const response = await fetch(seedUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const seed: unknown = await response.json();
    // A linked dataset that somehow arrived first stays; the seed is what a failed one leaves.
    if (app.dataUrl === null) app.load(seed);
  } catch (error) {
    app.notify(
      `The example dataset could not be loaded (${(error as Error).message}); “Load data” opens yours.`,
      'error',
    );
  }
}

// A link's dataset loads beside the seed and the first render, not after them: its import worker
// started before this script ran (startLinkedImport.ts); the load code that shows its progress
// takes it over now. Opening the link then joins that load.
const data = linkedDataUrl(window.location.search);
if (data !== null) void lazyLoaderFor(app).loadUrl(data);

void loadSeed().then(() => {
  startUrlSync(app, (url) => lazyLoaderFor(app).loadUrl(url));
  mount(App, { target: document.getElementById('app')!, props: { app } });
});
