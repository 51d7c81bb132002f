import { dirname, resolve, sep } from 'node:path';

/**
 * The feature folder a path lies in: for `…/app/features/users/edit/page.ts`, the root
 * `…/app/features` and the name `users`; null outside `features/`.
 */
function featureOf(path) {
  const parts = path.split(sep);
  const index = parts.lastIndexOf('features');
  if (index < 0 || index + 2 > parts.length - 1) {
    return null;
  }
  return { root: parts.slice(0, index + 1).join(sep), name: parts[index + 1] };
}

/**
 * Features never import from one another (`features/users` → `features/organisations`), so each
 * can change or go without breaking the rest: what two features share lives in `shared/` (or in
 * `core/` when it is a service). A feature's own subfolders are its own.
 */
export const noCrossFeatureImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports from one feature folder into another' },
    schema: [],
    messages: {
      crossFeature:
        "features/{{from}} may not import from features/{{to}} ('{{source}}'): move what both need to shared/ (or core/ for a service).",
    },
  },
  create(context) {
    const from = featureOf(context.filename);
    if (!from) {
      return {};
    }
    const check = (node) => {
      const source = node?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) {
        return;
      }
      const to = featureOf(resolve(dirname(context.filename), source));
      if (to && to.root === from.root && to.name !== from.name) {
        context.report({ node, messageId: 'crossFeature', data: { from: from.name, to: to.name, source } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source.type === 'Literal' ? node.source : null),
    };
  },
};

export default {
  meta: { name: 'web-local' },
  rules: { 'no-cross-feature-imports': noCrossFeatureImports },
};
