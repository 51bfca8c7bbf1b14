/**
 * The batch's helpers: deflateZip (a stored package compressed natively, entries and their CRCs kept) and
 * the progress line (rewritten in place on a terminal, plain lines in a log, nothing under CI).
 */
import JSZip from "jszip";
import { deflateZip } from "../../src/cli/zip";
import { Progress, progressMode } from "../../src/cli/progress";

describe("deflateZip", () => {
  test("a stored package comes back deflated, smaller, with the same entries in the same order", async () => {
    const zip = new JSZip();
    const xml = "<row>" + "ตัวชี้วัด 94.15 ".repeat(2000) + "</row>";
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", xml);
    zip.file("xl/empty.txt", "");
    zip.file("docProps/ชื่อไทย.xml", "<x>ไทย</x>");
    const stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    const out = deflateZip(stored);
    expect(out.length).toBeLessThan(stored.length / 10);
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(Object.keys(back.files)).toEqual(Object.keys(zip.files));
    expect(await back.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(xml);
    expect(await back.file("docProps/ชื่อไทย.xml")!.async("string")).toBe("<x>ไทย</x>");
    expect(await back.file("xl/empty.txt")!.async("string")).toBe("");
    // Deflated entries are marked so (method 8 in the local header of the sheet).
    const at = out.indexOf(Buffer.from("xl/worksheets/sheet1.xml")) - 30;
    expect(out.readUInt16LE(at + 8)).toBe(8);
  });

  test("not a zip: refused", () => {
    expect(() => deflateZip(Buffer.from("not a zip file at all, just text"))).toThrow(/not a zip/);
  });
});

describe("progress line", () => {
  function sink(): { out: { write(t: string): void }; text: () => string } {
    let text = "";
    return { out: { write: (t: string) => void (text += t) }, text: () => text };
  }

  test("the mode: terminal, log, CI or --quiet", () => {
    expect(progressMode({ isTTY: true }, {}, false)).toBe("tty");
    expect(progressMode({ isTTY: false }, {}, false)).toBe("lines");
    expect(progressMode({ isTTY: true }, { CI: "true" }, false)).toBe("off");
    expect(progressMode({ isTTY: true }, { CI: "false" }, false)).toBe("tty");
    expect(progressMode({ isTTY: true }, {}, true)).toBe("off");
  });

  test("a terminal gets one line rewritten in place; messages go above it", () => {
    const s = sink();
    const p = new Progress(s.out, "tty", 3);
    p.update(1, 0);
    p.message("skipped: [1] x");
    p.update(1, 1);
    p.update(2, 1);
    p.clear();
    expect(s.text()).toMatch(/^\r\x1b\[K1\/3 33%: .*written 1/);
    expect(s.text()).toContain("\r\x1b[Kskipped: [1] x\n");
    expect(s.text()).toMatch(/3\/3 100%: .*written 2, .*skipped 1/);
    expect(s.text().endsWith("\r\x1b[K")).toBe(true);
  });

  test("a log gets a plain line at every tenth; off prints nothing", () => {
    const s = sink();
    const p = new Progress(s.out, "lines", 100);
    for (let i = 1; i <= 100; i++) p.update(i, 0);
    const lines = s.text().trim().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^10\/100 10%/);
    expect(s.text()).not.toContain("\r");
    const off = sink();
    const q = new Progress(off.out, "off", 5);
    for (let i = 1; i <= 5; i++) q.update(i, 0);
    q.message("ข้าม");
    expect(off.text()).toBe("ข้าม\n");
  });
});
