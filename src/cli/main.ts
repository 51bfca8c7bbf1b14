/**
 * Command line over the same engine as the add-in: `npm run cli -- help` prints the usage (./usage.ts).
 * Every option that takes a value is accepted as `--name value` or `--name=value` (here, before the
 * command's own parser sees it). Exit status: 0 done (warnings allowed), 1 input has problems, 2 usage error,
 * 3 the output could not be written, 4 many agencies: some were skipped (listed), the others done,
 * 130 / 143 interrupted by Ctrl-C (SIGINT) / SIGTERM (./interrupt.ts).
 * Run compiled (build/cli/main.js, scripts/build-cli.js); generate and ExcelJS are loaded only when needed.
 */
import { runAssess } from "./assess";
import { installInterrupts } from "./interrupt";
import { closest, HELP, SHORT_USAGE, USAGE, usageError, VERSION } from "./usage";

/** Options that take a value, in every command. */
const VALUE_OPTIONS = new Set([
  "-o",
  "--output",
  "--digits",
  "--threshold",
  "--sheet",
  "--row",
  "--jobs",
  "--format",
  "--round",
  "--date",
  "--year",
]);

/** `--name=value` → `--name`, `value` for the options that take a value; everything else as it is. */
function splitEquals(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    const eq = a.startsWith("-") ? a.indexOf("=") : -1;
    if (eq > 0 && VALUE_OPTIONS.has(a.slice(0, eq))) out.push(a.slice(0, eq), a.slice(eq + 1));
    else out.push(a);
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const wantsHelp = rest.includes("-h") || rest.includes("--help");
  switch (command) {
    case "assess":
    case "generate":
      if (wantsHelp) {
        process.stdout.write(HELP[command] + "\n");
        return 0;
      }
      if (command === "assess") return runAssess(splitEquals(rest));
      // Loaded only here: generate brings ExcelJS, which `assess` on JSON never needs.
      return (await import("./generate")).runGenerate(splitEquals(rest));
    case "track":
    case "followup": {
      if (wantsHelp) {
        process.stdout.write(HELP[command] + "\n");
        return 0;
      }
      // The follow-up of the measures (./followup.ts, with ExcelJS): loaded only here.
      const f = await import("./followup");
      return command === "track" ? f.runTrack(splitEquals(rest)) : f.runFollowup(splitEquals(rest));
    }
    case "help":
    case "-h":
    case "--help": {
      const topic = rest[0];
      if (topic !== undefined && !(topic in HELP)) {
        const near = closest(topic, Object.keys(HELP));
        return usageError("help", {
          th: `ไม่มีวิธีใช้ของ "${topic}" คำสั่งที่มีคือ assess, generate, track และ followup${near ? ` หมายถึง ${near} หรือไม่` : ""}`,
          en: `no help for "${topic}": the commands are assess, generate, track and followup${near ? `; did you mean ${near}?` : ""}`,
        });
      }
      process.stdout.write((topic ? HELP[topic] : USAGE) + "\n");
      return 0;
    }
    case "--version":
    case "-V":
    case "version":
      process.stdout.write(`ita-analysis-excel ${VERSION}\n`);
      return 0;
    case undefined:
      return usageError("ita", {
        th: "ไม่ได้ระบุคำสั่ง (assess หรือ generate)",
        en: "missing command (assess or generate)",
      });
    default: {
      const near = closest(command, ["assess", "generate", "track", "followup", "help"]);
      process.stderr.write(
        `ไม่รู้จักคำสั่ง "${command}"${near ? ` หมายถึง ${near} หรือไม่` : ""} คำสั่งที่มีคือ assess, generate, track และ followup\n` +
          `unknown command "${command}"${near ? `; did you mean ${near}?` : ""}: the commands are assess, generate, track and followup\n` +
          `${SHORT_USAGE.main}\n`
      );
      return 2;
    }
  }
}

// Output piped into a reader that stops early (`| head`): stop quietly, as other command-line tools do.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

installInterrupts();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Not expected: every known failure is answered above with a message and an exit status. Still no
    // stack trace for the user; ITA_DEBUG=1 shows it.
    const text =
      err instanceof Error ? (process.env.ITA_DEBUG ? err.stack : err.message) : String(err);
    process.stderr.write(`ข้อผิดพลาดที่ไม่คาดคิด / unexpected error: ${text}\n`);
    process.exitCode = 2;
  }
);
