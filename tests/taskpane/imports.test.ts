/**
 * The pane's modules import one another without a cycle (issue 18: usePane.ts <-> components/ResultView.tsx
 * through AGENCY_NAME_CODE and the chunk loaders). Type-only imports are left out: they vanish at build time.
 * Dynamic import() is left out too: a lazily loaded chunk may name its loader's module.
 */
import { readFileSync, readdirSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const ROOT = resolve(__dirname, "..", "..");
const PANE = join(ROOT, "src", "taskpane");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The pane modules a file imports at run time (static `import ... from "./x"`, `export ... from "./x"`). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+"(\.[^"]+)"/gms)) {
    if (m[2]) continue;
    // `import { type A, type B } from` is type-only too.
    const names = m[3]
      .replace(/^\{|\}$/g, "")
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean);
    if (m[3].startsWith("{") && names.every((n) => n.startsWith("type "))) continue;
    const base = resolve(dirname(file), m[4]);
    const target = [".ts", ".tsx", "/index.ts", "/index.tsx"]
      .map((e) => base + e)
      .find((f) => {
        try {
          return statSync(f).isFile();
        } catch {
          return false;
        }
      });
    if (target && target.startsWith(PANE)) out.push(target);
  }
  return out;
}

test("src/taskpane has no import cycle", () => {
  const graph = new Map(files(PANE).map((f) => [f, runtimeImports(f)]));
  expect(graph.size).toBeGreaterThan(10);
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const walk = (f: string, path: string[]): void => {
    if (state.get(f) === "done") return;
    if (state.get(f) === "open") {
      cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(PANE, p)).join(" -> "));
      return;
    }
    state.set(f, "open");
    for (const next of graph.get(f) ?? []) walk(next, [...path, f]);
    state.set(f, "done");
  };
  for (const f of graph.keys()) walk(f, []);
  expect(cycles).toEqual([]);
});

test("the check sees a cycle when there is one", () => {
  // The pane's actions (paneActions.ts, assembled by usePane.ts) import ./chunks at run time; the view
  // imports ./chunks too, and nothing imports usePane back.
  const actions = runtimeImports(join(PANE, "paneActions.ts")).map((f) => relative(PANE, f));
  expect(actions).toContain("chunks.ts");
  const usePane = runtimeImports(join(PANE, "usePane.ts")).map((f) => relative(PANE, f));
  expect(usePane).toContain("paneActions.ts");
  const resultView = runtimeImports(join(PANE, "components", "ResultView.tsx")).map((f) =>
    relative(PANE, f)
  );
  expect(resultView).toContain("chunks.ts");
  expect(resultView).not.toContain("usePane.ts");
});
