/**
 * A corpus of hostile inputs for the command line, generated (no committed binaries): JSON texts and
 * .xlsx packages that are malformed, ambiguous, oversized, deeply nested, or carry keys and characters
 * that have crashed or hung the product, or made it write files Excel cannot reload.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "fs";
import { join } from "path";
import { getProfile } from "../../src/core/profiles";
import { templateGrid } from "../../src/core/template";

export interface HostileInput {
  name: string;
  ext: ".json" | ".xlsx";
  data: Buffer;
}

const seed = JSON.parse(readFileSync(join(__dirname, "../fixtures/seed.json"), "utf8"));
const HUGE = "ก".repeat(100000);
const BAD_CHARS = [
  "\uFFFE",
  "\uFFFF",
  "\u0001",
  "\u000B",
  "\uD800",
  "\uDFFF",
  "\uFDD0",
  "\u{10FFFF}",
];

function json(name: string, text: string): HostileInput {
  return { name, ext: ".json", data: Buffer.from(text, "utf8") };
}

function withSeed(name: string, patch: (o: Record<string, unknown>) => void): HostileInput {
  const o = JSON.parse(JSON.stringify(seed));
  patch(o);
  return json(name, JSON.stringify(o));
}

function jsonInputs(): HostileInput[] {
  const out: HostileInput[] = [
    json("dup-indicator", '{"fiscalYear":2562,"indicators":{"1":94.15,"1":12.5}}'),
    json("dup-top", '{"fiscalYear":2562,"fiscalYear":2563,"indicators":{"1":94.15}}'),
    json(
      "dup-agency",
      '{"fiscalYear":2562,"indicators":{"1":94},"agency":{"name":"ก","name":"ข"}}'
    ),
    json("deep-array", "[".repeat(20000) + "]".repeat(20000)),
    json("deep-object", '{"a":'.repeat(20000) + "1" + "}".repeat(20000)),
    json("deep-unclosed", "[".repeat(50000)),
    json("bom-seed", "\uFEFF" + JSON.stringify(seed)),
    json("bom-dup", '\uFEFF{"fiscalYear":2562,"indicators":{"2":1,"2":2}}'),
    json("empty", ""),
    json("spaces", "   \n\t "),
    json("null", "null"),
    json("empty-array", "[]"),
    json("number", "42"),
    json("string", '"ITA"'),
    json("truncated", JSON.stringify(seed).slice(0, 100)),
    json("trailing-comma", '{"fiscalYear":2562,"indicators":{"1":90,},}'),
    json("comment", '{"fiscalYear":2562 /* c */,"indicators":{"1":90}}'),
    json("nan-literal", '{"fiscalYear":2562,"indicators":{"1":NaN}}'),
    json("huge-number", '{"fiscalYear":2562,"indicators":{"1":1e400,"2":-1e400}}'),
    json("nul-bytes", '{"fiscalYear":2562,\u0000"indicators":{}}'),
    json("batch-two", JSON.stringify([seed, seed])),
    json("batch-junk", JSON.stringify([seed, 5, null, "x"])),
    json("one-mb-padding", JSON.stringify({ ...seed, padding: "x".repeat(1024 * 1024) })),
    json(
      "one-mb-keys",
      JSON.stringify({
        ...seed,
        indicators: Object.fromEntries(Array.from({ length: 60000 }, (_, i) => [`k${i}`, i])),
      })
    ),
    json("huge-key", JSON.stringify({ fiscalYear: 2562, indicators: { [HUGE]: 90 } })),
  ];
  const scores: Array<[string, unknown]> = [
    ["ambiguous-comma", "0,095"],
    ["ambiguous-space", "8 7.46"],
    ["ambiguous-thin-space", "87\u200946"],
    ["ambiguous-nbsp", "9\u00a00"],
    ["score-true", true],
    ["score-object", { value: 90 }],
    ["score-array", [90]],
    ["score-formula-text", "=1+1"],
    ["score-error", "#DIV/0!"],
    ["score-huge-text", HUGE],
    ["score-noncharacter", "9\uFFFE0"],
    ["score-percent", "150%"],
    ["score-negative-zero", -0],
  ];
  for (const [name, v] of scores)
    out.push(withSeed(name, (o) => ((o.indicators as Record<string, unknown>)["1"] = v)));
  const years: Array<[string, unknown]> = [
    ["fy-div0", "#DIV/0!"],
    ["fy-object", { error: "#DIV/0!" }],
    ["fy-array", [2562]],
    ["fy-huge", 99999],
    ["fy-fraction", 2562.5],
    ["fy-text-huge", HUGE],
    ["fy-bad-char", "2562\uFFFF"],
  ];
  for (const [name, v] of years) out.push(withSeed(name, (o) => (o.fiscalYear = v)));
  for (const k of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
    out.push(
      json(`key-${k}`, `{"fiscalYear":2562,"indicators":{"${k}":90,"1":90},"${k}":{"x":1}}`)
    );
  }
  out.push(
    json(
      "agency-proto",
      '{"fiscalYear":2562,"indicators":{"1":90},"agency":{"__proto__":{"name":"x"}}}'
    )
  );
  const names: Array<[string, unknown]> = [
    ["name-huge", HUGE],
    ["name-formula", '=HYPERLINK("http://example.invalid","x")'],
    ["name-plus", "+cmd|' /C calc'!A0"],
    ["name-at", "@SUM(A1)"],
    ["name-number-like", "1E5"],
    ["name-number", 12345],
    ["name-array", ["ก"]],
    ["name-empty", ""],
    ["name-rtl-marks", "\u202Eอบต.ก\u202C"],
  ];
  for (const [name, v] of names)
    out.push(withSeed(name, (o) => ((o.agency as Record<string, unknown>).name = v)));
  BAD_CHARS.forEach((c, i) =>
    out.push(
      withSeed(
        `name-badchar-${i}`,
        (o) => ((o.agency as Record<string, unknown>).name = `อบต.${c}ก`)
      )
    )
  );
  const agencyOther: Array<[string, string, unknown]> = [
    ["district-huge", "district", HUGE],
    ["unit-badchar", "unit", "สำนัก\uFFFEปลัด"],
    ["responsible-many", "responsible", Array.from({ length: 1000 }, (_, i) => `กอง${i}`)],
    ["responsible-huge", "responsible", [HUGE]],
    ["responsible-objects", "responsible", [{ a: 1 }]],
    ["date-feb30", "date", "2020-02-30"],
    ["date-month13", "date", "2020-13-01"],
    ["date-text", "date", "เมื่อวาน"],
    ["date-huge", "date", HUGE],
  ];
  for (const [name, k, v] of agencyOther)
    out.push(withSeed(name, (o) => ((o.agency as Record<string, unknown>)[k] = v)));
  const others: Array<[string, string, unknown]> = [
    ["threshold-text", "threshold", "abc"],
    ["threshold-hex", "threshold", "0x5A"],
    ["threshold-150", "threshold", 150],
    ["level-huge", "level", HUGE],
    ["level-badchar", "level", "B\uFFFF"],
    ["level-object", "level", { error: "#N/A" }],
    ["total-text", "total", "เจ็ดสิบหก"],
    ["oit-ambiguous", "oit", "0,748"],
  ];
  for (const [name, k, v] of others) out.push(withSeed(name, (o) => (o[k] = v)));
  return out;
}

async function book(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function template(wb: ExcelJS.Workbook, edits: Record<string, unknown> = {}): ExcelJS.Worksheet {
  const grid = templateGrid(getProfile(2562), {
    agency: { name: "อบต.ก" },
    scores: {
      "1": 94.15,
      "2": 85.43,
      "3": 87.52,
      "4": 82.58,
      "5": 87.64,
      "6": 67.05,
      "7": 70.46,
      "8": 61.37,
      "10.1": 87.5,
      "10.2": 100,
    },
  });
  const ws = wb.addWorksheet("ข้อมูล ITA");
  grid.forEach((row) => ws.addRow(row));
  ws.getCell("C32").value = 74.8;
  for (const [a, v] of Object.entries(edits)) ws.getCell(a).value = v as ExcelJS.CellValue;
  return ws;
}

async function patchZip(data: Buffer, edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  await edit(zip);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function xlsxInputs(): Promise<HostileInput[]> {
  const x = (name: string, data: Buffer): HostileInput => ({ name, ext: ".xlsx", data });
  const good = await book((wb) => template(wb));
  const out: HostileInput[] = [
    x("not-a-zip", Buffer.from("PK\u0003\u0004 this is not a zip at all")),
    x("empty-file", Buffer.alloc(0)),
    x("random-bytes", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
    x("truncated", good.subarray(0, Math.floor(good.length / 2))),
    x(
      "zip-without-workbook",
      await new JSZip().file("hello.txt", "hi").generateAsync({ type: "nodebuffer" })
    ),
    x("template-good", good),
    x(
      "no-sheets-with-scores",
      await book((wb) => (wb.addWorksheet("ว่าง").getCell("A1").value = "ไม่มีคะแนน"))
    ),
    x(
      "hidden-template",
      await book((wb) => {
        wb.addWorksheet("ปก");
        template(wb).state = "hidden";
      })
    ),
    x(
      "very-hidden-template",
      await book((wb) => {
        wb.addWorksheet("ปก");
        template(wb).state = "veryHidden";
      })
    ),
  ];
  const edits: Array<[string, Record<string, unknown>]> = [
    ["fy-div0-error", { C11: { error: "#DIV/0!" } }],
    ["fy-formula-error", { C11: { formula: "1/0", result: { error: "#DIV/0!" } } }],
    ["fy-date", { C11: new Date(2020, 1, 15) }],
    ["score-ambiguous", { C16: "0,095", C17: "8 7.46" }],
    ["score-formula", { C16: { formula: "90+1", result: 91 } }],
    ["score-hyperlink", { C16: { text: "90", hyperlink: "http://example.invalid" } }],
    ["score-rich", { C16: { richText: [{ text: "9" }, { text: "0" }] } }],
    ["name-huge", { C5: HUGE }],
    ["name-formula-text", { C5: '=HYPERLINK("http://example.invalid")' }],
    ["name-number-like", { C5: "1E5" }],
    ["responsible-huge", { C10: HUGE }],
    ["date-feb30", { C13: "2020-02-30" }],
    ["date-thai-invalid", { C13: "31/02/2563" }],
    ["date-text", { C13: "พรุ่งนี้" }],
    ["date-number-huge", { C13: 1e12 }],
    ["threshold-text", { C12: "เก้าสิบ" }],
    ["threshold-hex", { C12: "0x5A" }],
    ["level-huge", { C33: HUGE }],
  ];
  for (const [name, e] of edits) out.push(x(name, await book((wb) => template(wb, e))));
  // Characters XML forbids, put into the package directly (ExcelJS would write them as they are).
  for (const [i, c] of ["\uFFFE", "\uFFFF", "&#1;", "&#xFFFE;"].entries()) {
    out.push(
      x(
        `xml-badchar-${i}`,
        await patchZip(good, async (zip) => {
          const name = "xl/sharedStrings.xml";
          const s = await zip.file(name)!.async("string");
          zip.file(name, s.replace("อบต.ก", `อบต.${c}ก`));
        })
      )
    );
  }
  out.push(
    x(
      "phrase-keys-proto",
      await book((wb) => {
        template(wb);
        const p = wb.addWorksheet("ข้อความรายงาน ITA");
        p.addRow(["key", "ข้อความ", "คำอธิบาย"]);
        for (const k of ["__proto__", "constructor", "toString", "valueOf"])
          p.addRow([k, "{x} ข้อความ"]);
        p.addRow(["foreword.body", HUGE]);
        p.addRow(["foreword.title", "={1}" + "{".repeat(5000)]);
      })
    )
  );
  out.push(
    x(
      "lossy-drawing",
      await patchZip(good, async (zip) => {
        zip.file(
          "xl/drawings/drawing1.xml",
          '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>'
        );
      })
    )
  );
  out.push(
    x(
      "lossy-x14",
      await patchZip(good, async (zip) => {
        const name = "xl/worksheets/sheet1.xml";
        const s = await zip.file(name)!.async("string");
        zip.file(
          name,
          s.replace(
            "</worksheet>",
            '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"/></extLst></worksheet>'
          )
        );
      })
    )
  );
  out.push(
    x(
      "wide-20000-rows",
      await book((wb) => {
        const ws = wb.addWorksheet("หลายแถว");
        ws.addRow([
          "หน่วยงาน",
          "ปีงบประมาณ",
          ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`),
        ]);
        for (let r = 0; r < 20000; r++)
          ws.addRow([`อบต.${r}`, 2562, ...Array.from({ length: 10 }, () => 80 + (r % 20))]);
      })
    )
  );
  return out;
}

/** The whole corpus: JSON first, then .xlsx. */
export async function hostileCorpus(): Promise<HostileInput[]> {
  return [...jsonInputs(), ...(await xlsxInputs())];
}
