import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser that runs es2022 modules either has modulepreload or loads the lazy chunks
    // without it: the polyfill would only add to the first load.
    modulePreload: { polyfill: false },
    // Leaflet's CSS names PNGs for widgets Dateline does not use (the layers control, the default
    // marker icon); inlined, they were 4.6 kB of base64 in the first load. As files, they are
    // fetched only if a rule that names them ever applies.
    assetsInlineLimit: (file) =>
      /[\\/]node_modules[\\/]leaflet[\\/]/.test(file) ? false : undefined,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // A zone west of UTC with a half-hour offset: a date parsed as local time slips a day and fails.
    env: { TZ: 'America/St_Johns' },
  },
});
