import path from 'node:path';

/**
 * The API's domain map, enforced on every relative import under `apps/api/src`.
 *
 * Each key is a folder of `src/`; its list is what it may import besides itself. Dependencies
 * run one way: identity ← learning ← coding; assessment → learning; placement → assessment,
 * learning, coding; nothing depends on placement, and no two domains import each other.
 * `common/` (guards, problem+json, HTTP and mail helpers) and `config/` belong to no domain and
 * import no domain.
 *
 * Everything else in `src/` is the application level: the files at its top (app.module.ts,
 * main.ts, cli.ts…), `database/` (which registers every domain's entities), `home/` and
 * `health/`. It composes the domains, so it may import anything, and nothing in the map may
 * import it. Test files (`*.spec.ts`, `*.integration-spec.ts`) start the whole application and
 * seed it with several domains' seeds, so they count as application level too.
 */
export const DOMAIN_MAP = {
  config: [],
  common: ['config'],
  identity: ['common', 'config'],
  learning: ['identity', 'common', 'config'],
  coding: ['learning', 'identity', 'common', 'config'],
  assessment: ['learning', 'identity', 'common', 'config'],
  placement: ['assessment', 'coding', 'learning', 'identity', 'common', 'config'],
};

/** The domains proper (not the shared folders): their entities are private to them. */
export const DOMAINS = ['identity', 'learning', 'coding', 'assessment', 'placement'];

const TEST_FILE = /\.(integration-)?spec\.ts$/;

/** The folder of `src/` a path lies in, or null when it lies outside `src/`. */
function areaOf(srcRoot, file) {
  const relative = path.relative(srcRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [first, ...rest] = relative.split(path.sep);
  return rest.length === 0 ? 'app' : first;
}

const options = [
  {
    type: 'object',
    properties: { srcRoot: { type: 'string' } },
    required: ['srcRoot'],
    additionalProperties: false,
  },
];

/**
 * Calls `check(from, to, target, node)` for every relative import of a file in the map (not a
 * test file) that leaves the file's own folder of `src/`.
 */
function crossingImports(context, check) {
  const { srcRoot } = context.options[0];
  const file = context.physicalFilename;
  const from = areaOf(srcRoot, file);
  if (!from || !(from in DOMAIN_MAP) || TEST_FILE.test(file)) return {};
  const visit = (node) => {
    const source = node?.value;
    if (typeof source !== 'string' || !source.startsWith('.')) return;
    const targetFile = path.resolve(path.dirname(file), source);
    const to = areaOf(srcRoot, targetFile);
    if (to === null || to === from) return;
    check(from, to, path.relative(srcRoot, targetFile), node);
  };
  return {
    ImportDeclaration: (node) => visit(node.source),
    ExportNamedDeclaration: (node) => visit(node.source),
    ExportAllDeclaration: (node) => visit(node.source),
    ImportExpression: (node) => visit(node.source),
  };
}

/** @type {import('eslint').Rule.RuleModule} */
const domainMap = {
  meta: {
    type: 'problem',
    docs: { description: "Keeps the API's imports to its domain map." },
    schema: options,
    messages: {
      direction:
        '{{from}}/ may not import from {{to}}/: the domain map allows {{from}}/ to import only from {{allowed}}.',
      appLevel:
        '{{from}}/ may not import {{target}}: it is application level (it composes the domains), and nothing in the domain map imports it.',
    },
  },
  create: (context) =>
    crossingImports(context, (from, to, target, node) => {
      const allowed = DOMAIN_MAP[from];
      if (!(to in DOMAIN_MAP)) {
        context.report({ node, messageId: 'appLevel', data: { from, target } });
      } else if (!allowed.includes(to)) {
        const list = allowed.length === 0 ? 'nothing' : allowed.map((a) => `${a}/`).join(', ');
        context.report({ node, messageId: 'direction', data: { from, to, allowed: list } });
      }
    }),
};

/** @type {import('eslint').Rule.RuleModule} */
const privateEntities = {
  meta: {
    type: 'problem',
    docs: { description: "Keeps each domain's entity classes private to it." },
    schema: options,
    messages: {
      entity:
        "{{from}}/ may not import {{target}}: a domain's entities are private to it; use the read API it exports instead.",
    },
  },
  create: (context) =>
    crossingImports(context, (from, to, target, node) => {
      // An entity may name another domain's entity in a relation: it mirrors a foreign key the
      // migrations define, and loads nothing by itself.
      if (path.dirname(context.physicalFilename).split(path.sep).includes('entities')) return;
      if (DOMAINS.includes(to) && target.split(path.sep).includes('entities')) {
        context.report({ node, messageId: 'entity', data: { from, target } });
      }
    }),
};

export default { rules: { 'domain-map': domainMap, 'private-entities': privateEntities } };
