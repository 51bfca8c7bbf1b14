import { STRINGS, messageText, pickLang, strings } from "../../src/taskpane/i18n";

const THAI = /[\u0E00-\u0E7F]/;

describe("task-pane language", () => {
  it("uses Thai for th and th-TH, English for anything else", () => {
    expect(pickLang("th-TH")).toBe("th");
    expect(pickLang("TH")).toBe("th");
    expect(pickLang(" th ")).toBe("th");
    expect(pickLang("en-US")).toBe("en");
    expect(pickLang("de-DE")).toBe("en");
    expect(pickLang("")).toBe("en");
    expect(pickLang(undefined)).toBe("en");
  });

  it("has every string in both languages, non-empty, Thai in Thai and no Thai in English", () => {
    const keys = Object.keys(STRINGS.th).sort();
    expect(Object.keys(STRINGS.en).sort()).toEqual(keys);
    for (const key of keys) {
      for (const lang of ["th", "en"] as const) {
        const value = (STRINGS[lang] as unknown as Record<string, unknown>)[key];
        const text =
          typeof value === "function"
            ? String(
                (value as (...a: unknown[]) => unknown)(key === "toolName" ? "IIT" : 2562, "B")
              )
            : String(value);
        expect(text.trim().length).toBeGreaterThan(0);
        if (lang === "en") expect(THAI.test(text)).toBe(false);
      }
      const thText = (STRINGS.th as unknown as Record<string, unknown>)[key];
      const sample =
        typeof thText === "function"
          ? String((thText as (...a: unknown[]) => unknown)("IIT", "B"))
          : thText;
      // Every Thai string carries Thai script: none was left in English by mistake.
      expect(THAI.test(String(sample))).toBe(true);
    }
  });

  it("names the four buttons as the issue spells them", () => {
    const th = strings("th");
    expect(th.createTemplate).toBe("สร้างแผ่นงานกรอกคะแนน");
    expect(th.generate).toBe("สร้างรายงาน");
    expect(th.createPhrases).toBe("สร้างแผ่นงานข้อความที่แก้ไขได้");
    expect(th.clearHighlights).toBe("ล้างการเน้นสี");
  });

  it("pluralises the English problem count and keeps Thai counts in the sentence", () => {
    expect(strings("en").problemsTitle(1)).toMatch(/^1 problem /);
    expect(strings("en").problemsTitle(3)).toMatch(/^3 problems /);
    expect(strings("th").problemsTitle(3)).toContain("3 รายการ");
  });

  it("picks a message's text in the UI language and falls back when it is empty", () => {
    const m = { code: "x", th: "ค่าว่าง", en: "empty" };
    expect(messageText(m, "th")).toBe("ค่าว่าง");
    expect(messageText(m, "en")).toBe("empty");
    const thaiMissing = { code: "x", th: "", en: "empty" };
    expect(messageText(thaiMissing, "th")).toBe("empty");
  });
});
