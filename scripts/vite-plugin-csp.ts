/**
 * Vite plugin: writes the Content Security Policy into the built index.html as a
 * `<meta http-equiv="Content-Security-Policy">`, so the static build carries it on any server.
 * Only the build: the dev server injects inline scripts of its own (React refresh), which a strict
 * policy would block. docs/deploy.md gives the same policy as an HTTP header, plus what only a
 * header can say (frame-ancestors).
 *
 * The policy allows nothing from another origin, with one exception chosen at build time: when
 * VITE_TILE_URL turns the optional online tile layer on, images from that tile server.
 */
import type { Plugin } from 'vite';

/** The directives of the policy, in the order they are written. */
export function contentSecurityPolicy(tileUrl?: string): string[] {
  const tiles = tileUrl ? tileSource(tileUrl) : undefined;
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Styles come from the bundled stylesheet only; React and Leaflet set element styles through
    // the DOM (element.style), which style-src does not restrict.
    "style-src 'self'",
    // data: for the images Leaflet's stylesheet inlines and the blank image its tile layer uses;
    // blob: for the still copy of the drawn basemap (src/map/basemap-draw.ts).
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
}

/**
 * The origin a Leaflet tile URL template loads from, as a CSP source. `{s}` (Leaflet's subdomains)
 * becomes a wildcard label, e.g. https://{s}.tile.example.org/{z}/{x}/{y}.png → https://*.tile.example.org.
 */
export function tileSource(template: string): string {
  const match = /^(https?):\/\/([^/?#]+)/.exec(template.trim());
  if (!match) throw new Error(`VITE_TILE_URL must start with https:// or http:// and a host, got "${template}"`);
  const [, scheme, host = ''] = match;
  const source = host.replace(/^\{s\}\./, '*.');
  if (/[{}]/.test(source)) throw new Error(`VITE_TILE_URL: only {s} at the start of the host can vary, got "${host}"`);
  return `${scheme}://${source}`;
}

export function cspPlugin(tileUrl: string | undefined): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(tileUrl).join('; ')}" />`;
  return {
    name: 'petrograd-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>: a policy in a meta element governs only what comes after it.
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('index.html: no <meta charset> to put the Content-Security-Policy after');
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
      },
    },
  };
}
