import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy';

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // A zone west of UTC with a half-hour offset: a date parsed as local time slips a day and fails.
    env: { TZ: 'America/St_Johns' },
  },
});
