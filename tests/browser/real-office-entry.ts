/**
 * Browser entry for tests/browser/real-office.ts: the add-in's report writer (src/excel/writePlan.ts) on
 * its own, to be driven against Microsoft's real Office.js client (the Excel script of @microsoft/office-js,
 * loaded in the page first). window.__itaWritePlan(url, sheets, names) queues the write batch on
 * `new Excel.RequestContext(url)` exactly as the gateway does, then syncs once.
 */
import type { SheetPlan } from "../../src/report/plan";
import { writePlan } from "../../src/excel/writePlan";

declare const Excel: { RequestContext: new (url: string) => Excel.RequestContext };

(window as unknown as Record<string, unknown>).__itaWritePlan = async (
  url: string,
  sheets: SheetPlan[],
  names: string[]
): Promise<void> => {
  const ctx = new Excel.RequestContext(url);
  writePlan(ctx, sheets, names);
  await ctx.sync();
};
