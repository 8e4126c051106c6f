import assert from "node:assert/strict";
import { cnn, mlp, RectifyError, Rng } from "../../mod.ts";
import { decodeModel, encodeModel, mlpArchitecture, predict } from "../../models/mod.ts";
import { pick } from "./_fuzz.ts";
import { type BadCase, report, runMatrix } from "./_matrix.ts";

const FILE = "bad.safetensors";

const MLP = encodeModel(
  mlp({
    inputSize: 3,
    hidden: [4],
    outputSize: 2,
    activation: "prelu",
    batchNorm: true,
    rng: new Rng(5),
  }),
  { preprocessing: { standardize: { mean: [0, 1, 2], std: [1, 2, 3] } } },
);
const CNN = encodeModel(
  cnn({
    inputShape: [1, 4, 4],
    layers: [{ type: "conv2d", outChannels: 2, kernelSize: 3 }, { type: "batchNorm2d" }, "relu"],
    outputSize: 2,
    rng: new Rng(6),
  }),
  { inputShape: [1, 4, 4] },
);

function split(bytes: Uint8Array): { header: Record<string, unknown>; data: Uint8Array } {
  const n = Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0, true));
  return {
    header: JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n))),
    data: bytes.slice(8 + n),
  };
}

function join(header: unknown, data: Uint8Array, headerText = JSON.stringify(header)): Uint8Array {
  const h = new TextEncoder().encode(headerText);
  const out = new Uint8Array(8 + h.length + data.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(h.length), true);
  out.set(h, 8);
  out.set(data, 8 + h.length);
  return out;
}

// deno-lint-ignore no-explicit-any
type Json = Record<string, any>; // surgery on parsed headers: any shape goes

function edit(bytes: Uint8Array, fn: (h: Json) => void): Uint8Array {
  const { header, data } = split(bytes);
  fn(header as Json);
  return join(header, data);
}

const decode = (bytes: Uint8Array) => () => decodeModel(bytes, FILE);
const named = new RegExp(`^${FILE.replace(".", "\\.")}: `);

Deno.test("decodeModel: each kind of bad model file fails naming the file and the problem", async () => {
  const { data } = split(MLP);
  const cases: BadCase[] = [
    {
      name: "empty",
      run: decode(new Uint8Array(0)),
      code: "model",
      match: /fewer than the 8-byte/,
    },
    {
      name: "truncated data",
      run: decode(MLP.slice(0, MLP.length - 5)),
      code: "model",
      match: /run past the end of the data/,
    },
    {
      name: "truncated header",
      run: decode(MLP.slice(0, 40)),
      code: "model",
      match: /header length \d+ runs past the end/,
    },
    {
      name: "header length past the end",
      run: decode((() => {
        const b = MLP.slice();
        new DataView(b.buffer).setBigUint64(0, 1n << 40n, true);
        return b;
      })()),
      code: "model",
      match: /header length 1099511627776 runs past the end/,
    },
    {
      name: "non-JSON header",
      run: decode(join(null, data, "{not json".padEnd(16))),
      code: "model",
      match: /not UTF-8 JSON/,
    },
    {
      name: "header is an array",
      run: decode(join([], data)),
      code: "model",
      match: /not a JSON object/,
    },
    {
      name: "overlapping offsets",
      run: decode(edit(MLP, (h) => {
        h["0.bias"].data_offsets = h["0.weight"].data_offsets.map((x: number) => x);
        h["0.bias"].shape = [...h["0.weight"].shape];
      })),
      code: "model",
      match: /overlap/,
    },
    {
      name: "offsets out of range",
      run: decode(edit(MLP, (h) => {
        h["0.bias"].data_offsets = [1e6, 1e6 + 16];
      })),
      code: "model",
      match:
        /"0\.bias" data_offsets \[1000000,1000016\] run past the end of the data \(192 bytes\)/,
    },
    {
      name: "unknown dtype",
      run: decode(edit(MLP, (h) => {
        h["0.weight"].dtype = "F128";
      })),
      code: "model",
      match: /"0\.weight" has unknown dtype "F128"/,
    },
    {
      name: "shape/size mismatch",
      run: decode(edit(MLP, (h) => {
        h["0.weight"].shape = [4, 4];
      })),
      code: "model",
      match: /"0\.weight" of shape \[4, 4\] and dtype F32 needs 64 bytes/,
    },
    {
      name: "wrong architecture",
      run: () =>
        decodeModel(MLP, FILE, {
          architecture: mlpArchitecture({ inputSize: 3, hidden: [5], outputSize: 2 }),
        }),
      code: "model",
      match: /tensor "0\.weight" has shape \[4, 3\], the architecture needs \[5, 3\]/,
    },
    {
      name: "unknown activation in the architecture",
      run: decode(edit(MLP, (h) => {
        h.__metadata__.architecture = h.__metadata__.architecture.replace('"prelu"', '"prelux"');
      })),
      code: "model",
      match: /cannot build its architecture: Unknown activation "prelux"; did you mean "prelu"/,
    },
    {
      name: "architecture not JSON",
      run: decode(edit(MLP, (h) => {
        h.__metadata__.architecture = "{";
      })),
      code: "model",
      match: /__metadata__ "architecture" is not JSON/,
    },
    {
      name: "metadata value not a string",
      run: decode(edit(MLP, (h) => {
        h.__metadata__.format = 1;
      })),
      code: "model",
      match: /__metadata__ "format" must be a string/,
    },
    {
      name: "an extra tensor",
      run: decode(edit(CNN, (h) => {
        h["9.weight"] = { ...h["0.bias"] };
        h["0.bias"].data_offsets = [0, 0];
        h["0.bias"].shape = [0];
      })),
      code: "model",
    },
    {
      name: "num_batches_tracked as a float",
      run: decode(edit(CNN, (h) => {
        h["1.num_batches_tracked"].dtype = "F64";
      })),
      code: "model",
      match: /"1\.num_batches_tracked" has dtype F64, expected I64/,
    },
    {
      name: "preprocessing of the wrong width",
      run: decode(edit(MLP, (h) => {
        h.__metadata__.preprocessing = JSON.stringify({ standardize: { mean: [0], std: [1] } });
      })),
      code: "model",
      match: /standardize\.mean must be 3 finite numbers/,
    },
  ];
  for (const c of cases) {
    const inner = c.run;
    c.run = () => {
      try {
        return inner();
      } catch (e) {
        if (e instanceof RectifyError && !named.test(e.message)) {
          throw new Error(`message does not start with the file name: ${e.message}`);
        }
        throw e;
      }
    };
  }
  await runMatrix("model files (hand-written bad files)", cases);
});

/** Mutations of a valid file's bytes. */
const MUTATIONS: Record<string, (rng: Rng, b: Uint8Array) => Uint8Array> = {
  truncate: (rng, b) => b.slice(0, rng.int(b.length)),
  "flip a byte": (rng, b) => {
    const c = b.slice();
    c[rng.int(c.length)] ^= 1 + rng.int(255);
    return c;
  },
  "flip a header byte": (rng, b) => {
    const c = b.slice();
    if (c.length < 9) return c;
    const n = Math.min(Number(new DataView(c.buffer).getBigUint64(0, true)), c.length - 8);
    c[8 + rng.int(n)] = pick(rng, [0x22, 0x2c, 0x5b, 0x5d, 0x7b, 0x7d, 0x30, 0x39, 0x2d, 0x00]);
    return c;
  },
  "append bytes": (rng, b) => {
    const c = new Uint8Array(b.length + 1 + rng.int(16));
    c.set(b);
    return c;
  },
  "edit a number in the header": (rng, b) => {
    let parts;
    try {
      parts = split(b);
    } catch {
      return b; // an earlier mutation broke the header already
    }
    const { header, data } = parts;
    const text = JSON.stringify(header).replace(
      /\d+/g,
      (m) => (rng.int(6) === 0 ? String(Number(m) + pick(rng, [-1, 1, 4, 1000])) : m),
    );
    return join(null, data, text);
  },
  "length field": (rng, b) => {
    const c = b.slice();
    new DataView(c.buffer).setBigUint64(0, BigInt(rng.int(c.length + 20)), true);
    return c;
  },
};

Deno.test("decodeModel: random mutations load a working model or fail with a model error naming the file", () => {
  const rng = new Rng(4242);
  const names = Object.keys(MUTATIONS);
  let rejected = 0, accepted = 0;
  const misses: string[] = [];
  for (let i = 0; i < 3000; i++) {
    let b = pick(rng, [MLP, CNN]);
    const applied: string[] = [];
    for (let k = 0; k < 1 + rng.int(2); k++) {
      const m = pick(rng, names);
      applied.push(m);
      b = MUTATIONS[m](rng, b);
    }
    try {
      const loaded = decodeModel(b, FILE);
      const f = loaded.architecture.inputShape.reduce((x, y) => x * y, 1);
      const p = predict(loaded, new Array(2 * f).fill(0.5), 2);
      if (!p.values.every(Number.isFinite)) misses.push(`${applied.join("+")}: non-finite output`);
      accepted++;
    } catch (e) {
      if (e instanceof RectifyError && e.code === "model" && named.test(e.message)) rejected++;
      else {misses.push(
          `${applied.join("+")}: ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`,
        );}
    }
  }
  report(
    "model files (byte-level mutations)",
    rejected + misses.length,
    rejected,
    `rejected with a model error (${accepted} still valid and ran)`,
  );
  assert.deepEqual(misses.slice(0, 5), []);
});
