/**
 * Serve the playground on 127.0.0.1 with `Deno.serve`: the page, its
 * browser build (`playground/dist/`, made by `deno task build:playground`),
 * the digits CSV and, with `--plugins DIR`, plugin modules under `/plugins/`.
 * Nothing else is served and the page fetches nothing from elsewhere.
 *
 * Run: `deno task playground [--port 8787] [--plugins DIR]`.
 *
 * @module
 */

import { parseArgs } from "node:util";

const HERE = new URL("./", import.meta.url);
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};
const FILES: Record<string, URL> = {
  "/": new URL("index.html", HERE),
  "/index.html": new URL("index.html", HERE),
  "/style.css": new URL("style.css", HERE),
  "/app.js": new URL("dist/app.js", HERE),
  "/worker.js": new URL("dist/worker.js", HERE),
  "/rectify.js": new URL("dist/rectify.js", HERE),
  "/data/digits.csv": new URL("../data/digits.csv", HERE),
};

/** Options of {@linkcode servePlayground}. */
export interface PlaygroundServerOptions {
  /** Port (0 picks a free one). */
  port: number;
  /** A directory served under `/plugins/` (plugin modules to load by URL). */
  plugins?: string;
  /** Stops the server when aborted. */
  signal?: AbortSignal;
  /** Called once listening, with the page's URL. */
  onListen?: (url: string) => void;
}

function contentType(path: string): string {
  return TYPES[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream";
}

async function file(url: URL | string): Promise<Response> {
  try {
    const body = await Deno.readFile(url);
    const path = typeof url === "string" ? url : url.pathname;
    return new Response(body, {
      headers: { "content-type": contentType(path), "cache-control": "no-cache" },
    });
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return new Response("not found\n", { status: 404 });
    throw e;
  }
}

/** The request handler (exported for tests). */
export function playgroundHandler(
  options: { plugins?: string } = {},
): (r: Request) => Promise<Response> {
  const plugins = options.plugins === undefined ? null : Deno.realPathSync(options.plugins);
  return async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return new Response("method not allowed\n", { status: 405 });
    }
    const path = new URL(request.url).pathname;
    const known = FILES[path];
    if (known) return await file(known);
    if (plugins !== null && path.startsWith("/plugins/")) {
      const rel = decodeURIComponent(path.slice("/plugins/".length));
      if (rel === "" || rel.split("/").some((p) => p === ".." || p === "." || p === "")) {
        return new Response("not found\n", { status: 404 });
      }
      return await file(`${plugins}/${rel}`);
    }
    return new Response("not found\n", { status: 404 });
  };
}

/** Start the server on 127.0.0.1; resolves once it listens. */
export function servePlayground(options: PlaygroundServerOptions): Deno.HttpServer<Deno.NetAddr> {
  return Deno.serve({
    hostname: "127.0.0.1",
    port: options.port,
    signal: options.signal,
    onListen: ({ port }) => options.onListen?.(`http://127.0.0.1:${port}/`),
  }, playgroundHandler({ plugins: options.plugins }));
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      port: { type: "string", default: "8787" },
      plugins: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log("deno task playground [--port N] [--plugins DIR]");
    Deno.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be an integer in 0..65535, got ${JSON.stringify(values.port)}`);
    Deno.exit(2);
  }
  servePlayground({
    port,
    plugins: values.plugins,
    onListen: (url) => console.log(`rectify playground: ${url}`),
  });
}
