/**
 * The input template and the phrase sheet: one sheet each, created through the own-sheet transaction
 * unless a sheet of that name exists (then it is shown, never overwritten).
 */
import type { SheetPlan } from "../report/plan";
import { composer, writer } from "./engine";
import { sheetNotCreated } from "./messages";
import { ownSheets, refreshSettingsAsync } from "./store";
import { writeOwnSheets } from "./transaction";

export async function createSheetFromPlan(
  plan: SheetPlan,
  fiscalYear?: number
): Promise<{ sheet: string; created: boolean }> {
  await refreshSettingsAsync();
  const limits = composer.planLimitProblems([plan]);
  if (limits.length > 0) throw new Error(limits.map((p) => `${p.th} / ${p.en}`).join("\n"));
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/id,items/name");
    await ctx.sync();
    const existing = sheets.items.find((s) => s.name.toLowerCase() === plan.name.toLowerCase());
    if (existing) {
      sheets.getItem(existing.id).activate();
      await ctx.sync();
      return { sheet: existing.name, created: false };
    }
    const outcome = await writeOwnSheets(ctx, () => undefined, {
      sheets: [{ plan, name: plan.name, role: plan.role, fiscalYear }],
      write: (ws, s) => writer.writeSheet(ws, s.plan),
      namesBefore: sheets.items.map((s) => s.name),
      // Never replaced (a sheet of this name is shown instead), so its formatting is not fingerprinted.
      fingerprint: false,
      records: ownSheets,
    });
    if (!outcome.ok) throw new Error(sheetNotCreated(plan.name, outcome.failure));
    return { sheet: outcome.written[0].worksheet.name, created: true };
  });
}
