/**
 * The hostile corpus (tests/hostile/corpus.ts, generated) through `generate`, in process: every input
 * ends with a documented exit status and a message (never an exception or a stack trace) within a
 * generous bound (no hang); nothing is written when it fails; every workbook written reloads with no
 * formula, no cell over 32,767 characters and no character an .xlsx cannot hold.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runGenerate } from "../../src/cli/generate";
import { forbiddenCharOf } from "../../src/core/cells";
import { hostileCorpus, type HostileInput } from "./corpus";

jest.setTimeout(15 * 60 * 1000);

/** Generous bound for one input (the bench reports the real figure): a hang is far beyond it. */
const PER_INPUT_MS = 60000;

async function run(args: string[]): Promise<{ code: number; text: string }> {
  let text = "";
  const grab = (chunk: unknown): boolean => {
    text += String(chunk);
    return true;
  };
  const out = jest.spyOn(process.stdout, "write").mockImplementation(grab);
  const err = jest.spyOn(process.stderr, "write").mockImplementation(grab);
  try {
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      runGenerate(args),
      new Promise<number>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${PER_INPUT_MS} ms`)),
          PER_INPUT_MS
        );
      }),
    ]);
    clearTimeout(timer);
    return { code, text };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Names of the input's own sheets (kept as the user wrote them, formulas included). */
async function inputSheets(item: HostileInput): Promise<Set<string>> {
  if (item.ext !== ".xlsx") return new Set();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(item.data as unknown as ArrayBuffer);
  return new Set(wb.worksheets.map((w) => w.name));
}

/** Problems in the sheets the command wrote (the user's own sheets are theirs, formulas and all). */
async function badCells(file: string, own: Set<string>): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const bad: string[] = [];
  for (const ws of wb.worksheets.filter((w) => !own.has(w.name))) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        if (
          cell.type === ExcelJS.ValueType.Formula ||
          (v && typeof v === "object" && "formula" in v)
        )
          bad.push(`${ws.name}!${cell.address}: formula`);
        const text =
          typeof v === "string"
            ? v
            : v && typeof v === "object" && "richText" in v
              ? (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("")
              : "";
        if (text.length > 32767) bad.push(`${ws.name}!${cell.address}: ${text.length} characters`);
        const c = forbiddenCharOf(text);
        if (c) bad.push(`${ws.name}!${cell.address}: ${c}`);
      })
    );
  }
  return bad;
}

test("the hostile corpus: no exception, no stack trace, no hang, nothing written on failure, clean output", async () => {
  const corpus: HostileInput[] = await hostileCorpus();
  expect(corpus.length).toBeGreaterThanOrEqual(100);
  const dir = mkdtempSync(join(tmpdir(), "ita-hostile-"));
  const inDir = join(dir, "in");
  mkdirSync(inDir);
  const counts = { json: 0, xlsx: 0, written: 0, refused: 0, byCode: {} as Record<number, number> };
  let slowest = { name: "", ms: 0 };
  for (const item of corpus) {
    const input = join(inDir, item.name + item.ext);
    writeFileSync(input, item.data);
    const outDir = join(dir, "out-" + item.name);
    const output = join(outDir, "report.xlsx");
    const t0 = Date.now();
    const r = await run([input, "-o", output]);
    const ms = Date.now() - t0;
    if (ms > slowest.ms) slowest = { name: item.name, ms };
    counts[item.ext === ".json" ? "json" : "xlsx"]++;
    counts.byCode[r.code] = (counts.byCode[r.code] ?? 0) + 1;
    expect({ name: item.name, code: [0, 1, 2, 3].includes(r.code) }).toEqual({
      name: item.name,
      code: true,
    });
    expect({ name: item.name, stack: /\n\s+at \S+ \(|\[object Object\]/.test(r.text) }).toEqual({
      name: item.name,
      stack: false,
    });
    // Messages stay readable: a value or a list is quoted back cut short, never whole.
    expect({ name: item.name, long: r.text.length > 20000 }).toEqual({
      name: item.name,
      long: false,
    });
    if (r.code === 0) {
      counts.written++;
      expect({ name: item.name, bad: await badCells(output, await inputSheets(item)) }).toEqual({
        name: item.name,
        bad: [],
      });
      expect(readdirSync(outDir)).toEqual(["report.xlsx"]);
    } else {
      counts.refused++;
      expect({
        name: item.name,
        written: existsSync(outDir) && readdirSync(outDir).length > 0,
      }).toEqual({
        name: item.name,
        written: false,
      });
      expect({ name: item.name, said: r.text.trim().length > 0 }).toEqual({
        name: item.name,
        said: true,
      });
    }
  }
  // The counts for the closing note.
  console.log(
    `hostile corpus: ${corpus.length} inputs (${counts.json} JSON, ${counts.xlsx} .xlsx): ` +
      `${counts.written} written, ${counts.refused} refused; exit codes ${JSON.stringify(counts.byCode)}; ` +
      `slowest ${slowest.name} ${slowest.ms} ms`
  );
});
