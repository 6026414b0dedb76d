import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspPlugin, tileSource } from '../../scripts/vite-plugin-csp.ts';

const directive = (policy: string[], name: string) => policy.find((d) => d.startsWith(`${name} `));

describe('the Content Security Policy', () => {
  it('allows nothing from another origin by default', () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob:");
    expect(policy.join('; ')).not.toMatch(/unsafe|https?:|\*/);
  });

  it('allows images from the tile server when the online layer is built in', () => {
    expect(directive(contentSecurityPolicy('https://tiles.example.org/{z}/{x}/{y}.png'), 'img-src')).toBe(
      "img-src 'self' data: blob: https://tiles.example.org",
    );
    // Only images: scripts and connections stay on the app's origin.
    expect(directive(contentSecurityPolicy('https://tiles.example.org/{z}/{x}/{y}.png'), 'connect-src')).toBe("connect-src 'self'");
  });

  it("turns Leaflet's {s} subdomains into a wildcard label and keeps a port", () => {
    expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(tileSource('http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8080');
  });

  it('rejects a tile URL it cannot turn into a source, naming the variable', () => {
    expect(() => tileSource('/tiles/{z}/{x}/{y}.png')).toThrow(/VITE_TILE_URL must start with https:\/\//);
    expect(() => tileSource('https://tiles-{r}.example.org/{z}/{x}/{y}.png')).toThrow(/VITE_TILE_URL: only \{s\}/);
  });

  it('is written right after <meta charset>, before any script', () => {
    const plugin = cspPlugin(undefined);
    const hook = plugin.transformIndexHtml;
    const handler = typeof hook === 'object' && hook && 'handler' in hook ? hook.handler : undefined;
    if (typeof handler !== 'function') throw new Error('the plugin has no transformIndexHtml handler');
    const html = '<html><head><meta charset="UTF-8" /><script type="module" src="./a.js"></script></head></html>';
    const out = String(Reflect.apply(handler, undefined, [html, {}]));
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(() => Reflect.apply(handler, undefined, ['<html><head></head></html>', {}])).toThrow(/no <meta charset>/);
  });
});
