import assert from "node:assert/strict";
import { playgroundHandler, servePlayground } from "../../playground/serve.ts";

const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;

Deno.test("playgroundHandler() serves the page, its build, digits and plugins, nothing else", async (t) => {
  const handle = playgroundHandler({ plugins: FIXTURES });
  const get = (path: string, method = "GET") =>
    handle(new Request(`http://127.0.0.1${path}`, { method }));
  const cases: [string, number, string | null][] = [
    ["/", 200, "text/html; charset=utf-8"],
    ["/app.js", 200, "text/javascript; charset=utf-8"],
    ["/worker.js", 200, "text/javascript; charset=utf-8"],
    ["/rectify.js", 200, "text/javascript; charset=utf-8"],
    ["/style.css", 200, "text/css; charset=utf-8"],
    ["/data/digits.csv", 200, "text/csv; charset=utf-8"],
    ["/plugins/square_plus.js", 200, "text/javascript; charset=utf-8"],
    ["/plugins/none.js", 404, null],
    ["/plugins/../serve_test.ts", 404, null],
    ["/plugins/%2e%2e/serve_test.ts", 404, null],
    ["/deno.json", 404, null],
  ];
  for (const [path, code, type] of cases) {
    await t.step(`${path} → ${code}`, async () => {
      const res = await get(path);
      assert.equal(res.status, code);
      if (type) assert.equal(res.headers.get("content-type"), type);
      await res.body?.cancel();
    });
  }
  await t.step("POST → 405", async () => {
    const res = await get("/", "POST");
    assert.equal(res.status, 405);
    await res.body?.cancel();
  });
  await t.step("without --plugins, /plugins/ is not served", async () => {
    const res = await playgroundHandler()(new Request("http://127.0.0.1/plugins/square_plus.js"));
    assert.equal(res.status, 404);
    await res.body?.cancel();
  });
});

Deno.test("servePlayground() listens on 127.0.0.1 and reports the URL", async () => {
  const ac = new AbortController();
  let url = "";
  const server = servePlayground({ port: 0, signal: ac.signal, onListen: (u) => url = u });
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(url);
    assert.match(await res.text(), /<script type="module" src="app\.js"><\/script>/);
  } finally {
    ac.abort();
    await server.finished;
  }
});

Deno.test("`playground/serve.ts --port` rejects a bad port", async () => {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-net=127.0.0.1", "playground/serve.ts", "--port", "x"],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(out.code, 2);
  assert.match(
    new TextDecoder().decode(out.stderr),
    /--port must be an integer in 0\.\.65535, got "x"/,
  );
});
