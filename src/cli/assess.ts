/**
 * `npm run cli -- assess <file.json> [--json] [--threshold N]`
 *
 * Reads the JSON input (one object, or an array of objects for a batch; see src/core/json.ts), assesses
 * each with the engine and prints either JSON (one object per input, an array for an array) or a readable
 * Thai summary. Exit status: 0 assessed (warnings allowed), 1 the input has problems, 2 usage error.
 */
import {
  assessRaw,
  format2,
  formatChange,
  getProfile,
  indicatorDef,
  ProfileError,
  type Assessment,
  type Comparison,
  type Message,
} from "../core";
import { comparisonForInput } from "../core/earlier";
import { parseJsonText, rawFromJson, type JsonItem } from "../core/json";
import { parseThreshold } from "../core/parse";
import { readJsonInput } from "./input";
import { HELP, unknownOption, usageError, type UsageError } from "./usage";

interface OutMessage {
  code: string;
  message: string;
  th: string;
  en: string;
  cell?: string;
}

export interface AssessOutput {
  fiscalYear: number | null;
  agency: string | null;
  iit: number | null;
  eit: number | null;
  oit: number | null;
  total: number | null;
  /** The level as published: "B", or the Thai label on the five-level scale ("ผ่านดี"). */
  level: string | null;
  levelEn: string | null;
  levelId: string | null;
  threshold: number | null;
  scores: Record<string, number>;
  ranking: Array<{ id: string; score: number; rank: number; sub: boolean; derived: boolean }>;
  strengths: string[];
  toDevelop: string[];
  highest: string[];
  lowest: string[];
  derived: string[];
  missing: string[];
  checks: Assessment["checks"];
  /** Against the earlier years the input gave ("previous"); absent when none was given. */
  comparison?: Comparison;
  warnings: OutMessage[];
  problems: OutMessage[];
}

function out(m: Message): OutMessage {
  const o: OutMessage = { code: m.code, message: `${m.th} / ${m.en}`, th: m.th, en: m.en };
  if (m.cell !== undefined) o.cell = m.cell;
  return o;
}

function empty(problems: Message[], warnings: Message[], fiscalYear: number | null): AssessOutput {
  return {
    fiscalYear,
    agency: null,
    iit: null,
    eit: null,
    oit: null,
    total: null,
    level: null,
    levelEn: null,
    levelId: null,
    threshold: null,
    scores: {},
    ranking: [],
    strengths: [],
    toDevelop: [],
    highest: [],
    lowest: [],
    derived: [],
    missing: [],
    checks: [],
    warnings: warnings.map(out),
    problems: problems.map(out),
  };
}

/** Assesses one JSON item into the output object (pure apart from nothing: no I/O). */
export function assessItem(item: JsonItem, threshold?: number): AssessOutput {
  const t = threshold ?? item.threshold;
  const r = assessRaw(item.raw, t === undefined ? {} : { threshold: t });
  const problems = [...item.problems, ...r.problems];
  const a = r.assessment;
  if (!a) {
    const fy = typeof item.raw.fiscalYear?.value === "number" ? item.raw.fiscalYear.value : null;
    return empty(problems, r.warnings, fy);
  }
  const yoy = comparisonForInput(a, r.input);
  problems.push(...yoy.problems);
  const result: AssessOutput = {
    fiscalYear: a.fiscalYear,
    agency: item.agency?.name ?? null,
    iit: a.iit,
    eit: a.eit,
    oit: a.oit,
    total: a.total,
    level: a.level?.labelTh ?? null,
    levelEn: a.level?.labelEn ?? null,
    levelId: a.level?.id ?? null,
    threshold: a.threshold,
    scores: a.scores as Record<string, number>,
    ranking: a.ranking.map((x) => ({
      id: x.id,
      score: x.score,
      rank: x.rank,
      sub: x.sub,
      derived: x.derived,
    })),
    strengths: a.strengths,
    toDevelop: a.toDevelop,
    highest: a.highest,
    lowest: a.lowest,
    derived: a.derived,
    missing: a.missing,
    checks: a.checks,
    warnings: [...a.warnings, ...yoy.warnings].map(out),
    problems: problems.map(out),
  };
  if (yoy.comparison) result.comparison = yoy.comparison;
  return result;
}

function name(fiscalYear: number, id: string): string {
  const d = indicatorDef(getProfile(fiscalYear), id);
  return d ? d.nameTh : "";
}

function missingTh(m: string): string {
  if (m.startsWith("indicator:")) return `ตัวชี้วัดที่ ${m.slice("indicator:".length)}`;
  return { iit: "IIT", eit: "EIT", oit: "OIT", total: "คะแนนรวม", level: "ระดับ" }[m] ?? m;
}

const s2 = (x: number | null): string => (x === null ? "-" : format2(x));

/** The readable Thai summary of one result. */
export function summaryTh(o: AssessOutput): string {
  const lines: string[] = [];
  if (o.agency) lines.push(o.agency);
  if (o.problems.length > 0 || o.fiscalYear === null) {
    lines.push("ประเมินไม่ได้ เพราะข้อมูลมีปัญหา:");
    for (const p of o.problems) lines.push(`  - ${p.th}`);
    for (const w of o.warnings) lines.push(`  ! ${w.th}`);
    return lines.join("\n");
  }
  const fy = o.fiscalYear;
  lines.push(`ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${fy}`);
  lines.push(`  IIT ${s2(o.iit)}   EIT ${s2(o.eit)}   OIT ${s2(o.oit)}`);
  lines.push(`  คะแนนรวม ${s2(o.total)}   ระดับ ${o.level ?? "-"}`);
  const last = o.comparison?.lastYear;
  if (last?.total) {
    lines.push(
      `  เทียบกับปีงบประมาณ พ.ศ. ${last.previousYear}: คะแนนรวม ${format2(last.total.previous)} -> ${format2(last.total.current)} (${formatChange(last.total.change)})`
    );
  }
  if (o.ranking.length > 0) {
    lines.push("คะแนนรายตัวชี้วัด จากมากไปน้อย:");
    for (const r of o.ranking) {
      const label = r.sub ? `    ตัวชี้วัดย่อยที่ ${r.id}` : `  ${r.rank}. ตัวชี้วัดที่ ${r.id}`;
      lines.push(`${label} ${name(fy, r.id)} ${format2(r.score)}${r.derived ? " (ค่าที่คำนวณ)" : ""}`);
    }
    const list = (ids: string[]): string => (ids.length ? ids.join(", ") : "ไม่มี");
    lines.push(`  สูงสุด: ตัวชี้วัดที่ ${list(o.highest)}   ต่ำสุด: ตัวชี้วัดที่ ${list(o.lowest)}`);
    lines.push(`จุดแข็ง (คะแนนตั้งแต่ ${o.threshold} ขึ้นไป): ${list(o.strengths)}`);
    lines.push(`ควรพัฒนา (คะแนนต่ำกว่า ${o.threshold}): ${list(o.toDevelop)}`);
  }
  if (o.missing.length > 0) lines.push(`ขาดข้อมูล: ${o.missing.map(missingTh).join(", ")}`);
  if (o.warnings.length > 0) {
    lines.push("ข้อสังเกต:");
    for (const w of o.warnings) lines.push(`  ! ${w.th}`);
  }
  return lines.join("\n");
}

interface Args {
  file: string;
  json: boolean;
  threshold?: number;
  /** Many agencies: each one's assessment (the array, as before) instead of the summary. */
  each: boolean;
  sheet?: string;
}

function parseArgs(args: string[]): Args | UsageError {
  let file: string | undefined;
  let json = false;
  let threshold: number | undefined;
  let each = false;
  let sheet: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--json") json = true;
    else if (a === "--each") each = true;
    else if (a === "--sheet") {
      sheet = args[++i];
      if (!sheet)
        return { th: "ไม่ได้ระบุชื่อแผ่นงานหลัง --sheet", en: "missing sheet name after --sheet" };
    } else if (a === "--threshold" || a.startsWith("--threshold=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
      // The same check as the add-in's threshold: one core function.
      const t = parseThreshold(v ?? "", "--threshold");
      if (t.problem || t.value === null)
        return {
          th: `--threshold ต้องเป็นตัวเลข 0-100 (ได้ ${v ?? "ค่าว่าง"})`,
          en: `--threshold needs a number 0-100, got ${v ?? "nothing"}`,
        };
      threshold = t.value;
    } else if (a.startsWith("-") && a !== "-") return unknownOption(a, "assess");
    else if (file === undefined) file = a;
    else return { th: `มีอาร์กิวเมนต์เกินมา: ${a}`, en: `unexpected argument ${a}` };
  }
  if (file === undefined)
    return {
      th: "ไม่ได้ระบุไฟล์ข้อมูลนำเข้า <file.json|many.xlsx>",
      en: "missing <file.json|many.xlsx>",
    };
  return { file, json, threshold, each, sheet };
}

export async function runAssess(args: string[]): Promise<number> {
  if (args.includes("-h") || args.includes("--help")) {
    process.stdout.write(HELP.assess + "\n");
    return 0;
  }
  const parsed = parseArgs(args);
  if ("th" in parsed) return usageError("assess", parsed);
  if (parsed.file.toLowerCase().endsWith(".xlsx")) {
    // A sheet with a row per agency: the summary (./assessMany.ts), rows streamed.
    const { assessMany } = await import("./assessMany");
    const { xlsxSource } = await import("./sources");
    const sheet = parsed.sheet !== undefined ? { sheet: parsed.sheet } : {};
    return assessMany(xlsxSource(parsed.file, parsed.file, sheet), parsed.threshold);
  }
  const read = readJsonInput(parsed.file);
  if (read.problem) {
    process.stderr.write(
      `ข้อมูลนำเข้ามีปัญหา / the input has problems:\n  - ${read.problem.th} / ${read.problem.en}\n`
    );
    return 1;
  }
  if (read.text === undefined) {
    // The same words as generate: "file not found", not a raw ENOENT.
    const code = read.error ?? "error";
    const [th, en] =
      code === "ENOENT"
        ? [`ไม่พบไฟล์ ${parsed.file}`, `file not found: ${parsed.file}`]
        : [`อ่านไฟล์ ${parsed.file} ไม่ได้ (${code})`, `cannot read ${parsed.file} (${code})`];
    process.stderr.write(`assess: ${th}\n        ${en}\n`);
    return 2;
  }
  const text = read.text;
  const parsedJson = parseJsonText(text);
  if (parsedJson.problems.length) {
    const ps: Message[] = parsedJson.problems.map((p) => ({
      ...p,
      th: `${parsed.file}: ${p.th}`,
      en: `${parsed.file}: ${p.en}`,
    }));
    if (parsed.json) process.stdout.write(JSON.stringify(empty(ps, [], null), null, 2) + "\n");
    else process.stdout.write(ps.map((p) => `${p.th}\n${p.en}`).join("\n") + "\n");
    return 1;
  }
  const input = rawFromJson(parsedJson.value);
  if (input.problems.length > 0) {
    const o = empty(input.problems, [], null);
    if (parsed.json) process.stdout.write(JSON.stringify(input.batch ? [o] : o, null, 2) + "\n");
    else process.stdout.write(summaryTh(o) + "\n");
    return 1;
  }
  if (input.batch && !parsed.each) {
    // Many agencies: their summary as JSON (./assessMany.ts); --each gives every assessment instead.
    const { assessMany } = await import("./assessMany");
    const { jsonInputSource } = await import("./sources");
    return assessMany(jsonInputSource(input, parsed.file, []), parsed.threshold);
  }
  const results: AssessOutput[] = [];
  for (const item of input.items) {
    try {
      results.push(assessItem(item, parsed.threshold));
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      results.push(empty([{ code: "fiscal-year-unsupported", th: e.th, en: e.en }], [], null));
    }
  }
  if (parsed.json) {
    process.stdout.write(JSON.stringify(input.batch ? results : results[0], null, 2) + "\n");
  } else {
    process.stdout.write(results.map(summaryTh).join("\n\n") + "\n");
  }
  return results.some((r) => r.problems.length > 0) ? 1 : 0;
}
