/** Serves the test pages from 127.0.0.1 and records every request it gets. */
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export const PAGES_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../pages');

export interface TestServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8' };

/** Extra headers for a page, e.g. a strict Content-Security-Policy. */
const HEADERS: Record<string, Record<string, string>> = {
  '/strict-csp.html': { 'Content-Security-Policy': "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; report-uri /csp-report" },
};

/** Pages built by a test (huge pages), served under /generated/<name>. */
export const generated = new Map<string, string>();

export async function startServer(): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(`${request.method} ${path}`);
    if (path.startsWith('/generated/')) {
      const html = generated.get(path.slice(11));
      response.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(html ?? '');
      return;
    }
    if (request.method === 'POST') {
      response.writeHead(204).end();
      return;
    }
    const file = normalize(join(PAGES_DIR, path));
    if (!file.startsWith(PAGES_DIR)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...(HEADERS[path] ?? {}) });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
