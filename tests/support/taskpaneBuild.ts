/* Builds the task pane once per test run (officeJs=local: no network) and serves it on loopback. */
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { execFileSync } from "node:child_process";

const ROOT = resolve(__dirname, "../..");
export const E2E_DIST = join(ROOT, "out", "e2e-dist");
const LOCK = join(ROOT, "out", "e2e-dist.lock");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
};

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** One build per run even when several test files ask at once: the first takes the lock, the others wait. */
export async function ensureTaskpaneBuild(): Promise<string> {
  mkdirSync(join(ROOT, "out"), { recursive: true });
  const marker = join(E2E_DIST, ".built");
  const runId = process.env.JEST_RUN_ID ?? String(process.ppid);
  for (;;) {
    if (existsSync(marker) && readFileSync(marker, "utf8") === runId) return E2E_DIST;
    try {
      mkdirSync(LOCK);
    } catch {
      if (Date.now() - statSync(LOCK).mtimeMs > 180_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      execFileSync(
        process.execPath,
        [
          join(ROOT, "node_modules/webpack/bin/webpack.js"),
          "--mode",
          "production",
          "--env",
          "officeJs=local",
          "--output-path",
          E2E_DIST,
        ],
        { cwd: ROOT, stdio: "pipe" },
      );
      writeFileSync(marker, runId);
      return E2E_DIST;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export function serveDirectory(dir: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      done({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((closed) => server.close(() => closed())) });
    }),
  );
}
