const MAX_FUNCTION = 60;
const MAX_FILE = 600;
/** The core/ directory of this repository. */
const CORE = new URL("../../core/", import.meta.url).pathname;
function lines(text: string, a: number, b: number): number {
  let n = 1;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
/**
 * Lint plugin (deno.json "lint.plugins"): the size limits of core/ (issue 13).
 * No file in core/ over 600 lines, no function over 60 lines; `deno lint`
 * reports each one as rectify/core-size.
 */
const plugin: Deno.lint.Plugin = {
  name: "rectify",
  rules: {
    "core-size": {
      create(context) {
        const file = context.filename.replaceAll("\\", "/");
        if (!file.startsWith(CORE) || file.slice(CORE.length).includes("/")) return {};
        const text = context.sourceCode.text;
        const fn = (node: Deno.lint.Node & { range: Deno.lint.Range }) => {
          const n = lines(text, node.range[0], node.range[1]);
          if (n > MAX_FUNCTION) {
            context.report({
              node,
              message: `function of ${n} lines; core keeps functions to ${MAX_FUNCTION}`,
            });
          }
        };
        return {
          Program(node) {
            const n = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
            if (n > MAX_FILE) {
              context.report({
                node,
                message: `file of ${n} lines; core keeps files to ${MAX_FILE}`,
              });
            }
          },
          FunctionDeclaration: fn,
          FunctionExpression: fn,
          ArrowFunctionExpression: fn,
        };
      },
    },
  },
};
export default plugin;
