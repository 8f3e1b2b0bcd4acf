/**
 * The layering of README.md as data, and the imports of a source file read
 * with the TypeScript parser (multi-line imports, `export … from`, `import
 * type`, dynamic `import()` and side-effect imports alike).
 */
import path from 'node:path';
import ts from 'typescript';

/** Layer → layers it may import (itself included), from the README's table. */
export type Layering = ReadonlyMap<string, readonly string[]>;

/** `src/cli/` → cli, `src/extractors/<category>/` → extractors, `src/types.ts` → types. */
const layerName = (cell: string): string => cell.replace(/`/g, '').replace(/^src\//, '').split('/')[0]!.replace(/\.ts$/, '');

/** The table under "The layering" in README.md: | folder | job | may import |. */
export function readLayering(readme: string): Layering {
  const lines = readme.split('\n');
  const head = lines.findIndex((l) => /^\|\s*folder\s*\|\s*job\s*\|\s*may import\s*\|/.test(l));
  if (head < 0) throw new Error('README.md has no "| folder | job | may import |" table');
  const out = new Map<string, string[]>();
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const layer = layerName(cells[0]!);
    const allowed = cells[2] === '—' ? [] : cells[2]!.split(',').map((c) => c.trim());
    out.set(layer, [layer, ...allowed]);
  }
  return out;
}

export interface Import {
  specifier: string;
  line: number;
  typeOnly: boolean;
}

/** Every module a source file imports or re-exports from. */
export function importsOf(fileName: string, source: string): Import[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Import[] = [];
  const add = (spec: ts.Expression, typeOnly: boolean): void => {
    if (ts.isStringLiteralLike(spec)) out.push({ specifier: spec.text, line: sf.getLineAndCharacterOfPosition(spec.getStart(sf)).line + 1, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) add(node.arguments[0], false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal as ts.Expression, true);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The layer of a file under src/ (its first folder, or the file's name for a top-level file). */
export function layerOf(file: string, srcDir = 'src'): string {
  const rel = path.relative(srcDir, file).split(path.sep);
  return rel.length === 1 ? rel[0]!.replace(/\.[jt]s$/, '') : rel[0]!;
}

/** The imports of `file` that the layering forbids, as readable lines. */
export function violations(file: string, source: string, layering: Layering, srcDir = 'src'): string[] {
  const layer = layerOf(file, srcDir);
  const allowed = layering.get(layer);
  if (!allowed) return [`${file}: layer ${layer} is not in the README's table`];
  const out: string[] = [];
  for (const imp of importsOf(file, source)) {
    if (!imp.specifier.startsWith('.')) continue;
    const target = layerOf(path.join(path.dirname(file), imp.specifier), srcDir);
    if (!allowed.includes(target)) out.push(`${file}:${imp.line} imports ${imp.specifier} (${layer} → ${target})`);
  }
  return out;
}
