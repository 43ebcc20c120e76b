// Finds network code in a TypeScript source with the compiler's syntax tree (not regexes, so comments and
// strings never count): runtime imports of Node's network modules, undici and Electron's `net`, and uses of
// the browser/Node globals that open connections (fetch, WebSocket, XMLHttpRequest, EventSource).
import ts from 'typescript';

export interface NetworkUse {
  line: number;
  /** What was found, e.g. "import of node:https" or "call of fetch". */
  what: string;
}

/** Module names (without `node:`) whose runtime import is network code. */
export const NETWORK_MODULES: ReadonlySet<string> = new Set([
  'net',
  'http',
  'https',
  'http2',
  'tls',
  'dgram',
  'dns',
  'dns/promises',
  'undici',
]);

/** Globals that open connections when called or constructed. */
export const NETWORK_GLOBALS: ReadonlySet<string> = new Set(['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource']);

/** Names through which code reaches the global object. */
const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'window', 'self', 'global']);

function networkModule(specifier: string): string | null {
  const name = specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
  return NETWORK_MODULES.has(name) ? specifier : null;
}

function stringArgument(call: ts.CallExpression): string | null {
  const first = call.arguments[0];
  return first && ts.isStringLiteralLike(first) ? first.text : null;
}

/** True when the identifier is a value read (fetch(...), x = fetch), not a property key, declaration or type. */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isShorthandPropertyAssignment(parent)) return true; // { fetch } reads fetch
  if ('name' in parent && parent.name === node) return false; // a.fetch, const fetch, { fetch: 1 }, method fetch()
  if ('propertyName' in parent && parent.propertyName === node) return false; // { fetch: f } = x, import { fetch as f }
  if (ts.isTypeNode(parent) || ts.isQualifiedName(parent)) return false;
  if (ts.isExpressionWithTypeArguments(parent)) {
    const clause = parent.parent;
    return (
      ts.isHeritageClause(clause) && clause.token === ts.SyntaxKind.ExtendsKeyword && ts.isClassLike(clause.parent)
    );
  }
  return true;
}

/** Names the file itself declares (a local `fetch` is not the global one). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isBindingElement(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      // Destructuring a global (const { fetch } = globalThis) is still the global.
      if (!(ts.isBindingElement(node) && destructuresGlobal(node))) names.add(node.name.text);
    }
    if (ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node)) {
      if (node.name) names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

function destructuresGlobal(element: ts.BindingElement): boolean {
  const declaration = element.parent.parent;
  return (
    ts.isVariableDeclaration(declaration) &&
    declaration.initializer !== undefined &&
    ts.isIdentifier(declaration.initializer) &&
    GLOBAL_OBJECTS.has(declaration.initializer.text)
  );
}

export function findNetworkUses(fileName: string, text: string): NetworkUse[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const uses: NetworkUse[] = [];
  const local = declaredNames(source);
  const electronNamespaces = new Set<string>();
  const record = (node: ts.Node, what: string): void => {
    uses.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, what });
  };

  const visitImport = (node: ts.ImportDeclaration): void => {
    if (!ts.isStringLiteral(node.moduleSpecifier)) return;
    const specifier = node.moduleSpecifier.text;
    const clause = node.importClause;
    if (clause?.isTypeOnly) return;
    const bindings = clause?.namedBindings;
    if (specifier === 'electron') {
      if (clause?.name) electronNamespaces.add(clause.name.text);
      if (bindings && ts.isNamespaceImport(bindings)) electronNamespaces.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          if (!element.isTypeOnly && (element.propertyName ?? element.name).text === 'net') {
            record(element, "import of electron's net");
          }
        }
      }
      return;
    }
    if (!networkModule(specifier)) return;
    // `import { type IncomingMessage } from 'node:http'` loads nothing at run time.
    const onlyTypes =
      clause !== undefined &&
      clause.name === undefined &&
      bindings !== undefined &&
      ts.isNamedImports(bindings) &&
      bindings.elements.every((element) => element.isTypeOnly);
    if (!onlyTypes) record(node, `import of ${specifier}`);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) visitImport(node);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier) {
      const specifier = ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : '';
      if (networkModule(specifier)) record(node, `re-export of ${specifier}`);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      const specifier = ts.isStringLiteral(expression) ? expression.text : '';
      if (networkModule(specifier) || specifier === 'electron') record(node, `import = require('${specifier}')`);
    } else if (ts.isCallExpression(node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamicImport || isRequire) {
        const how = isDynamicImport ? 'import()' : 'require()';
        const specifier = stringArgument(node);
        if (specifier === null) record(node, `${how} of a computed module name`);
        else if (networkModule(specifier)) record(node, `${how} of ${specifier}`);
        else if (specifier === 'electron') record(node, `${how} of electron (use a static import)`);
      }
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const object = node.expression.text;
      const name = node.name.text;
      if (electronNamespaces.has(object) && name === 'net') record(node, "use of electron's net");
      if (GLOBAL_OBJECTS.has(object) && NETWORK_GLOBALS.has(name) && !local.has(object)) {
        record(node, `use of ${object}.${name}`);
      }
    } else if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const key = node.argumentExpression;
      if (GLOBAL_OBJECTS.has(node.expression.text) && ts.isStringLiteralLike(key) && NETWORK_GLOBALS.has(key.text)) {
        record(node, `use of ${node.expression.text}['${key.text}']`);
      }
    } else if (ts.isBindingElement(node) && destructuresGlobal(node)) {
      const key = node.propertyName ?? node.name;
      if (ts.isIdentifier(key) && NETWORK_GLOBALS.has(key.text)) record(node, `destructuring of global ${key.text}`);
    } else if (ts.isIdentifier(node) && NETWORK_GLOBALS.has(node.text) && !local.has(node.text)) {
      if (isValueReference(node)) {
        const parent = node.parent;
        const how =
          ts.isCallExpression(parent) && parent.expression === node
            ? 'call of'
            : ts.isNewExpression(parent) && parent.expression === node
              ? 'construction of'
              : 'reference to';
        record(node, `${how} ${node.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}
