import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve as absolutePath, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.gz': 'application/gzip',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Types a static host compresses on the fly (the .gz data files are compressed already). */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.map', '.svg']);

export interface ServeOptions {
  /** Gzip text files for a client that accepts it, as static hosts do. */
  gzip?: boolean;
  /** Told the URL path and the body bytes of every response once it is sent. */
  onSent?: (path: string, bytes: number) => void;
}

export interface StaticServer {
  /** The served folder's address, ending in the prefix: http://127.0.0.1:<port><prefix>. */
  url: string;
  close(): Promise<void>;
}

/**
 * The plainest static host, on 127.0.0.1 at a free port: serves the folder `root` under the URL
 * path `prefix` (e.g. /deltascope/sub/) file for file, index.html for a folder, plus fixed
 * in-memory files at their own paths. Paths outside the prefix are not found; paths that would
 * leave the folder are refused.
 */
export async function serveStatic(
  root: string,
  extra: Record<string, Uint8Array> = {},
  prefix = '/',
  { gzip = false, onSent }: ServeOptions = {},
): Promise<StaticServer> {
  const folder = absolutePath(root);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (status: number, headers: Record<string, string>, body: Uint8Array) => {
      response.on('finish', () => onSent?.(path, body.length));
      response.writeHead(status, headers).end(body);
    };
    const fixed = extra[path];
    if (fixed) {
      send(200, { 'content-type': 'application/octet-stream' }, fixed);
      return;
    }
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const relative = path.slice(prefix.length);
    const file = normalize(
      join(folder, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative),
    );
    if (!file.startsWith(folder + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const accepts = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
        if (gzip && accepts && COMPRESSED.has(extname(file))) {
          send(200, { 'content-type': type, 'content-encoding': 'gzip' }, gzipSync(body));
        } else send(200, { 'content-type': type }, body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
