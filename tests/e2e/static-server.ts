/**
 * A tiny static server for the offline tests, with the headers of the servers museums use:
 * python's http.server and nginx by default send `Last-Modified` and no `Cache-Control`, so the
 * browser caches by heuristic (10 % of the file's age). It can be switched to behave badly — every
 * request answered with a 503, a 404, a captive portal's page, or never answered — and a new build
 * can be "deployed" under it.
 */
import { createServer, type ServerResponse } from 'node:http';
import { cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export type Behaviour = 'ok' | '503' | '404' | 'captive' | 'hang';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export const CAPTIVE_PORTAL_PAGE = '<!doctype html><title>Welcome to Museum Wi-Fi</title><h1>Accept the terms to continue</h1>';

/** Each spec file takes ports of its own above E2E_PORT (the preview server's), so files can run in parallel. */
export function testPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4319) + offset;
}

export interface TestServer {
  url: string;
  /** Serve another folder from now on, dated `lastModified` (a deploy). */
  deploy(root: string, lastModified?: Date): void;
  behave(behaviour: Behaviour): void;
  /** Hold every answer back by this long (a slow link), 0 for none. */
  delay(ms: number): void;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(port: number, root: string, lastModified: Date): Promise<TestServer> {
  let current = { root, lastModified };
  let behaviour: Behaviour = 'ok';
  let delayMs = 0;
  const requests: string[] = [];

  const serve = (path: string, response: ServerResponse) => {
    if (behaviour === 'hang') return; // accept the request and never answer
    if (behaviour === '503') {
      response.writeHead(503, { 'Content-Type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    if (behaviour === '404') {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>404 Not Found</title><h1>Not Found</h1>');
      return;
    }
    if (behaviour === 'captive') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(CAPTIVE_PORTAL_PAGE);
      return;
    }
    const relative = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
    let file = join(current.root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Last-Modified': current.lastModified.toUTCString(),
    });
    createReadStream(file).pipe(response);
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    if (delayMs > 0 && behaviour !== 'hang') setTimeout(() => serve(path, response), delayMs);
    else serve(path, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    deploy: (next, date = new Date()) => {
      current = { root: next, lastModified: date };
    },
    behave: (next) => {
      behaviour = next;
    },
    delay: (ms) => {
      delayMs = ms;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A second build made from dist/: index.html carries `<meta name="petrograd-test-build" content=label>`
 * and sw.js lists it under its new revision, as a real build would (Workbox's revision is the MD5 of
 * the file). Everything else is the same files under the same names.
 */
export function nextBuild(dist: string, label: string): string {
  const out = mkdtempSync(join(tmpdir(), `petrograd-build-${label}-`));
  cpSync(dist, out, { recursive: true });
  const indexFile = join(out, 'index.html');
  const before = readFileSync(indexFile);
  const after = before.toString('utf8').replace('</head>', `<meta name="petrograd-test-build" content="${label}"></head>`);
  writeFileSync(indexFile, after);
  const swFile = join(out, 'sw.js');
  const sw = readFileSync(swFile, 'utf8');
  const oldRevision = md5(before);
  if (!sw.includes(`revision:"${oldRevision}"`)) throw new Error('sw.js does not list index.html under its MD5: has the Workbox manifest format changed?');
  writeFileSync(swFile, sw.replace(`revision:"${oldRevision}"`, `revision:"${md5(Buffer.from(after))}"`));
  return out;
}

export function md5(content: Buffer): string {
  return createHash('md5').update(content).digest('hex');
}
