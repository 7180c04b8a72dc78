/**
 * Derives the OpenAPI schemas of the API's responses from the TypeScript types in
 * `libs/contracts`, so that each shape is written once (as an interface the API and the apps
 * share) and documented from it. Run `npm run openapi:schemas` after changing a contract; a unit
 * test fails while `contract-schemas.ts` is out of date.
 *
 * Only for development: it reads the sources with the TypeScript compiler and is never bundled.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import ts from 'typescript';

type Schema = Record<string, unknown>;

const ROOT = resolve(__dirname, '../../../../..');
const CONTRACTS = join(ROOT, 'libs/contracts/src/index.ts');
export const CONTRACT_SCHEMAS_FILE = join(__dirname, 'contract-schemas.ts');

/**
 * Generic contracts have no schema of their own; these instances of them do, under these names.
 * Add one when a route returns another instance.
 */
const INSTANCES: Record<string, string> = {
  AccountViewPage: 'Page<AccountView>',
  ReviewFeedEntryPage: 'Page<ReviewFeedEntry>',
};

const INSTANCES_FILE = join(ROOT, 'libs/contracts/src/__openapi_instances__.ts');

/** The repository's compiler options, to type-check the contracts (and code that uses them). */
export function compilerOptions(): ts.CompilerOptions {
  const base = ts.readConfigFile(join(ROOT, 'tsconfig.base.json'), (file) => ts.sys.readFile(file));
  return {
    ...ts.parseJsonConfigFileContent(base.config, ts.sys, ROOT).options,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2023.d.ts'],
    types: [],
    noEmit: true,
  };
}

function program(): ts.Program {
  const source = [
    `import type { ${[...new Set(Object.values(INSTANCES).flatMap((t) => t.match(/\w+/g) ?? []))].join(', ')} } from './index';`,
    ...Object.entries(INSTANCES).map(([name, type]) => `export type ${name} = ${type};`),
  ].join('\n');
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => file === INSTANCES_FILE || fileExists.call(host, file);
  host.readFile = (file) => (file === INSTANCES_FILE ? source : readFile.call(host, file));
  host.getSourceFile = (file, language, ...rest) =>
    file === INSTANCES_FILE
      ? ts.createSourceFile(file, source, language)
      : getSourceFile.call(host, file, language, ...rest);
  const built = ts.createProgram([CONTRACTS, INSTANCES_FILE], options, host);
  const problems = ts.getPreEmitDiagnostics(built);
  if (problems.length) {
    throw new Error(ts.formatDiagnostics(problems, { ...host, getNewLine: () => '\n' }));
  }
  return built;
}

function documentation(symbol: ts.Symbol, checker: ts.TypeChecker): Schema {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  return text ? { description: text.replace(/\s*\n\s*/g, ' ') } : {};
}

function hasTypeParameters(node: ts.Node | undefined): boolean {
  for (let at = node; at; at = at.parent) {
    if (
      (ts.isInterfaceDeclaration(at) || ts.isTypeAliasDeclaration(at)) &&
      at.typeParameters?.length
    )
      return true;
  }
  return false;
}

/** `schema` that may also be null (OpenAPI 3.0 has `nullable`, and `$ref` takes no siblings). */
function nullable(schema: Schema): Schema {
  if (schema['$ref']) return { allOf: [schema], nullable: true };
  const result: Schema = { ...schema, nullable: true };
  if (Array.isArray(schema['enum'])) result['enum'] = [...schema['enum'], null];
  return result;
}

/** `schema` with a description (beside a `$ref`, which takes no siblings in OpenAPI 3.0). */
function described(schema: Schema, description: Schema): Schema {
  if (!description['description']) return schema;
  return schema['$ref'] ? { allOf: [schema], ...description } : { ...schema, ...description };
}

/** One schema for any of `parts`: enums of one type merge, `true` and `false` make a boolean. */
function anyOf(parts: Schema[], withNull: boolean): Schema {
  const merged: Schema[] = [];
  const isEnum = (schema: Schema) =>
    Object.keys(schema).length === 2 && Array.isArray(schema['enum']) && Boolean(schema['type']);
  for (const part of parts) {
    const same = isEnum(part) && merged.find((m) => isEnum(m) && m['type'] === part['type']);
    if (same) same['enum'] = [...(same['enum'] as unknown[]), ...(part['enum'] as unknown[])];
    else merged.push({ ...part });
  }
  for (const part of merged) {
    const values = part['enum'] as unknown[] | undefined;
    if (part['type'] === 'boolean' && values?.length === 2) delete part['enum'];
  }
  const single = merged.length === 1 ? (merged[0] as Schema) : { anyOf: merged };
  return withNull ? nullable(single) : single;
}

class Converter {
  /** Exported, non-generic contracts: each becomes a component, and is referred to by name. */
  readonly names = new Map<ts.Symbol, string>();

  constructor(private readonly checker: ts.TypeChecker) {}

  nameOf(type: ts.Type): string | undefined {
    if (type.aliasSymbol && !type.aliasTypeArguments?.length) {
      const name = this.names.get(type.aliasSymbol);
      if (name) return name;
    }
    if (type.symbol && type.flags & ts.TypeFlags.Object && !type.aliasSymbol) {
      const objectFlags = (type as ts.ObjectType).objectFlags;
      if (objectFlags & ts.ObjectFlags.Interface) return this.names.get(type.symbol);
    }
    return undefined;
  }

  schema(type: ts.Type, top = false): Schema {
    const name = top ? undefined : this.nameOf(type);
    if (name) return { $ref: `#/components/schemas/${name}` };
    const flags = type.flags;
    if (flags & ts.TypeFlags.Any && this.checker.typeToString(type) !== 'any') {
      throw new Error(`An unresolved type: ${this.checker.typeToString(type)}`);
    }
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (flags & ts.TypeFlags.String) return { type: 'string' };
    if (flags & ts.TypeFlags.Number) return { type: 'number' };
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (type.isNumberLiteral()) return { type: 'number', enum: [type.value] };
    if (flags & ts.TypeFlags.BooleanLiteral)
      return { type: 'boolean', enum: [this.checker.typeToString(type) === 'true'] };
    if (type.isUnion()) return this.union(type.types);
    if (this.checker.isTupleType(type)) {
      const elements = this.checker.getTypeArguments(type as ts.TypeReference);
      return {
        type: 'array',
        items: this.union(elements),
        minItems: elements.length,
        maxItems: elements.length,
      };
    }
    if (this.checker.isArrayType(type)) {
      const [element] = this.checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: element ? this.schema(element) : {} };
    }
    if (flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) return this.object(type);
    throw new Error(`No schema for the type ${this.checker.typeToString(type)}`);
  }

  private union(members: readonly ts.Type[]): Schema {
    const isNull = (t: ts.Type) => t.flags & ts.TypeFlags.Null;
    const absent = ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void;
    return anyOf(
      members.filter((t) => !(t.flags & absent)).map((t) => this.schema(t)),
      members.some(isNull),
    );
  }

  /**
   * An interface that extends named contracts only: all of them, and its own properties. (Any
   * other declaration lists every property.)
   */
  component(type: ts.Type, declaration: ts.Declaration | undefined): Schema {
    const bases =
      declaration && ts.isInterfaceDeclaration(declaration) && declaration.heritageClauses
        ? declaration.heritageClauses.flatMap((clause) => clause.types)
        : [];
    const refs = bases.map((base) => {
      let symbol = this.checker.getSymbolAtLocation(base.expression);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
        symbol = this.checker.getAliasedSymbol(symbol);
      }
      const name = !base.typeArguments?.length && symbol && this.names.get(symbol);
      return name ? { $ref: `#/components/schemas/${name}` } : undefined;
    });
    if (!refs.length || refs.some((ref) => !ref)) return this.schema(type, true);
    const own = this.object(type, declaration);
    const ownProperties = Object.keys(own['properties'] as object).length;
    return { allOf: ownProperties ? [...refs, own] : refs };
  }

  private object(type: ts.Type, declaredIn?: ts.Declaration): Schema {
    if (type.getCallSignatures().length) {
      throw new Error(`A function type is not data: ${this.checker.typeToString(type)}`);
    }
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const property of this.checker.getPropertiesOfType(type)) {
      if (declaredIn && property.valueDeclaration?.parent !== declaredIn) continue;
      properties[property.name] = described(
        this.property(property),
        documentation(property, this.checker),
      );
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
    }
    const schema: Schema = { type: 'object', properties };
    if (required.length) schema['required'] = required;
    const index = this.checker.getIndexInfosOfType(type)[0];
    if (index) schema['additionalProperties'] = this.schema(index.type);
    return schema;
  }

  /**
   * A property's schema. A type written in a non-generic declaration is read from its source, so
   * that `CourseStatus | null` or `CourseLevels` refer to their component rather than repeat it.
   */
  private property(property: ts.Symbol): Schema {
    const declaration = property.valueDeclaration;
    const node =
      declaration && (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration))
        ? declaration.type
        : undefined;
    return node && !hasTypeParameters(node)
      ? this.fromNode(node)
      : this.schema(this.checker.getTypeOfSymbol(property));
  }

  private fromNode(node: ts.TypeNode): Schema {
    if (ts.isTypeReferenceNode(node) && !node.typeArguments?.length) {
      let symbol = this.checker.getSymbolAtLocation(node.typeName);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias)
        symbol = this.checker.getAliasedSymbol(symbol);
      const name = symbol && this.names.get(symbol);
      if (name) return { $ref: `#/components/schemas/${name}` };
    }
    if (ts.isUnionTypeNode(node)) {
      const isNull = (n: ts.TypeNode) =>
        ts.isLiteralTypeNode(n) && n.literal.kind === ts.SyntaxKind.NullKeyword;
      const isUndefined = (n: ts.TypeNode) => n.kind === ts.SyntaxKind.UndefinedKeyword;
      return anyOf(
        node.types.filter((n) => !isNull(n) && !isUndefined(n)).map((n) => this.fromNode(n)),
        node.types.some(isNull),
      );
    }
    if (ts.isArrayTypeNode(node)) return { type: 'array', items: this.fromNode(node.elementType) };
    if (ts.isParenthesizedTypeNode(node)) return this.fromNode(node.type);
    return this.schema(this.checker.getTypeFromTypeNode(node));
  }
}

/** Every contract's schema, and the TypeScript type each one describes, by schema name. */
export function contractSchemas(): {
  schemas: Record<string, Schema>;
  types: Record<string, string>;
} {
  const built = program();
  const checker = built.getTypeChecker();
  const converter = new Converter(checker);
  const declared: { name: string; symbol: ts.Symbol; typeText: string }[] = [];

  const index = checker.getSymbolAtLocation(built.getSourceFile(CONTRACTS) as ts.SourceFile);
  for (const exported of checker.getExportsOfModule(index as ts.Symbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
    const declaration = symbol.declarations?.find(
      (d) => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d),
    );
    if (!declaration || hasTypeParameters(declaration)) continue;
    converter.names.set(symbol, exported.name);
    declared.push({ name: exported.name, symbol, typeText: `C.${exported.name}` });
  }
  const instances = checker.getSymbolAtLocation(
    built.getSourceFile(INSTANCES_FILE) as ts.SourceFile,
  );
  for (const symbol of checker.getExportsOfModule(instances as ts.Symbol)) {
    const typeText = (INSTANCES[symbol.name] as string).replace(/\b([A-Z]\w*)/g, 'C.$1');
    declared.push({ name: symbol.name, symbol, typeText });
  }

  const schemas: Record<string, Schema> = {};
  const types: Record<string, string> = {};
  for (const { name, symbol, typeText } of declared.sort((a, b) => a.name.localeCompare(b.name))) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    if (type.getCallSignatures().length) continue;
    schemas[name] = described(
      converter.component(type, symbol.declarations?.[0]),
      documentation(symbol, checker),
    );
    types[name] = typeText;
  }
  return { schemas, types };
}

/** The text of `contract-schemas.ts`. */
export async function generateContractSchemas(): Promise<string> {
  const { schemas, types } = contractSchemas();

  const text = [
    '// Generated from libs/contracts by `npm run openapi:schemas`: do not edit by hand.',
    "import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';",
    "import type * as C from '@passerelle/contracts';",
    '',
    '/** The TypeScript type each schema describes: a route documents one its handler returns. */',
    'export interface ContractTypes {',
    ...Object.entries(types).map(([name, type]) => `  ${name}: ${type};`),
    '}',
    '',
    'export type ContractSchemaName = keyof ContractTypes;',
    '',
    '/** OpenAPI 3.0 schemas of the contracts, referring to each other as components. */',
    `export const CONTRACT_SCHEMAS: Record<ContractSchemaName, SchemaObject> = ${JSON.stringify(schemas)};`,
    '',
  ].join('\n');
  const prettier = await import('prettier');
  const config = await prettier.resolveConfig(CONTRACT_SCHEMAS_FILE);
  return prettier.format(text, { ...config, filepath: CONTRACT_SCHEMAS_FILE });
}

/** The types `contract-schemas.ts` names now, by schema name. */
export function currentContractTypes(): Record<string, string> {
  const text = readFileSync(CONTRACT_SCHEMAS_FILE, 'utf8');
  const body = text.slice(text.indexOf('export interface ContractTypes {'), text.indexOf('\n}\n'));
  return Object.fromEntries(
    [...body.matchAll(/^ {2}(\w+): ([^;]+);$/gm)].map(([, name, type]) => [name, type]),
  );
}

if (require.main === module) {
  void generateContractSchemas().then((text) => {
    writeFileSync(CONTRACT_SCHEMAS_FILE, text);
    console.log(`Wrote ${CONTRACT_SCHEMAS_FILE.slice(dirname(ROOT).length + 1)}`);
  });
}
