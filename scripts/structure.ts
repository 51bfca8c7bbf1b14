/**
 * Figures of the source tree's shape (issue 18), printed for the closing note and for anyone tidying up:
 *
 * - import cycles among src/ modules (strongly connected components of the import graph, type-only imports
 *   included: a cycle of types still ties the files together);
 * - the largest files in src/ (lines);
 * - functions (declarations, methods, arrow and function expressions) by length in lines, the distribution
 *   and every one over 150 lines;
 * - exports of src/ used only by tests (or bench/scripts), and exports used nowhere; then, stricter:
 *   names of a folder's index.ts (its public face) that src/ does not take through it, values that only
 *   tests take from outside though their own file uses them, and values no other file takes.
 *
 * Run: npx tsx scripts/structure.ts [--json] [--list]
 * Reads files as text with the TypeScript parser; writes nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import ts from "typescript";

const ROOT = resolve(__dirname, "..");
// Piped into head: stop quietly when the reader has had enough.
process.stdout.on("error", () => process.exit(0));

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (e === "node_modules" || e === "xsd" || e === "schemas") continue;
      walk(p, out);
    } else if (/\.tsx?$/.test(e) && !e.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

const rel = (p: string): string => relative(ROOT, p);

function resolveModule(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = resolve(dirname(from), spec);
  for (const c of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ])
    if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

interface ImportUse {
  target: string;
  /** Named imports (original names), or null for a namespace / dynamic / side-effect import. */
  names: string[] | null;
}

interface ModuleInfo {
  file: string;
  text: string;
  source: ts.SourceFile;
  imports: ImportUse[];
  /** Names this module declares and exports itself. */
  ownExports: Set<string>;
  /** Those of them that are types (interfaces, type aliases): they vanish at build time. */
  typeExports: Set<string>;
  /** export { a as b } from "./x": b -> [x, a]. */
  reExports: Map<string, [string, string]>;
  /** export * from "./x". */
  starExports: string[];
}

/**
 * The names a dynamic import takes, where its shape says: `const { a, b: c } = await import("x")` and
 * `(await import("x")).a`; null (every name the importer's text mentions) otherwise.
 */
function dynamicNames(call: ts.CallExpression): string[] | null {
  let n: ts.Node = call;
  while (ts.isParenthesizedExpression(n.parent) || ts.isAwaitExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if (
    ts.isVariableDeclaration(p) &&
    ts.isObjectBindingPattern(p.name) &&
    ts.isAwaitExpression(p.initializer!)
  )
    return p.name.elements.every((e) => !e.dotDotDotToken)
      ? p.name.elements.map((e) => (e.propertyName ?? e.name).getText())
      : null;
  if (ts.isPropertyAccessExpression(p) && p.expression === n && n !== call) return [p.name.text];
  return null;
}

function parse(file: string): ModuleInfo {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const info: ModuleInfo = {
    file,
    text,
    source,
    imports: [],
    ownExports: new Set(),
    typeExports: new Set(),
    reExports: new Map(),
    starExports: [],
  };
  const exported = (n: ts.Node): boolean =>
    !!(
      ts.canHaveModifiers(n) &&
      ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    );
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const target = resolveModule(file, n.moduleSpecifier.text);
      if (target) {
        const b = n.importClause?.namedBindings;
        let names: string[] | null = null;
        if (b && ts.isNamedImports(b))
          names = b.elements.map((e) => (e.propertyName ?? e.name).text);
        else if (!b && n.importClause?.name) names = ["default"];
        info.imports.push({ target, names });
      }
    } else if (ts.isExportDeclaration(n)) {
      const spec =
        n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier) ? n.moduleSpecifier.text : null;
      const target = spec ? resolveModule(file, spec) : null;
      if (target) {
        if (!n.exportClause) {
          info.starExports.push(target);
          info.imports.push({ target, names: null });
        } else if (ts.isNamedExports(n.exportClause)) {
          const names: string[] = [];
          for (const e of n.exportClause.elements) {
            info.reExports.set(e.name.text, [target, (e.propertyName ?? e.name).text]);
            names.push((e.propertyName ?? e.name).text);
          }
          info.imports.push({ target, names: [] });
        } else {
          // export * as ns from
          info.ownExports.add(n.exportClause.name.text);
          info.imports.push({ target, names: null });
        }
      } else if (n.exportClause && ts.isNamedExports(n.exportClause)) {
        for (const e of n.exportClause.elements) info.ownExports.add(e.name.text);
      }
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const a = n.arguments[0];
      const target = a && ts.isStringLiteral(a) ? resolveModule(file, a.text) : null;
      if (target) info.imports.push({ target, names: dynamicNames(n) });
    } else if (
      ts.isImportTypeNode(n) &&
      ts.isLiteralTypeNode(n.argument) &&
      ts.isStringLiteral(n.argument.literal)
    ) {
      const target = resolveModule(file, n.argument.literal.text);
      if (target)
        info.imports.push({
          target,
          names: n.qualifier && ts.isIdentifier(n.qualifier) ? [n.qualifier.text] : null,
        });
    }
    const isDefault =
      ts.canHaveModifiers(n) &&
      ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (exported(n) && n.parent === source && isDefault) info.ownExports.add("default");
    else if (exported(n) && n.parent === source) {
      if (
        (ts.isFunctionDeclaration(n) ||
          ts.isClassDeclaration(n) ||
          ts.isInterfaceDeclaration(n) ||
          ts.isTypeAliasDeclaration(n) ||
          ts.isEnumDeclaration(n)) &&
        n.name
      ) {
        info.ownExports.add(n.name.text);
        if (ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n))
          info.typeExports.add(n.name.text);
      } else if (ts.isVariableStatement(n))
        for (const d of n.declarationList.declarations)
          if (ts.isIdentifier(d.name)) info.ownExports.add(d.name.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return info;
}

const srcFiles = walk(join(ROOT, "src"));
const otherFiles = [
  ...walk(join(ROOT, "tests")),
  ...walk(join(ROOT, "bench")),
  ...walk(join(ROOT, "scripts")),
];
const modules = new Map<string, ModuleInfo>();
for (const f of [...srcFiles, ...otherFiles]) modules.set(f, parse(f));

// ---- import cycles (src only): Tarjan's strongly connected components
function cycles(): string[][] {
  const graph = new Map<string, string[]>();
  for (const f of srcFiles)
    graph.set(f, [
      ...new Set(
        modules
          .get(f)!
          .imports.map((i) => i.target)
          .filter((t) => t.startsWith(join(ROOT, "src")))
      ),
    ]);
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.map(rel).sort());
    }
  };
  for (const f of srcFiles) if (!idx.has(f)) strong(f);
  return out;
}

// ---- file and function lengths
function lines(text: string): number {
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

interface Fn {
  file: string;
  name: string;
  lines: number;
}

function functions(): Fn[] {
  const out: Fn[] = [];
  for (const f of srcFiles) {
    const { source } = modules.get(f)!;
    const visit = (n: ts.Node): void => {
      if (
        ts.isFunctionDeclaration(n) ||
        ts.isMethodDeclaration(n) ||
        ts.isArrowFunction(n) ||
        ts.isFunctionExpression(n) ||
        ts.isConstructorDeclaration(n) ||
        ts.isGetAccessor(n) ||
        ts.isSetAccessor(n)
      ) {
        const start = source.getLineAndCharacterOfPosition(n.getStart()).line;
        const end = source.getLineAndCharacterOfPosition(n.getEnd()).line;
        let name = "(anonymous)";
        if (
          (ts.isFunctionDeclaration(n) ||
            ts.isMethodDeclaration(n) ||
            ts.isGetAccessor(n) ||
            ts.isSetAccessor(n)) &&
          n.name
        )
          name = n.name.getText();
        else if (ts.isConstructorDeclaration(n)) name = "constructor";
        else if (ts.isPropertyDeclaration(n.parent)) name = n.parent.name.getText();
        else if (ts.isVariableDeclaration(n.parent)) name = n.parent.name.getText();
        else if (ts.isPropertyAssignment(n.parent)) name = n.parent.name.getText();
        else if (ts.isCallExpression(n.parent))
          name = `(callback of ${n.parent.expression.getText().slice(0, 40)})`;
        out.push({ file: rel(f), name, lines: end - start + 1 });
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }
  return out;
}

// ---- exports used only outside src
/** (module, name) a module's export resolves to, following re-exports. */
function origin(file: string, name: string, seen = new Set<string>()): [string, string] | null {
  const key = `${file}#${name}`;
  if (seen.has(key)) return null;
  seen.add(key);
  const m = modules.get(file);
  if (!m) return null;
  if (m.ownExports.has(name)) return [file, name];
  const re = m.reExports.get(name);
  if (re) return origin(re[0], re[1], seen) ?? re;
  for (const s of m.starExports) {
    const o = origin(s, name, seen);
    if (o) return o;
  }
  return null;
}

interface ExportUse {
  total: number;
  /** Exports whose users outside their file are tests, bench or scripts only, and not used in it. */
  testOnly: string[];
  /** Exports used nowhere, their own file included. */
  unused: string[];
  /** Values (not types) that only tests take from outside, though their own file uses them too. */
  testTaken: string[];
  /** Values exported but taken by no other file. */
  ownFileOnly: string[];
  /** Names of an index.ts (a folder's public face) that only tests take through it. */
  faceTestOnly: string[];
}

function exportUse(): ExportUse {
  const used = new Map<string, Set<"src" | "other">>();
  const mark = (o: [string, string] | null, by: "src" | "other"): void => {
    if (!o) return;
    const k = `${rel(o[0])}#${o[1]}`;
    if (!used.has(k)) used.set(k, new Set());
    used.get(k)!.add(by);
  };
  const allNames = (file: string, seen = new Set<string>()): string[] => {
    if (seen.has(file)) return [];
    seen.add(file);
    const m = modules.get(file);
    if (!m) return [];
    return [
      ...m.ownExports,
      ...m.reExports.keys(),
      ...m.starExports.flatMap((s) => allNames(s, seen)),
    ];
  };
  /** index.ts file -> name -> who takes it through that file. */
  const face = new Map<string, Map<string, Set<"src" | "other">>>();
  const takeFromFace = (target: string, n: string, by: "src" | "other"): void => {
    if (!/[\\/]index\.tsx?$/.test(target)) return;
    const names = face.get(target) ?? new Map<string, Set<"src" | "other">>();
    face.set(target, names);
    names.set(n, (names.get(n) ?? new Set()).add(by));
  };
  for (const m of modules.values()) {
    const by = m.file.startsWith(join(ROOT, "src")) ? "src" : "other";
    for (const imp of m.imports) {
      if (imp.names)
        for (const n of imp.names) {
          mark(origin(imp.target, n), by);
          takeFromFace(imp.target, n, by);
        }
      else {
        // A namespace or dynamic import: a name counts as used where the importer's text mentions it
        // (and the default export, which React.lazy takes).
        mark(origin(imp.target, "default"), by);
        for (const n of allNames(imp.target))
          if (new RegExp(`\\b${n}\\b`).test(m.text)) {
            mark(origin(imp.target, n), by);
            takeFromFace(imp.target, n, by);
          }
      }
    }
  }
  const out: ExportUse = {
    total: 0,
    testOnly: [],
    unused: [],
    testTaken: [],
    ownFileOnly: [],
    faceTestOnly: [],
  };
  for (const f of srcFiles) {
    const m = modules.get(f)!;
    for (const n of m.ownExports) {
      out.total++;
      const k = `${rel(f)}#${n}`;
      const u = used.get(k);
      // Used inside its own file counts as use here (an exported type of a used function's signature).
      const inside = new RegExp(`\\b${n}\\b`, "g");
      const own = (m.text.match(inside) ?? []).length > 1;
      if (!u && !own) out.unused.push(k);
      else if (u && !u.has("src") && !own) out.testOnly.push(k);
      if (m.typeExports.has(n) || !own) continue;
      // A value its own file uses: what counts is who imports it.
      if (!u) out.ownFileOnly.push(k);
      else if (!u.has("src")) out.testTaken.push(k);
    }
    if (/[\\/]index\.tsx?$/.test(f)) {
      const taken = face.get(f) ?? new Map<string, Set<"src" | "other">>();
      for (const n of [...m.ownExports, ...m.reExports.keys()]) {
        const t = taken.get(n);
        const o = origin(f, n);
        const isType = !!o && !!modules.get(o[0])?.typeExports.has(o[1]);
        if (!t?.has("src") && !isType) out.faceTestOnly.push(`${rel(f)}#${n}`);
      }
    }
  }
  return out;
}

const cyc = cycles();
const sizes = srcFiles
  .map((f) => ({ file: rel(f), lines: lines(modules.get(f)!.text) }))
  .sort((a, b) => b.lines - a.lines);
const fns = functions();
const buckets: Array<[string, (n: number) => boolean]> = [
  ["1-25", (n) => n <= 25],
  ["26-50", (n) => n > 25 && n <= 50],
  ["51-100", (n) => n > 50 && n <= 100],
  ["101-150", (n) => n > 100 && n <= 150],
  ["151-300", (n) => n > 150 && n <= 300],
  [">300", (n) => n > 300],
];
const dist = Object.fromEntries(buckets.map(([k, p]) => [k, fns.filter((f) => p(f.lines)).length]));
const long = fns.filter((f) => f.lines > 150).sort((a, b) => b.lines - a.lines);
const exp = exportUse();

if (process.argv.includes("--json")) {
  process.stdout.write(
    JSON.stringify({ cycles: cyc, sizes: sizes.slice(0, 10), dist, long, exports: exp }, null, 2) +
      "\n"
  );
} else {
  const p = (s: string): boolean => process.stdout.write(s + "\n");
  p(`import cycles in src/: ${cyc.length}`);
  for (const c of cyc) p(`  ${c.join(" <-> ")}`);
  p(`largest files in src/ (lines):`);
  for (const s of sizes.slice(0, 8)) p(`  ${String(s.lines).padStart(5)} ${s.file}`);
  p(`files over 600 lines: ${sizes.filter((s) => s.lines > 600).length}`);
  p(
    `functions: ${fns.length}; by length in lines: ${Object.entries(dist)
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ")}`
  );
  p(`functions over 150 lines: ${long.length}`);
  for (const f of long) p(`  ${String(f.lines).padStart(5)} ${f.file} ${f.name}`);
  p(
    `exports of src/: ${exp.total}; used only by tests/bench/scripts: ${exp.testOnly.length}; used nowhere: ${exp.unused.length}`
  );
  for (const e of exp.testOnly) p(`  tests only: ${e}`);
  for (const e of exp.unused) p(`  unused: ${e}`);
  const list = process.argv.includes("--list");
  p(
    `names of an index.ts that src/ does not take through it: ${exp.faceTestOnly.length}` +
      (list ? "" : " (--list names them)")
  );
  if (list) for (const e of exp.faceTestOnly) p(`  public face, not used by src: ${e}`);
  p(
    `values their own file uses that only tests take from outside: ${exp.testTaken.length}; ` +
      `values no other file takes: ${exp.ownFileOnly.length}` +
      (list ? "" : " (--list names them)")
  );
  if (list) {
    for (const e of exp.testTaken) p(`  used in its file, taken by tests only: ${e}`);
    for (const e of exp.ownFileOnly) p(`  exported, taken by no other file: ${e}`);
  }
}
