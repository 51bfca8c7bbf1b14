import type { GenerateResult, SummaryResult } from "../../src/excel/api";
import type { WrittenReport } from "../../src/excel/writtenReport";
import { strings } from "../../src/taskpane/i18n";
import {
  busyLabel,
  initialPaneView,
  paneReducer,
  type PaneView,
} from "../../src/taskpane/paneState";

const problems: GenerateResult = {
  status: "problems",
  problems: [{ code: "agency-name", th: "ไม่มีชื่อหน่วยงาน", en: "no agency name" }],
  warnings: [],
  sheetsCreated: [],
  syncs: 2,
};

describe("the pane's view reducer", () => {
  it("opens on the ribbon's last run when it did not write the report, and on nothing otherwise", () => {
    const ribbon = {
      at: "2026-12-01T08:00:00Z",
      status: "problems",
      problems: problems.problems,
      warnings: [],
      sheetsCreated: [],
    };
    const opened = initialPaneView(ribbon);
    expect(opened.result?.status).toBe("problems");
    expect(opened.result?.problems).toEqual(problems.problems);
    expect(opened.ribbonAt).toBe("2026-12-01T08:00:00Z");
    expect(opened.busy).toBeNull();

    const written = initialPaneView({ ...ribbon, status: "done" });
    expect(written.result).toBeNull();
    expect(written.ribbonAt).toBeNull();
    expect(initialPaneView(null)).toEqual({
      busy: null,
      result: null,
      summary: null,
      ribbonAt: null,
      notice: null,
      confirm: null,
      followupReport: null,
    });
  });

  it("clears the last notice when an action starts, and only the busy flag when it ends", () => {
    let view: PaneView = initialPaneView(null);
    view = paneReducer(view, { type: "notice", notice: { intent: "info", text: "ยกเลิกแล้ว" } });
    view = paneReducer(view, { type: "started", busy: "generate" });
    expect(view.busy).toBe("generate");
    expect(view.notice).toBeNull();
    view = paneReducer(view, { type: "notice", notice: { intent: "error", text: "boom" } });
    view = paneReducer(view, { type: "finished" });
    expect(view.busy).toBeNull();
    expect(view.notice).toEqual({ intent: "error", text: "boom" });
  });

  it("replaces the ribbon's result with the pane's, and a result with a written summary", () => {
    let view = initialPaneView({
      at: "2026-12-01T08:00:00Z",
      status: "failed",
      problems: [],
      warnings: [],
      sheetsCreated: [],
      error: "x",
    });
    view = paneReducer(view, { type: "shown", result: problems, summary: null });
    expect(view.result).toBe(problems);
    expect(view.ribbonAt).toBeNull();

    const summary: SummaryResult = {
      status: "done",
      problems: [],
      warnings: [],
      skipped: [],
      agencies: 3,
      years: [2567],
      sheetsCreated: ["สรุป ITA 2567"],
      syncs: 2,
      batches: 1,
      requestBytes: 1000,
    };
    view = paneReducer(view, { type: "shown", result: null, summary });
    expect(view.result).toBeNull();
    expect(view.summary).toBe(summary);
  });

  it("keeps the question asked until it is answered, and the follow-up report once written", () => {
    const replace = (): Promise<void> => Promise.resolve();
    let view = paneReducer(initialPaneView(null), {
      type: "ask",
      confirm: { sheets: ["ผลการวิเคราะห์ ITA 2567"], replace },
    });
    expect(view.confirm?.sheets).toEqual(["ผลการวิเคราะห์ ITA 2567"]);
    view = paneReducer(view, { type: "started", busy: "generate" });
    expect(view.confirm?.replace).toBe(replace);
    view = paneReducer(view, { type: "ask", confirm: null });
    expect(view.confirm).toBeNull();

    const report = { sheets: [] } as unknown as WrittenReport;
    view = paneReducer(view, { type: "followupWritten", report });
    expect(view.followupReport).toBe(report);
    expect(
      paneReducer(view, { type: "shown", result: problems, summary: null }).followupReport
    ).toBe(report);
  });

  it("labels what runs in the pane's language", () => {
    const th = strings("th");
    const en = strings("en");
    expect(busyLabel(null, th)).toBe("");
    expect(busyLabel("generate", th)).toBe(th.busyGenerate);
    expect(busyLabel("followup", en)).toBe(en.busyFollowup);
    const kinds = [
      "template",
      "generate",
      "phrases",
      "clear",
      "summary",
      "track",
      "followup",
    ] as const;
    expect(new Set(kinds.map((k) => busyLabel(k, en))).size).toBe(kinds.length);
  });
});
