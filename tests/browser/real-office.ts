/**
 * The add-in's report writer (src/excel/writePlan.ts) against Microsoft's real Office.js client library:
 * the Excel script of @microsoft/office-js (excel-web-16.00.js, the one Excel on the web loads) in
 * headless Chromium, `new Excel.RequestContext(url)` with its HTTP request intercepted. What Office.js would
 * send to Excel for the seed's report is captured: its size and its number of actions. Used by
 * tests/browser/office-js-client.test.ts (the batch must serialize) and by bench/excel.bench.ts (figures).
 * Nothing leaves the machine: every request of the page is answered by page.route.
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { bundleForBrowser } from "./fake-host-bundle";
import { chromium } from "playwright-core";
import { assessRaw } from "../../src/core/assess";
import { rawFromJson } from "../../src/core/json";
import { composeReport } from "../../src/report";
import type { SheetPlan } from "../../src/report/plan";

export const CHROMIUM = process.env.ITA_CHROMIUM || "/usr/bin/chromium";
const ROOT = resolve(__dirname, "..", "..");
export const EXCEL_SCRIPT = join(ROOT, "node_modules/@microsoft/office-js/dist/excel-web-16.00.js");

/** The seed's three report sheets, as the gateway writes them. */
export function seedReportSheets(): SheetPlan[] {
  const item = rawFromJson(JSON.parse(readFileSync(join(ROOT, "tests/fixtures/seed.json"), "utf8")))
    .items[0];
  const assessment = assessRaw(item.raw).assessment;
  if (!assessment) throw new Error("the seed does not assess");
  const plan = composeReport(assessment, {
    agency: item.agency ?? { name: "" },
    digits: "thai",
    date: "2020-02-15",
  });
  return plan.sheets.filter((s) => ["analysis", "scores", "measures"].includes(s.role));
}

function bundleWriter(): Promise<string> {
  return bundleForBrowser(resolve(__dirname, "real-office-entry.ts"), "the writer");
}

export interface WriteRequest {
  /** Bytes of the request body Office.js sent (UTF-8). */
  bytes: number;
  /** Entries of its Actions array (each queued operation, load or setter). */
  actions: number;
  /** Entries of its ObjectPaths. */
  objectPaths: number;
  /** Requests made by the sync (one per context.sync). */
  requests: number;
  /** The first action of each kind, counted by kind name (ActionType / Name), largest first. */
  byName: Array<[string, number]>;
  /** An error the page raised (serialization, script), if any. */
  error?: string;
  /** The request body itself. */
  body: string;
}

const ORIGIN = "http://ita-addin.test";

/** Runs the writer for `sheets` against the real Office.js client and returns the captured request. */
export async function captureWriteRequest(
  sheets: SheetPlan[] = seedReportSheets()
): Promise<WriteRequest> {
  const writer = await bundleWriter();
  const excel = readFileSync(EXCEL_SCRIPT, "utf8");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const bodies: string[] = [];
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === "/") {
        return route.fulfill({
          contentType: "text/html",
          body: '<!doctype html><meta charset="utf-8"><script src="/excel.js"></script><script src="/writer.js"></script>',
        });
      }
      if (url.pathname === "/excel.js")
        return route.fulfill({ contentType: "text/javascript", body: excel });
      if (url.pathname === "/writer.js")
        return route.fulfill({ contentType: "text/javascript", body: writer });
      if (url.pathname.startsWith("/richapi/")) {
        bodies.push(route.request().postData() ?? "");
        // Excel answers with one result per action; an empty result list is enough for a batch of writes
        // whose loads are not read back here.
        return route.fulfill({
          status: 200,
          contentType: "application/json",
          body: JSON.stringify({ Results: [] }),
        });
      }
      return route.fulfill({ status: 404, body: "" });
    });
    await page.goto(ORIGIN + "/");
    const names = sheets.map((s) => s.name);
    const outcome = await page.evaluate(
      async ({ url, sheets, names }) => {
        try {
          await (
            window as unknown as {
              __itaWritePlan: (u: string, s: unknown, n: string[]) => Promise<void>;
            }
          ).__itaWritePlan(url, sheets, names);
          return "";
        } catch (e) {
          return String((e as Error)?.stack ?? e);
        }
      },
      { url: ORIGIN + "/richapi", sheets: JSON.parse(JSON.stringify(sheets)) as unknown, names }
    );
    const body = bodies[0] ?? "";
    let actions = 0;
    let objectPaths = 0;
    const count = new Map<string, number>();
    if (body) {
      const msg = JSON.parse(body) as {
        Actions?: Array<{ ActionType?: number; Name?: string }>;
        ObjectPaths?: Record<string, unknown>;
      };
      actions = msg.Actions?.length ?? 0;
      objectPaths = Object.keys(msg.ObjectPaths ?? {}).length;
      for (const a of msg.Actions ?? []) {
        const k = `${a.ActionType ?? "?"}:${a.Name ?? ""}`;
        count.set(k, (count.get(k) ?? 0) + 1);
      }
    }
    return {
      bytes: Buffer.byteLength(body, "utf8"),
      actions,
      objectPaths,
      requests: bodies.length,
      byName: [...count.entries()].sort((a, b) => b[1] - a[1]),
      error: [outcome, ...errors].filter(Boolean).join("\n") || undefined,
      body,
    };
  } finally {
    await browser.close();
  }
}
