/** Where the sheets may split a paragraph too tall for one row (src/report/sheetText.ts). */
import { isSentenceBoundary } from "../../src/report/sheetText";

const spaces = (t: string): number[] => [...t].flatMap((ch, i) => (ch === " " ? [i] : []));

describe("isSentenceBoundary", () => {
  it("never splits a number from its unit or its mark", () => {
    const t =
      "ตัวชี้วัดที่ ๙ ได้ ๕๕.๐๐ คะแนน ต่ำกว่าเกณฑ์ หน่วยงานควรเร่งปรับปรุง ตัวชี้วัดที่ ๑๐ ได้ ๙๓.๗๕ * ซึ่งเป็นค่าที่คำนวณ";
    const allowed = spaces(t).filter((i) => isSentenceBoundary(t, i));
    for (const i of allowed) {
      expect(t.slice(0, i)).not.toMatch(/[๐-๙*]$/);
      expect(t[i + 1]).not.toMatch(/[๐-๙*]/);
    }
    // The spaces between sentences stay places to split.
    expect(allowed).toContain(t.indexOf(" หน่วยงานควร"));
    expect(allowed).toContain(t.indexOf(" ตัวชี้วัดที่ ๑๐"));
    // After a number or a mark: never (the unit or the note's word follows).
    expect(allowed).not.toContain(t.indexOf(" คะแนน"));
    expect(allowed).not.toContain(t.indexOf(" ซึ่งเป็น"));
  });
});
