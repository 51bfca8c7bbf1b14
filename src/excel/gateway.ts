/**
 * The object the task pane and the ribbon command call: ExcelGateway (./api.ts) over the Office.js edge,
 * each call one phase's module — support (./support.ts), generate (./generate.ts), the summary
 * (./summary.ts, loaded with the composer), the template and phrase sheet (./createSheet.ts), highlights
 * (./highlights.ts) and what the add-in remembers (./store.ts).
 */
import type {
  AddinSettings,
  ExcelGateway,
  GenerateRequest,
  GenerateResult,
  SummaryRequest,
  SummaryResult,
} from "./api";
import { parseLocal, splitAddress } from "./address";
import { composer, loadComposer } from "./engine";
import { createSheetFromPlan } from "./createSheet";
import { baseResult, generateIn } from "./generate";
import { clearHighlights } from "./highlights";
import { workbookFailedText } from "./messages";
import {
  SETTINGS_KEY,
  loadAddinSettings,
  refreshSettingsAsync,
  saveSettingsAsync,
  writeJson,
} from "./store";
import { checkSupport } from "./support";
import { hostCannotSave, officePlatform } from "./writtenReport";

async function generate(request: GenerateRequest): Promise<GenerateResult> {
  let syncs = 0;
  try {
    await Promise.all([refreshSettingsAsync(), loadComposer()]);
    const result = await Excel.run((ctx) => generateIn(ctx, request, () => syncs++));
    return { ...result, syncs };
  } catch (e) {
    return { ...baseResult(syncs), status: "failed", error: workbookFailedText(e) };
  }
}

async function selectCell(address: string): Promise<void> {
  const sp = splitAddress(address);
  if (!parseLocal(sp.local)) return;
  await Excel.run(async (ctx) => {
    const ws = sp.sheet
      ? ctx.workbook.worksheets.getItem(sp.sheet)
      : ctx.workbook.worksheets.getActiveWorksheet();
    ws.activate();
    ws.getRange(sp.local).select();
    await ctx.sync();
  });
}

export function createExcelGateway(): ExcelGateway {
  return {
    checkSupport,
    loadSettings(): AddinSettings | null {
      return loadAddinSettings();
    },
    async saveSettings(settings: AddinSettings): Promise<void> {
      await refreshSettingsAsync();
      writeJson(SETTINGS_KEY, settings);
      await saveSettingsAsync();
    },
    async createInputTemplate(settings) {
      await loadComposer();
      const plan = composer.inputTemplatePlan({
        fiscalYear: settings.fiscalYear,
        agency: settings.agency,
        threshold: settings.threshold,
      });
      return createSheetFromPlan(plan, settings.fiscalYear);
    },
    async createPhraseSheet() {
      await loadComposer();
      return createSheetFromPlan(composer.phraseSheetPlan());
    },
    generate,
    async exportWord(report) {
      // The Word export and the docx library: their own chunk, loaded on the button's click.
      return (await import(/* webpackChunkName: "word" */ "./wordExport")).exportWord(report);
    },
    canSaveFiles(): boolean {
      return !hostCannotSave(officePlatform());
    },
    async summarize(request: SummaryRequest): Promise<SummaryResult> {
      // The many-agency summary (./summary.ts, in the composer's chunk): one read, one write.
      await refreshSettingsAsync();
      return (await import(/* webpackChunkName: "composer" */ "./summary")).summarize(request);
    },
    async track(request) {
      // The follow-up (./followup.ts, in the composer's chunk): one read, one write each.
      await refreshSettingsAsync();
      return (await import(/* webpackChunkName: "composer" */ "./followup")).track(request);
    },
    async followup(request) {
      await refreshSettingsAsync();
      return (await import(/* webpackChunkName: "composer" */ "./followup")).followup(request);
    },
    selectCell,
    clearHighlights,
  };
}
