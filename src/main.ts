import { mount } from 'svelte';
import seed from '../data/events.json';
import App from './App.svelte';
import './app.css';
import { AppState } from './lib/state/appState.svelte';

const app = new AppState();
app.load(seed);

mount(App, { target: document.getElementById('app')!, props: { app } });
