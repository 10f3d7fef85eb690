/**
 * A tiny static server for the benchmark: the production build at /, the synthetic data at
 * /bench-data/ and the reference page at /reference/. One origin, so the app's `?data=` loads the
 * synthetic files as a same-origin path (its CSP allows connect-src 'self'). Serving files only:
 * paths are resolved inside their root and anything escaping it is refused.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

export interface Mounts {
  /** URL prefix (e.g. "/bench-data/") → directory; "/" is the app and falls back to index.html. */
  [prefix: string]: string;
}

function fileFor(mounts: Mounts, pathname: string): string | null {
  const prefix = Object.keys(mounts)
    .filter((p) => pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  const root = resolve(mounts[prefix]!);
  const file = resolve(join(root, normalize(decodeURIComponent(pathname.slice(prefix.length)))));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, "index.html"))) return join(file, "index.html");
  // Single-page app: an unknown path without an extension is a route; serve the app's page.
  return prefix === "/" && !extname(file) ? join(root, "index.html") : null;
}

export function startStaticServer(mounts: Mounts, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    const file = fileFor(mounts, pathname);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": statSync(file).size,
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done(server));
  });
}
