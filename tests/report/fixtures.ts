/** Every report fixture composed as the command line composes it (earlier years compared when given). */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { assessRaw, type AgencyDetails, type Assessment, type RawInput } from "../../src/core";
import { rawFromJson } from "../../src/core/json";
import { comparisonForInput } from "../../src/core/earlier";
import { composeDocument, composeReport, type ReportOptions } from "../../src/report/compose";
import type { ReportDocument } from "../../src/report/document";
import { renderSheets } from "../../src/report/sheet";
import type { ReportPlan, SheetPlan } from "../../src/report/plan";

export const FIXTURES_DIR = join(__dirname, "../fixtures");

export interface FixtureReport {
  name: string;
  doc: ReportDocument;
  plan: ReportPlan;
  options: ReportOptions;
}

/** The fixture's options and document (mixed digits, or `digits`). */
export function fixtureReport(
  file: string,
  digits: ReportOptions["digits"] = "mixed"
): FixtureReport {
  const obj = JSON.parse(readFileSync(join(FIXTURES_DIR, file), "utf8"));
  const item = rawFromJson(obj).items[0];
  const r = assessRaw(item.raw as RawInput);
  if (!r.assessment) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
  const yoy = comparisonForInput(r.assessment, r.input);
  const agency = (item.agency ?? { name: "" }) as AgencyDetails;
  const options: ReportOptions = {
    agency,
    digits,
    date: agency.date ?? "2020-02-15",
    ...(yoy.comparison ? { comparison: yoy.comparison } : {}),
  };
  const doc = composeDocument(r.assessment, options);
  return { name: file, doc, plan: renderSheets(doc), options };
}

/** Every fixture file of a report (one agency). */
export function fixtureFiles(): string[] {
  return readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".json"));
}

/** A sheet's rows as lines (cells joined by " | ", a cell's line breaks as spaces, a paragraph split at a
 * sentence boundary for Excel's row height limit joined back). */
export function sheetLines(plan: ReportPlan, role: SheetPlan["role"]): string[] {
  const s = plan.sheets.find((x) => x.role === role);
  if (!s) throw new Error(`no ${role} sheet`);
  const out: string[] = [];
  for (const r of s.rows) {
    const t = r.cells
      .map((c) => (c.value === null || c.value === undefined ? "" : String(c.value)))
      .filter((x) => x !== "")
      .join(" | ")
      .replace(/\n/g, " ");
    const piece = r.cells.find((c) => c.ref)?.ref?.piece ?? 0;
    if (piece > 0 && out.length) out[out.length - 1] += ` ${t}`;
    else out.push(t);
  }
  return out;
}

/** A fixture as the tests of the words read it: its assessment, agency and sheets. */
export interface FixtureCase {
  name: string;
  a: Assessment;
  agency: AgencyDetails;
  plan: ReportPlan;
}

/**
 * The fixture `name` (without .json) composed in Arabic digits on the agency's own date, earlier years
 * compared when given; `edit` changes its JSON first.
 */
export function loadCase(name: string, edit?: (o: Record<string, unknown>) => void): FixtureCase {
  const obj = JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.json`), "utf8"));
  if (edit) edit(obj);
  const it = rawFromJson(obj).items[0];
  const r = assessRaw(it.raw as RawInput);
  if (!r.assessment || !r.input) throw new Error(`${name}: ${JSON.stringify(r.problems)}`);
  const agency = it.agency as AgencyDetails;
  const plan = composeReport(r.assessment, {
    agency,
    digits: "arabic",
    date: agency.date,
    comparison: comparisonForInput(r.assessment, r.input).comparison,
  });
  return { name, a: r.assessment, agency, plan };
}

/** Every fixture as `loadCase` reads it. */
export function allCases(): FixtureCase[] {
  return fixtureFiles().map((f) => loadCase(f.replace(/\.json$/, "")));
}

/** The case of the fixture `name` among `cases`. */
export function caseNamed(cases: FixtureCase[], name: string): FixtureCase {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no fixture ${name}`);
  return c;
}
