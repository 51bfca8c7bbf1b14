/**
 * The batch's ZIP re-packing step (issue 19: replace the hand-written src/cli/zip.ts with a well-kept
 * library unless it is measured slower). ExcelJS and the chart step write each report package stored
 * (uncompressed); the batch then deflates it once with Node's zlib. Two ways, on the same stored report
 * workbooks (a synthetic agency's three-sheet report with its charts):
 *
 *   - src/cli/zip.ts (deflateZip): reads the central directory, keeps each entry's CRC and date, deflates
 *     each entry with zlib.deflateRawSync, writes the headers;
 *   - yauzl (read) + yazl (write), the libraries issue 19 names: yauzl.fromBuffer, each entry's bytes
 *     to yazl.addBuffer with the same date and zlib level 6 (yazl recomputes each CRC and deflates through
 *     zlib's thread pool).
 *
 * Prints milliseconds per package and the share of a whole report's write (compose excluded) each takes.
 *
 *   npx tsx bench/zip.bench.ts         (also part of `npm run bench`)
 */
import ExcelJS from "exceljs";
import yauzl from "yauzl";
import yazl from "yazl";
import { deflateZip } from "../src/cli/zip";
import { assessRaw } from "../src/core/assess";
import { rawFromJson } from "../src/core/json";
import { composeReport } from "../src/report";
import { workbookToBuffer, writePlanToWorkbook } from "../src/xlsx/write";
import { syntheticAgencies } from "./synthetic";

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(56)} ${value}\n`);
}

/** The same re-packing with yauzl and yazl. */
export function deflateZipWithLibraries(input: Buffer, level = 6): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(input, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new yazl.ZipFile();
      const chunks: Buffer[] = [];
      out.outputStream
        .on("data", (c: Buffer) => chunks.push(c))
        .on("end", () => resolve(Buffer.concat(chunks)))
        .on("error", reject);
      zip.on("entry", (e: yauzl.Entry) => {
        if (e.fileName.endsWith("/")) {
          out.addEmptyDirectory(e.fileName, { mtime: e.getLastModDate() });
          zip.readEntry();
          return;
        }
        zip.openReadStream(e, (err2, s) => {
          if (err2 || !s) return reject(err2);
          const parts: Buffer[] = [];
          s.on("data", (c: Buffer) => parts.push(c))
            .on("error", reject)
            .on("end", () => {
              out.addBuffer(Buffer.concat(parts), e.fileName, {
                mtime: e.getLastModDate(),
                compressionLevel: level,
              });
              zip.readEntry();
            });
        });
      });
      zip.on("end", () => out.end());
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

export async function run(): Promise<void> {
  const items = rawFromJson(syntheticAgencies(60, 2562, 19)).items;
  const stored: Buffer[] = [];
  let t0 = performance.now();
  for (const it of items) {
    const a = assessRaw(it.raw).assessment;
    if (!a) throw new Error("a synthetic agency does not assess");
    const plan = composeReport(a, { agency: { name: it.agency?.name ?? "" }, digits: "mixed" });
    const wb = new ExcelJS.Workbook();
    writePlanToWorkbook(wb, plan);
    const b = await workbookToBuffer(wb, { store: true });
    stored.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  }
  const perReport = (performance.now() - t0) / items.length;
  const size = stored.reduce((n, b) => n + b.length, 0) / stored.length;
  line("report written stored (compose + ExcelJS + charts)", `${perReport.toFixed(2)} ms each`);
  const time = async (f: (b: Buffer) => Buffer | Promise<Buffer>): Promise<[number, number]> => {
    for (const b of stored.slice(0, 10)) await f(b); // warm-up
    let bytes = 0;
    const rounds = 3;
    t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const b of stored) bytes += (await f(b)).length;
    return [(performance.now() - t0) / (rounds * stored.length), bytes / (rounds * stored.length)];
  };
  const [hand, handBytes] = await time((b) => deflateZip(b));
  const [lib, libBytes] = await time((b) => deflateZipWithLibraries(b));
  const share = (ms: number): string => `${((100 * ms) / (perReport + ms)).toFixed(0)}%`;
  line(
    "re-pack: src/cli/zip.ts (zlib deflateRawSync)",
    `${hand.toFixed(2)} ms each (${(size / 1024).toFixed(0)} KiB -> ${(handBytes / 1024).toFixed(1)} KiB), ${share(hand)} of a report's write`
  );
  line(
    "re-pack: yauzl + yazl",
    `${lib.toFixed(2)} ms each (-> ${(libBytes / 1024).toFixed(1)} KiB), ${share(lib)} of a report's write, ${(lib / hand).toFixed(2)}x the time`
  );
}

if (require.main === module) void run();
