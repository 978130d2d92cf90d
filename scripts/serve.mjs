// Serves the demo article (and tests/fixtures) on 127.0.0.1 so the extension can be tried on it:
// `npm run serve` (Ctrl-C stops it). Loopback only, read-only, never anything outside those folders.
// The e2e harness (tests/e2e/harness.ts) has its own server that also serves ../shared pages.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const roots = { "/demo/": join(root, "demo"), "/fixtures/": join(root, "tests", "fixtures") };
const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
};

function fileFor(pathname) {
  if (pathname === "/") return join(roots["/demo/"], "article.html");
  for (const [prefix, dir] of Object.entries(roots)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = resolve(dir, normalize(decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) return null;
    return file;
  }
  return null;
}

/** Starts the server; port 0 picks a free one. Resolves with its base URL and a close function. */
export function serve(port = 0) {
  const server = createServer((req, res) => {
    let file = null;
    try {
      file = fileFor(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      // A malformed %-escape: answered as not found.
    }
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    const bytes = readFileSync(file);
    let type = types[extname(file)] ?? "application/octet-stream";
    // A page that declares its own charset keeps it (fixtures in other encodings).
    if (extname(file) === ".html" && /<meta[^>]+charset\s*=/i.test(bytes.subarray(0, 4096).toString("latin1"))) type = "text/html";
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    res.end(bytes);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      ok({ url, demoUrl: `${url}/demo/article.html`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8517);
  const { demoUrl } = await serve(port);
  console.log(`Serving the demo article at ${demoUrl} (Ctrl-C to stop)`);
}
