import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

export interface StaticServer {
  /** The origin plus the path prefix, such as `http://127.0.0.1:4321/docs/it/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a plain static host does: files under a path prefix, `index.html`
 * for folders, the site's own `404.html` with status 404 for anything else. Loopback only.
 */
export function serveStatic(dir: string, { prefix = "/", port = 0 }: { prefix?: string; port?: number } = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(prefix)) return send(response, 404, path.join(root, "404.html"));
    pathname = `/${pathname.slice(prefix.length)}`;
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root)) return send(response, 403);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        response.writeHead(301, { location: `${url.pathname}/` }).end();
        return;
      }
      file = path.join(file, "index.html");
    }
    if (!fs.existsSync(file)) return send(response, 404, path.join(root, "404.html"));
    send(response, 200, file);
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({
        origin,
        url: `${origin}${prefix}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function send(response: http.ServerResponse, status: number, file?: string): void {
  if (!file || !fs.existsSync(file)) {
    response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(String(status));
    return;
  }
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  // Hashed assets never change; everything else is revalidated, as the hosting guide recommends.
  const cache = /\/assets\//.test(file) ? "public, max-age=31536000, immutable" : "no-cache";
  response.writeHead(status, { "content-type": type, "cache-control": cache });
  fs.createReadStream(file).pipe(response);
}
