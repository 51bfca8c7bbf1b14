/**
 * Ribbon commands (commands.html, the manifest's FunctionFile).
 *
 * "สร้างรายงานวิเคราะห์ ITA" (generateReport) runs the whole generation with no further click: the options
 * last saved in the document (or the defaults), the input found automatically (template sheet, else the
 * active sheet, else the sheet the last run read), and it confirms the replacement of the add-in's own
 * UNEDITED earlier report sheets by itself (edited ones are kept under a new name, user sheets are never
 * touched — the gateway guarantees both).
 *
 * When it cannot finish (input problems, a wide sheet needing a row to be picked, missing API support, a
 * failed write) it must still tell the user. Excel has no notification API for add-ins, and opening the
 * task pane from a command (Office.addin.showAsTaskpane) needs a shared runtime, which older Excel builds
 * lack and which would merge this page with the task pane's bundle. So the command opens a small dialog
 * (Dialog API 1.1, this same page with ?dialog) that lists the problems with their cells and tells the user
 * to open the task pane, where each problem is a link to its cell. The outcome is also saved in the document
 * (itaAddin.lastRun) so the pane can show it. The problems reach the dialog by Dialog API 1.2 messageChild
 * when isSetSupported("DialogApi", "1.2") says so, else a short summary in the URL. event.completed() is
 * called only when the dialog is done (closed by its button or X, or timed out): completing ends this
 * runtime, and with it the dialog's listeners. Why not a shared runtime: src/excel/README.md.
 */
import type { Message } from "../core/types";
import type {
  AddinSettings,
  ExcelGateway,
  FollowupResult,
  GenerateResult,
  TrackResult,
} from "../excel/api";
import { createExcelGateway } from "../excel";
import { LAST_RUN_KEY, saveSettingsAsync, writeJson, type LastRun } from "../excel/store";
import { isChunkLoadError } from "../taskpane/chunkError";

export const DEFAULT_SETTINGS: AddinSettings = {
  threshold: 90,
  digits: "thai",
  agency: { name: "" },
};

type Lang = "th" | "en";

function lang(): Lang {
  const l = typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? "th") : "th";
  return l.toLowerCase().startsWith("th") ? "th" : "en";
}

const TEXT = {
  th: {
    problems: "สร้างรายงานไม่ได้ เพราะข้อมูลมีปัญหา",
    pick: "แผ่นงานนี้มีหลายแถว (หลายหน่วยงานหรือหลายปี) กรุณาเลือกแถวในบานหน้าต่าง ITA",
    failed: "สร้างรายงานไม่สำเร็จ",
    updated: "ส่วนเสริมได้รับการอัปเดตแล้ว: ปิดสมุดงานนี้แล้วเปิดใหม่ แล้วกดปุ่มอีกครั้ง (สมุดงานไม่มีการเปลี่ยนแปลง)",
    support: "Excel รุ่นนี้ไม่รองรับความสามารถที่ Add-in ต้องใช้",
    openPane: "เปิด “เปิดบานหน้าต่าง ITA” บนแท็บหน้าแรก เพื่อดูรายละเอียดและคลิกไปยังช่องที่ต้องแก้",
    more: (n: number) => `และอีก ${n} รายการ`,
    close: "ปิด",
  },
  en: {
    problems: "The report was not created: the input has problems",
    pick: "This sheet has several rows (agencies or years): pick one in the ITA pane",
    failed: "Creating the report failed",
    updated:
      "The add-in was updated: close this workbook, open it again and click the button again (the workbook was not changed)",
    support: "This version of Excel lacks features the add-in needs",
    openPane:
      "Click “Open ITA pane” on the Home tab to see the details and jump to each cell to fix",
    more: (n: number) => `and ${n} more`,
    close: "Close",
  },
};

/** What the dialog shows: a title and lines, in the UI language. Pure. */
export function dialogContent(
  run: Pick<LastRun, "status" | "problems" | "error">,
  l: Lang
): { title: string; lines: string[] } {
  const t = TEXT[l];
  // A part of the add-in's code that could not be loaded (an update while Excel kept the old one): say so,
  // not the loader's error.
  if (run.status === "failed" && isChunkLoadError(run.error))
    return { title: t.updated, lines: [] };
  const title =
    run.status === "problems"
      ? t.problems
      : run.status === "pick-row"
        ? t.pick
        : run.status === "unsupported"
          ? t.support
          : t.failed;
  const shown = run.problems
    .slice(0, 8)
    .map((p: Message) => (p.cell ? `${p.cell}: ` : "") + (l === "th" ? p.th : p.en));
  if (run.problems.length > shown.length) shown.push(t.more(run.problems.length - shown.length));
  if (run.error) shown.push(run.error);
  shown.push(t.openPane);
  return { title, lines: shown };
}

function saveLastRun(run: LastRun): Promise<void> {
  writeJson(LAST_RUN_KEY, run);
  return saveSettingsAsync().catch(() => undefined);
}

function dialogUrl(short: string): string {
  const base =
    typeof window !== "undefined" && window.location
      ? window.location.href
      : "https://localhost:3000/commands.html";
  const u = new URL(base);
  u.search = "?dialog=1";
  u.hash = encodeURIComponent(short.slice(0, 300));
  return u.toString();
}

/** Longest time the command waits for the user to close its dialog before closing it itself. */
export const DIALOG_TIMEOUT_MS = 10 * 60 * 1000;

/** Dialog API 1.2 (messageChild, the dialog's DialogParentMessageReceived) is available. */
function dialogApi12(): boolean {
  try {
    return Office.context.requirements.isSetSupported("DialogApi", "1.2");
  } catch {
    return false;
  }
}

/**
 * Opens the message dialog; resolves only when the dialog is DONE: the user closed it with its button
 * ("close") or with the dialog's own X (DialogEventReceived), it could not be opened, or after
 * DIALOG_TIMEOUT_MS (the command then closes it). Until then the function command is not completed, so
 * its runtime, which listens to the dialog, stays alive.
 */
function showDialog(run: LastRun): Promise<void> {
  const l = lang();
  const content = dialogContent(run, l);
  const short = content.title + (run.problems[0]?.cell ? ` (${run.problems[0].cell})` : "");
  return new Promise((resolve) => {
    let dialog: Office.Dialog | null = null;
    let finished = false;
    const done = (): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      try {
        dialog?.close();
      } catch {
        /* already closed */
      }
      done();
    }, DIALOG_TIMEOUT_MS);
    try {
      Office.context.ui.displayDialogAsync(
        dialogUrl(short),
        { height: 45, width: 35, displayInIframe: true },
        (res) => {
          if (String(res.status) !== "succeeded") {
            done();
            return;
          }
          const opened = res.value;
          dialog = opened;
          opened.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            const message = (arg as { message?: string }).message;
            if (message === "ready") {
              // Dialog API 1.2: the full list; without it the summary in the URL stays.
              if (dialogApi12()) {
                try {
                  opened.messageChild(JSON.stringify(content));
                } catch {
                  /* the URL summary stays */
                }
              }
            } else if (message === "close") {
              opened.close();
              done();
            }
          });
          // The user closed the dialog with its X (12006), or it failed to load / navigated away.
          opened.addEventHandler(Office.EventType.DialogEventReceived, () => done());
        }
      );
    } catch {
      done();
    }
  });
}

/** Whether the host supports the add-in; when not, the run is saved and the dialog says what is missing. */
async function supported(gateway: ExcelGateway): Promise<boolean> {
  const support = gateway.checkSupport();
  if (support.ok) return true;
  const run: LastRun = {
    at: new Date().toISOString(),
    status: "unsupported",
    problems: support.missing.map((m) => ({ code: "unsupported", th: m, en: m })),
    warnings: [],
    sheetsCreated: [],
  };
  await saveLastRun(run);
  await showDialog(run);
  return false;
}

/**
 * The one-click generation. Returns the gateway's result (for tests); shows the dialog when not done.
 */
export async function runGenerateCommand(
  gateway: ExcelGateway = createExcelGateway()
): Promise<GenerateResult | null> {
  if (!(await supported(gateway))) return null;
  const settings = gateway.loadSettings() ?? DEFAULT_SETTINGS;
  const result = await gateway.generate({
    settings,
    source: { kind: "auto" },
    confirmReplace: true,
  });
  const run: LastRun = {
    at: new Date().toISOString(),
    status: result.status,
    problems:
      result.status === "pick-row"
        ? (result.rows ?? []).map((r) => ({
            code: "pick-row",
            th: r.label,
            en: r.label,
            cell: `${r.sheet}!A${r.row + 1}`,
          }))
        : result.problems,
    warnings: result.warnings,
    sheetsCreated: result.sheetsCreated,
    error: result.error,
  };
  await saveLastRun(run);
  if (result.status !== "done") await showDialog(run);
  return result;
}

/**
 * The ribbon menu's follow-up commands ("ติดตามผลมาตรการ", "สร้างรายงานผลการดำเนินการ"): with the options
 * saved in the workbook, the add-in's own earlier follow-up sheets replaced as the report's are; the
 * dialog only when not done. Returns the gateway's result (for tests).
 */
export async function runFollowupCommand(
  which: "track" | "followup",
  gateway: ExcelGateway = createExcelGateway()
): Promise<TrackResult | FollowupResult | null> {
  if (!(await supported(gateway))) return null;
  const settings = gateway.loadSettings() ?? DEFAULT_SETTINGS;
  const result =
    which === "track"
      ? await gateway.track({ settings })
      : await gateway.followup({ settings, confirmReplace: true });
  const run: LastRun = {
    at: new Date().toISOString(),
    status: result.status,
    problems: result.problems,
    warnings: result.warnings,
    sheetsCreated: result.sheetsCreated,
    error: result.error,
  };
  await saveLastRun(run);
  if (result.status !== "done") await showDialog(run);
  return result;
}

/** The dialog page: renders what the command sends (or the URL summary) with a close button. */
function renderDialog(): void {
  const l = lang();
  const body = document.body;
  body.style.fontFamily = '"Leelawadee UI", Tahoma, "TH Sarabun New", sans-serif';
  body.style.margin = "16px";
  const title = document.createElement("h1");
  title.style.fontSize = "18px";
  title.textContent = decodeURIComponent(window.location.hash.slice(1));
  const list = document.createElement("ul");
  const close = document.createElement("button");
  close.textContent = TEXT[l].close;
  close.onclick = () => Office.context.ui.messageParent("close");
  body.append(title, list, close);
  const ready = (): void => Office.context.ui.messageParent("ready");
  try {
    if (typeof Office.context.ui.addHandlerAsync !== "function") {
      ready(); // Dialog API 1.2 missing: the summary from the URL stays
      return;
    }
    // "ready" only once the handler is registered (its callback), so no message from the command is lost.
    Office.context.ui.addHandlerAsync(
      Office.EventType.DialogParentMessageReceived,
      (arg) => {
        try {
          const content = JSON.parse((arg as { message: string }).message) as {
            title: string;
            lines: string[];
          };
          title.textContent = content.title;
          list.replaceChildren(
            ...content.lines.map((line) => {
              const li = document.createElement("li");
              li.textContent = line;
              return li;
            })
          );
        } catch {
          /* keep the URL summary */
        }
      },
      () => ready()
    );
  } catch {
    ready(); // Dialog API 1.2 missing: the summary from the URL stays
  }
}

async function generateReport(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runGenerateCommand();
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    if (typeof window !== "undefined" && window.location?.search.includes("dialog")) {
      renderDialog();
      return;
    }
    Office.actions.associate("generateReport", generateReport);
    Office.actions.associate("trackMeasures", (event: Office.AddinCommands.Event) => {
      void runFollowupCommand("track").finally(() => event.completed());
    });
    Office.actions.associate("writeFollowup", (event: Office.AddinCommands.Event) => {
      void runFollowupCommand("followup").finally(() => event.completed());
    });
  });
}
