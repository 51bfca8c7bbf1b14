/**
 * Command line over the same engine as the add-in: `npm run cli -- help` prints the usage below.
 * Every option that takes a value is accepted as `--name value` or `--name=value` (here, before the
 * command's own parser sees it). Exit status: 0 done (warnings allowed), 1 input has problems, 2 usage error,
 * 3 the output could not be written.
 */
import { runAssess } from "./assess";

const ASSESS = `  npm run cli -- assess <file.json> [--json] [--threshold N]
      Reads the scores and prints the assessment: IIT, EIT, OIT, total, level, ranking (Thai text).
      <file.json>        the input (see docs/input.md); "-" reads standard input
      --json             print the result as JSON instead
      --threshold N      strengths from N (0-100; default: the input's "threshold", else 90)`;

const GENERATE = `  npm run cli -- generate <input.json|input.xlsx> -o <out.xlsx> [options]
      Writes the report sheets to a new .xlsx (an .xlsx input keeps its sheets and gets the report added).
      <input>            JSON (docs/input.md), the add-in's template, or any sheet with indicator rows
      -o, --output FILE  the .xlsx to write (required; never the input itself)
      --digits MODE      thai | arabic | mixed (default mixed: Thai digits in the text, Arabic in tables)
      --threshold N      strengths from N (0-100; default: the input's threshold, else 90)
      --sheet NAME       the sheet to read (default: the template, else the first visible sheet with
                         indicator rows; a hidden sheet is read only when named here)
      --row N            for a sheet with a row per agency or year: the sheet row to report on (default:
                         the first)
      --phrases          also add the editable phrase sheet "ข้อความรายงาน ITA" when the workbook has none`;

const USAGE = `usage:
${ASSESS}

${GENERATE}

  npm run cli -- help [assess|generate]
      This text. Options that take a value may also be written --name=value.
Exit status: 0 done (warnings allowed), 1 the input has problems (listed with their cell or key; nothing
written), 2 usage error, 3 the output could not be written (disk full, no permission; nothing replaced).`;

const HELP: Record<string, string> = {
  assess: `usage:\n${ASSESS}`,
  generate: `usage:\n${GENERATE}`,
};

/** Options that take a value, in every command. */
const VALUE_OPTIONS = new Set(["-o", "--output", "--digits", "--threshold", "--sheet", "--row"]);

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
    case "help":
    case "-h":
    case "--help": {
      const topic = rest[0];
      if (topic !== undefined && !(topic in HELP)) {
        process.stderr.write(`no help for "${topic}": the commands are assess and generate\n`);
        return 2;
      }
      process.stdout.write((topic ? HELP[topic] : USAGE) + "\n");
      return 0;
    }
    case undefined:
      process.stderr.write(`missing command\n${USAGE}\n`);
      return 2;
    default:
      process.stderr.write(
        `unknown command "${command}": the commands are assess and generate\n${USAGE}\n`
      );
      return 2;
  }
}

// Output piped into a reader that stops early (`| head`): stop quietly, as other command-line tools do.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

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
