import {
  DEFAULT_THRESHOLD,
  EMPTY_FORM,
  formFromSettings,
  formatScore,
  formatWhen,
  resultFromRibbonRun,
  levelColor,
  parseResponsible,
  parseThreshold,
  settingsFromForm,
} from "../../src/taskpane/logic";

describe("task-pane form logic", () => {
  it("splits responsible units on lines and commas, trims and drops blanks and repeats", () => {
    expect(parseResponsible("สำนักปลัด, กองคลัง\n  กองช่าง \n\n,กองคลัง")).toEqual([
      "สำนักปลัด",
      "กองคลัง",
      "กองช่าง",
    ]);
    expect(parseResponsible("  ")).toEqual([]);
    expect(parseResponsible("กอง  การศึกษา")).toEqual(["กอง การศึกษา"]);
  });

  it("accepts thresholds 0..100 in Arabic or Thai digits and rejects the rest", () => {
    expect(parseThreshold("90")).toBe(90);
    expect(parseThreshold(" 85.5 ")).toBe(85.5);
    expect(parseThreshold("๘๕")).toBe(85);
    expect(parseThreshold("0")).toBe(0);
    expect(parseThreshold("100")).toBe(100);
    expect(parseThreshold("100.01")).toBeNull();
    expect(parseThreshold("-1")).toBeNull();
    expect(parseThreshold("")).toBeNull();
    expect(parseThreshold("9O")).toBeNull();
  });

  it("round-trips saved settings through the form", () => {
    const saved = {
      fiscalYear: 2562,
      threshold: 85,
      digits: "thai" as const,
      agency: {
        name: "องค์การบริหารส่วนตำบลตัวอย่าง",
        type: "องค์การบริหารส่วนตำบล",
        district: "เมือง",
        province: "นครศรีธรรมราช",
        unit: "สำนักปลัด",
        responsible: ["สำนักปลัด", "กองคลัง"],
      },
    };
    const form = formFromSettings(saved);
    expect(form.responsible).toBe("สำนักปลัด\nกองคลัง");
    expect(form.fiscalYear).toBe("2562");
    const back = settingsFromForm(form);
    expect(back.invalid).toEqual([]);
    expect(back.settings).toEqual(saved);
  });

  it("starts from defaults when nothing is saved, and leaves the year to the sheet", () => {
    const form = formFromSettings(null);
    expect(form).toEqual(EMPTY_FORM);
    const { settings, invalid } = settingsFromForm({ ...form, name: "  เทศบาลตำบลตัวอย่าง " });
    expect(invalid).toEqual([]);
    expect(settings.fiscalYear).toBeUndefined();
    expect(settings.threshold).toBe(DEFAULT_THRESHOLD);
    expect(settings.digits).toBe("mixed");
    expect(settings.agency).toEqual({ name: "เทศบาลตำบลตัวอย่าง" });
  });

  it("ignores saved values outside what the pane offers", () => {
    const form = formFromSettings({
      fiscalYear: 2555,
      threshold: 150,
      digits: "roman" as never,
      agency: { name: "x" },
    });
    expect(form.fiscalYear).toBe("sheet");
    expect(form.threshold).toBe("90");
    expect(form.digits).toBe("mixed");
  });

  it("flags a bad threshold and keeps the default in the settings", () => {
    const { settings, invalid } = settingsFromForm({ ...EMPTY_FORM, threshold: "abc" });
    expect(invalid).toEqual(["threshold"]);
    expect(settings.threshold).toBe(DEFAULT_THRESHOLD);
  });

  it("colours levels: best green, middle brand/amber, failing red", () => {
    expect(levelColor("AA")).toBe("success");
    expect(levelColor("excellent")).toBe("success");
    expect(levelColor("B")).toBe("brand");
    expect(levelColor("C")).toBe("warning");
    expect(levelColor("improve")).toBe("warning");
    expect(levelColor("F")).toBe("danger");
    expect(levelColor("urgent")).toBe("danger");
    expect(levelColor(undefined)).toBe("informative");
  });

  it("shows two decimals and a dash for missing values", () => {
    expect(formatScore(76.05)).toBe("76.05");
    expect(formatScore(100)).toBe("100.00");
    expect(formatScore(null)).toBe("–");
    expect(formatScore(Number.NaN)).toBe("–");
  });
});

describe("the ribbon button's last run", () => {
  const problem = { code: "not-number", th: "ไม่ใช่ตัวเลข", en: "not a number", cell: "Sheet1!C6" };
  const run = {
    at: "2026-11-24T08:30:00.000Z",
    problems: [problem],
    warnings: [],
    sheetsCreated: [],
  };

  it("is shown only when it wrote nothing (problems or failure)", () => {
    expect(resultFromRibbonRun({ ...run, status: "problems" })?.problems).toEqual([problem]);
    expect(resultFromRibbonRun({ ...run, status: "failed", error: "boom" })).toMatchObject({
      status: "failed",
      error: "boom",
    });
    expect(resultFromRibbonRun({ ...run, status: "done" })).toBeNull();
    expect(resultFromRibbonRun(null)).toBeNull();
  });

  it("survives a damaged record", () => {
    const damaged = {
      at: "x",
      status: "problems",
      problems: "?",
      warnings: null,
      sheetsCreated: 3,
    };
    expect(resultFromRibbonRun(damaged as never)).toMatchObject({
      problems: [],
      warnings: [],
      sheetsCreated: [],
    });
  });

  it("dates the run in the Buddhist era for Thai and keeps unreadable times as they are", () => {
    expect(formatWhen("2026-11-24T08:30:00.000Z", "th")).toContain("2569");
    expect(formatWhen("2026-11-24T08:30:00.000Z", "en")).toContain("2026");
    expect(formatWhen("not a date", "th")).toBe("not a date");
  });
});
