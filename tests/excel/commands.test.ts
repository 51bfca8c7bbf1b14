/** The ribbon command (src/commands/commands.ts) against the fake host. */
import { createExcelGateway } from "../../src/excel";
import { LAST_RUN_KEY } from "../../src/excel/store";
import { reportSheetNames } from "../../src/report/compose";
import type { FakeWorkbook } from "../mocks/fake-office";
import { installLongAtOffset, SEED_SCORES, SETTINGS } from "./helpers";

interface FakeOfficeGlobal {
  __runAction(name: string): Promise<void>;
  __actions: Map<string, unknown>;
}

/** Loads commands.ts afresh so that it registers its action on the current fake Office. */
async function loadCommands(): Promise<typeof import("../../src/commands/commands")> {
  let mod: typeof import("../../src/commands/commands") | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<typeof import("../../src/commands/commands")>(
      "../../src/commands/commands"
    );
  });
  await new Promise((r) => setTimeout(r, 0)); // Office.onReady callback
  return mod as typeof import("../../src/commands/commands");
}

async function waitForDialog(wb: FakeWorkbook): Promise<void> {
  for (let i = 0; i < 100 && wb.dialogs.length === 0; i++)
    await new Promise((r) => setTimeout(r, 5));
}

const office = (): FakeOfficeGlobal =>
  (globalThis as unknown as { Office: FakeOfficeGlobal }).Office;

test("the button generates with the saved settings, no further click, and replaces its own unedited sheets", async () => {
  const wb = installLongAtOffset();
  await createExcelGateway().saveSettings(SETTINGS);
  await loadCommands();
  expect(office().__actions.has("generateReport")).toBe(true);

  await office().__runAction("generateReport");
  const names = reportSheetNames(2562);
  expect(wb.sheetNames()).toEqual(
    expect.arrayContaining([names.analysis, names.scores, names.measures])
  );
  expect(wb.dialogs).toHaveLength(0);
  expect((wb.savedSettings[LAST_RUN_KEY] as { status: string }).status).toBe("done");

  // second click: the add-in's own sheets are replaced without asking, nothing duplicated
  const count = wb.sheetNames().length;
  await office().__runAction("generateReport");
  expect(wb.sheetNames()).toHaveLength(count);
  expect(wb.dialogs).toHaveLength(0);
});

test("on input problems the button still tells the user: a dialog lists the cells, the outcome is saved", async () => {
  const scores = SEED_SCORES.map((s) => (s[0] === "6" ? ([s[0], s[1], 150] as typeof s) : s));
  const wb = installLongAtOffset(scores);
  await createExcelGateway().saveSettings(SETTINGS);
  const before = wb.sheetNames();
  await loadCommands();
  const run = office().__runAction("generateReport");
  await waitForDialog(wb);
  expect(wb.dialogs).toHaveLength(1);
  expect(wb.dialogs[0].url).toContain("commands.html?dialog=1");
  // the dialog page says "ready" once loaded (repeated until the add-in's handler is registered)
  let finished = false;
  void run.then(() => (finished = true));
  for (let i = 0; i < 200 && wb.dialogs[0].messages.length === 0; i++) {
    wb.dialogs[0].fromChild("ready");
    await new Promise((r) => setTimeout(r, 10));
  }
  // the command is not completed while its dialog is open: its runtime must still listen
  await new Promise((r) => setTimeout(r, 30));
  expect(finished).toBe(false);
  wb.dialogs[0].fromChild("close");
  await run;
  expect(wb.dialogs[0].closed).toBe(true);
  const content = JSON.parse(wb.dialogs[0].messages[0]) as { title: string; lines: string[] };
  expect(content.title).toContain("ข้อมูลมีปัญหา");
  expect(content.lines.join("\n")).toContain("คะแนน!F11");
  expect(wb.sheetNames()).toEqual(before);
  const last = wb.savedSettings[LAST_RUN_KEY] as {
    status: string;
    problems: Array<{ cell?: string }>;
  };
  expect(last.status).toBe("problems");
  expect(last.problems.map((p) => p.cell)).toContain("คะแนน!F11");
});

test("dialog text follows the display language", async () => {
  const { dialogContent } = await loadCommands();
  const run = {
    status: "problems",
    problems: [{ code: "x", th: "ข้อความไทย", en: "English text", cell: "S!B2" }],
  };
  expect(dialogContent(run, "en").lines[0]).toBe("S!B2: English text");
  expect(dialogContent(run, "th").lines[0]).toBe("S!B2: ข้อความไทย");
  expect(dialogContent(run, "en").lines.at(-1)).toContain("Open ITA pane");
});

async function openProblemDialog(options: { dialogApiVersion?: number } = {}) {
  const scores = SEED_SCORES.map((s) => (s[0] === "6" ? ([s[0], s[1], 150] as typeof s) : s));
  const wb = installLongAtOffset(scores, options);
  await createExcelGateway().saveSettings(SETTINGS);
  await loadCommands();
  let finished = false;
  const run = office()
    .__runAction("generateReport")
    .then(() => (finished = true));
  await waitForDialog(wb);
  return { wb, run, finished: () => finished };
}

test("closing the dialog with its X completes the command (and only then)", async () => {
  const { wb, run, finished } = await openProblemDialog();
  for (let i = 0; i < 200 && wb.dialogs[0].messages.length === 0; i++) {
    wb.dialogs[0].fromChild("ready");
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(finished()).toBe(false);
  wb.dialogs[0].closeByUser();
  await run;
  expect(finished()).toBe(true);
});

test("without Dialog API 1.2 the command sends nothing to the dialog (the URL summary stays)", async () => {
  const { wb, run } = await openProblemDialog({ dialogApiVersion: 1 });
  wb.dialogs[0].fromChild("ready");
  await new Promise((r) => setTimeout(r, 20));
  expect(wb.dialogs[0].messages).toEqual([]);
  expect(decodeURIComponent(wb.dialogs[0].url)).toContain("ข้อมูลมีปัญหา");
  wb.dialogs[0].fromChild("close");
  await run;
});
