/**
 * Regenerates models/onnx/onnx_proto.json (the protobufjs JSON descriptor
 * the exporter encodes with) from models/onnx/onnx.proto, the ONNX schema
 * (onnx 1.12, copied from Debian's python3-onnx, Apache-2.0).
 *
 *     deno run --allow-read --allow-write tests/models/make_onnx_descriptor.ts
 */
import protobuf from "protobufjs";

const dir = new URL("../../models/onnx/", import.meta.url);
const text = await Deno.readTextFile(new URL("onnx.proto", dir));
const { root } = protobuf.parse(text, { keepCase: true });
await Deno.writeTextFile(
  new URL("onnx_proto.json", dir),
  JSON.stringify(root.toJSON({ keepComments: false }), null, 1) + "\n",
);
console.log("wrote models/onnx/onnx_proto.json");
