/** A small https static file server for dist/ on a free localhost port (the e2e test's dev server). */
import { createServer, type Server } from "https";
import { createReadStream, statSync } from "fs";
import { extname, join, normalize, sep } from "path";
import type { AddressInfo } from "net";
import { selfSignedCertificate } from "../../scripts/certs";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".css": "text/css",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".map": "application/json",
};

export interface RunningServer {
  readonly origin: string;
  /** paths requested, in order */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<RunningServer> {
  const requests: string[] = [];
  const server: Server = createServer(selfSignedCertificate(), (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname);
    requests.push(urlPath);
    const file = normalize(join(root, urlPath === "/" ? "taskpane.html" : urlPath));
    if (!file.startsWith(normalize(root) + sep)) {
      res.writeHead(403).end();
      return;
    }
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error("not a file");
      size = st.size;
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Content-Length": size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://localhost:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Headless Chromium for the task pane: a pane-sized window, a clerk's locale, no background traffic. */
export function paneContextOptions(executablePath: string) {
  return {
    executablePath,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 420, height: 900 },
    locale: "zh-CN", // a clerk's browser: the pane follows navigator.language
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  };
}
