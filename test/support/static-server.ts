/**
 * A tiny static file server on 127.0.0.1 and a random port, for the browser test's built site.
 * GET/HEAD only, no directory listings, nothing outside the root; every request is logged so a test
 * can see what the page asked for.
 */
import { promises as fs } from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Paths requested so far, with the status served. */
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const requests: StaticServer["requests"] = [];

  const server = http.createServer((req, res) => {
    const send = (status: number, body: string | Buffer, type = "text/plain; charset=utf-8"): void => {
      requests.push({ path: req.url ?? "", status });
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed");
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      return send(400, "bad request");
    }
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) return send(403, "forbidden");
    fs.readFile(file).then(
      (body) => send(200, body, TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream"),
      (error: NodeJS.ErrnoException) => send(error.code === "ENOENT" || error.code === "EISDIR" ? 404 : 500, `${pathname}: ${error.code ?? error.message}`),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Chromium may keep connections alive; drop them so close() does not wait for their timeout.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
