import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app. Scripts only from the app's own origin: no
 * inline scripts and no eval (d3-dsv's `csvParse` compiles a row converter with `new Function`,
 * so the importers use `parseRows`). `connect-src` allows the app's origin and any https URL,
 * for `data=` links to datasets elsewhere. Styles allow inline attributes because Leaflet and
 * Svelte set element styles; no data is ever rendered as HTML, so no style can come from a file.
 * `frame-ancestors` cannot be set from a meta tag; a server that can send headers should add it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy in a meta tag at the top of the built index.html (the dev server is left
 * alone: its hot reload injects styles and scripts the policy would block).
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'dateline-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
