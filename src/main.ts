import { mount } from 'svelte';
import seed from '../data/events.json';
import App from './App.svelte';
import './app.css';
import { AppState } from './lib/state/appState.svelte';
import { lazyLoaderFor } from './lib/load/lazyLoader.svelte';
import { startUrlSync } from './lib/state/urlSync.svelte';

const app = new AppState();
app.load(seed);
startUrlSync(app, (url) => lazyLoaderFor(app).loadUrl(url));

mount(App, { target: document.getElementById('app')!, props: { app } });
