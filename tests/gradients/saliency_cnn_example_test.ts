import assert from "node:assert/strict";
import { decode } from "fast-png";
import { tempDir } from "../_temp.ts";

const root = new URL("../../", import.meta.url).pathname;
const script = new URL("../../examples/saliency_cnn.ts", import.meta.url).pathname;

interface Summary {
  valAccuracy: number;
  picks: number[];
  layout: { panel: number; scale: number; gap: number; labelWidth: number; titleHeight: number };
  stats: Record<string, { onBar: number; pixelsFor80: number }>;
}

Deno.test("examples/saliency_cnn.ts draws a titled grid where guided backprop's maps are the sharpest", async () => {
  await using tmpOut = await tempDir("saliency-cnn-");
  const out = tmpOut.path;
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-write", script, "--out", out, "--epochs", "2"],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stdout = new TextDecoder().decode(r.stdout);
  assert.equal(r.code, 0, new TextDecoder().decode(r.stderr));
  assert.match(stdout, /held-out accuracy/);
  const names = [];
  for await (const e of Deno.readDir(out)) names.push(e.name);
  assert.deepEqual(names.sort(), ["saliency_cnn.json", "saliency_cnn.png"], "no temp files");
  const summary: Summary = JSON.parse(await Deno.readTextFile(`${out}/saliency_cnn.json`));
  assert.ok(summary.valAccuracy > 0.9, `the CNN learned the bars (${summary.valAccuracy})`);

  const { panel, scale, gap, labelWidth, titleHeight } = summary.layout;
  const img = decode(await Deno.readFile(`${out}/saliency_cnn.png`));
  const rows = summary.picks.length;
  assert.equal(rows, 8, "two images of each of the 4 classes");
  assert.deepEqual(
    [img.width, img.height, img.channels],
    [labelWidth + 4 * (panel + gap), titleHeight + rows * (panel + gap), 3],
  );
  const px = (x: number, y: number) => {
    const o = (y * img.width + x) * 3;
    return [img.data[o], img.data[o + 1], img.data[o + 2]];
  };
  const colX = (col: number) => labelWidth + col * (panel + gap);
  // column titles: dark text pixels above every column; row labels left of the panels
  for (let col = 0; col < 4; col++) {
    let ink = 0;
    for (let y = 0; y < titleHeight; y++) {
      for (let x = colX(col); x < colX(col) + panel; x++) if (px(x, y)[0] < 64) ink++;
    }
    assert.ok(ink > 20, `column ${col} has a title (${ink} dark pixels)`);
  }
  // per image pixel, how far the colour is from white (0 white .. 1 full colour)
  const strength = (col: number, row: number, i: number, j: number) => {
    const [r, g, b] = px(colX(col) + j * scale, titleHeight + row * (panel + gap) + i * scale);
    return 1 - Math.min(r, g, b) / 255;
  };
  const side = panel / scale;
  const strong = [0, 0, 0, 0], coloured = [0, 0, 0, 0];
  for (let col = 0; col < 4; col++) {
    for (let row = 0; row < rows; row++) {
      for (let i = 0; i < side; i++) {
        for (let j = 0; j < side; j++) {
          const s = strength(col, row, i, j);
          if (s > 0.02) coloured[col]++;
          if (s > 0.3) strong[col]++;
        }
      }
    }
  }
  for (let col = 0; col < 4; col++) assert.ok(coloured[col] > 0, `column ${col} is not blank`);
  // sharper: fewer strongly coloured pixels in the guided column than in the vanilla one
  assert.ok(
    strong[2] < strong[1],
    `guided has fewer strong pixels (${strong[2]}) than vanilla (${strong[1]})`,
  );
  // and, over the whole validation split, more of its mass on the bar, in fewer pixels
  const { vanilla, guided } = summary.stats;
  assert.ok(guided.onBar > vanilla.onBar * 1.3, JSON.stringify(summary.stats));
  assert.ok(guided.pixelsFor80 < vanilla.pixelsFor80 * 0.8, JSON.stringify(summary.stats));
});

Deno.test("examples/saliency_cnn.ts rejects a bad flag with a clear message", async () => {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-write", script, "--scale", "0"],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.notEqual(r.code, 0);
  assert.match(new TextDecoder().decode(r.stderr), /--scale must be an integer >= 1, got "0"/);
});
