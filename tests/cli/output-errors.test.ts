/**
 * A folder that cannot be made on a read-only disk is named as such (Node's recursive mkdir says "does not
 * exist" there): makeFolder creates one level at a time and lets the disk's own EROFS through, and the
 * message says "read-only" in Thai and English. The sandbox has no read-only mount, so the disk's answer is
 * stood in for at the mkdir call.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { makeFolder, writeErrorMessage } from "../../src/cli/output";

let readOnly = false;
jest.mock("fs", () => {
  const real = jest.requireActual("fs");
  return {
    ...real,
    mkdirSync: (...args: unknown[]) => {
      if (readOnly)
        throw Object.assign(new Error("EROFS: read-only file system"), { code: "EROFS" });
      return real.mkdirSync(...args);
    },
  };
});

describe("a read-only disk", () => {
  test("makeFolder passes the disk's EROFS through, and the message says read-only", () => {
    const base = mkdtempSync(join(tmpdir(), "ita-ro-"));
    readOnly = true;
    try {
      let caught: unknown;
      try {
        makeFolder(join(base, "out", "reports"));
      } catch (e) {
        caught = e;
      }
      expect((caught as { code?: string }).code).toBe("EROFS");
      const m = writeErrorMessage(join(base, "out"), caught);
      expect(m.th).toContain("อ่านได้อย่างเดียว");
      expect(m.en).toContain("read-only");
      expect(m.en).not.toMatch(/does not exist/);
    } finally {
      readOnly = false;
      rmSync(base, { recursive: true, force: true });
    }
  });

  test("a folder that can be made is made, level by level", () => {
    const base = mkdtempSync(join(tmpdir(), "ita-ro-"));
    try {
      const made = makeFolder(join(base, "a", "b"));
      expect(made).toEqual([join(base, "a"), join(base, "a", "b")]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
