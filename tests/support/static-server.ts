/**
 * A minimal static file server on loopback for tests that need to swap the
 * site under a running browser (a new build arriving). `root` can change
 * between requests.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.zip': 'application/zip',
  '.pagefind': 'application/wasm',
};

export interface StaticServer {
  url: string;
  root: string;
  close(): Promise<void>;
}

/**
 * Serves `root` at `base` (`/` or a sub-path such as `/yaodian/`, as a site built with BASE_PATH expects),
 * on `port` when given (a spec that names its baseURL before the server starts), else on one the OS picks.
 */
export async function serveStatic(root: string, options: { base?: string; port?: number } = {}): Promise<StaticServer> {
  const state = { root };
  const base = options.base ?? '/';
  const server: Server = createServer(async (req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = requested.startsWith(base) ? `/${requested.slice(base.length)}` : null;
    if (path === null) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(state.root, path));
    if (!file.startsWith(normalize(state.root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(await readFile(join(state.root, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    get root() {
      return state.root;
    },
    set root(dir: string) {
      state.root = dir;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
