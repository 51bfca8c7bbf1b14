/**
 * The Office.js edge against the fake host: round trips (context.sync calls) and time of a full generation,
 * for a short report (every indicator a strength) and a long one (every indicator to develop), and of a
 * regeneration that replaces the earlier sheets. The fake has no network: on Excel on the web each sync is a
 * round trip to the server, which is why the count is the figure to keep (2 whatever the report's length).
 */
import { existsSync } from "fs";
import { createExcelGateway } from "../src/excel";
import { CHROMIUM, captureWriteRequest } from "../tests/browser/real-office";
import { installFakeOffice } from "../tests/mocks/fake-office";
import { longTable, SEED_SCORES, SETTINGS } from "../tests/excel/helpers";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function once(
  scores: typeof SEED_SCORES,
  regenerate: boolean
): Promise<{ ms: number; syncs: number; ops: number; rows: number }> {
  const wb = installFakeOffice(globalThis, { sheets: [{ name: "คะแนน" }] });
  wb.setCells("คะแนน", "D5", longTable(scores));
  const gw = createExcelGateway();
  if (regenerate) {
    await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    wb.setActive("คะแนน");
  }
  const ops0 = wb.log.length;
  const t0 = performance.now();
  const r = await gw.generate({
    settings: SETTINGS,
    source: { kind: "auto" },
    confirmReplace: true,
  });
  const ms = performance.now() - t0;
  if (r.status !== "done") throw new Error(`generation ended with ${r.status}`);
  const rows = r.sheetsCreated.reduce((n, s) => n + wb.values(s).length, 0);
  return { ms, syncs: r.syncs, ops: wb.log.length - ops0, rows };
}

export async function run(): Promise<void> {
  const cases: Array<[string, typeof SEED_SCORES, boolean]> = [
    [
      "short report (all strengths)",
      SEED_SCORES.map(([id, n]) => [id, n, 96] as (typeof SEED_SCORES)[number]),
      false,
    ],
    ["seed report (อบต.กะหรอ 2562)", SEED_SCORES, false],
    [
      "long report (all to develop)",
      SEED_SCORES.map(([id, n], i) => [id, n, 50 + i] as (typeof SEED_SCORES)[number]),
      false,
    ],
    ["regenerate seed (replace own sheets)", SEED_SCORES, true],
  ];
  for (const [label, scores, regen] of cases) {
    await once(scores, regen); // warm-up
    const runs = [];
    for (let i = 0; i < 15; i++) runs.push(await once(scores, regen));
    const last = runs[runs.length - 1];
    process.stdout.write(
      `${label}: context.sync calls ${last.syncs}, Office.js operations ${last.ops}, report rows ${last.rows}, ` +
        `time median ${median(runs.map((r) => r.ms)).toFixed(1)} ms (fake host, ${runs.length} runs)\n`
    );
  }
  // The same write batch through Microsoft's real Office.js client (what Excel would receive).
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`write request: skipped (${CHROMIUM} not found)\n`);
    return;
  }
  const w = await captureWriteRequest();
  if (w.error) throw new Error(`the write batch did not serialize: ${w.error}`);
  process.stdout.write(
    `write request (seed report, real Office.js client, one context.sync): ${(w.bytes / 1024).toFixed(1)} KiB, ` +
      `${w.actions} actions, ${w.objectPaths} object paths\n`
  );
}
