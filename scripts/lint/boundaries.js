import path from "node:path";

/**
 * lattice/boundaries: the layers of src/ import downwards only, and features never import each other
 * (they meet in src/app/). A local rule rather than no-restricted-imports because it resolves each
 * relative import against the importing file, so it holds at any folder depth and for `import()` and
 * `export … from` alike. The layers and the reasons are in docs/architecture.md.
 *
 * Options: { layers, libraries }
 * - layers: folders from the bottom up; a module may import its own layer and those listed before it.
 *   A folder ending in "/*" holds one layer per sub-folder that may not import its siblings.
 * - libraries: package name -> the only folder that may import it (and its sub-paths).
 */

/** The layer a repository-relative path belongs to, e.g. "src/features/graph", or undefined. */
function layerOf(file, layers) {
  for (const layer of layers) {
    if (layer.endsWith("/*")) {
      const parent = layer.slice(0, -1);
      if (file.startsWith(parent)) {
        const child = file.slice(parent.length).split("/")[0];
        if (child) return { rank: layers.indexOf(layer), folder: parent + child, siblings: true };
      }
    } else if (file === layer || file.startsWith(layer + "/")) {
      return { rank: layers.indexOf(layer), folder: layer, siblings: false };
    }
  }
  return undefined;
}

function packageOf(source) {
  const parts = source.split("/");
  return source.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** @type {import("eslint").Rule.RuleModule} */
export const boundaries = {
  meta: {
    type: "problem",
    docs: { description: "Keep src/ layers importing downwards and features apart" },
    schema: [
      {
        type: "object",
        properties: {
          layers: { type: "array", items: { type: "string" } },
          libraries: { type: "object", additionalProperties: { type: "string" } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      sibling: "{{from}} may not import {{to}}: features never import each other; they meet in src/app/.",
      upward: "{{from}} may not import {{to}}: a layer imports only the layers below it ({{below}}).",
      library: "Only {{owner}} may import {{library}}.",
    },
  },
  create(context) {
    const { layers = [], libraries = {} } = context.options[0] ?? {};
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join("/");
    const here = layerOf(file, layers);

    function check(node) {
      const source = node?.type === "Literal" && typeof node.value === "string" ? node.value : undefined;
      if (source === undefined) return;
      if (!source.startsWith(".")) {
        const owner = libraries[packageOf(source)];
        if (owner && file !== owner && !file.startsWith(owner + "/")) {
          context.report({ node, messageId: "library", data: { owner, library: source } });
        }
        return;
      }
      if (!here) return;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
      const there = layerOf(target, layers);
      if (!there || there.folder === here.folder) return;
      if (there.rank === here.rank && here.siblings) {
        context.report({ node, messageId: "sibling", data: { from: here.folder, to: there.folder } });
      } else if (there.rank >= here.rank) {
        const below = layers.slice(0, here.rank).join(", ") || "none";
        context.report({ node, messageId: "upward", data: { from: here.folder, to: there.folder, below } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
