/**
 * Command line over the same engine as the add-in.
 *   npm run cli -- assess <file.json> [--json] [--threshold N]
 *   npm run cli -- generate <input.json|input.xlsx> -o <out.xlsx> [--digits thai|arabic|mixed] [--threshold N]
 * Exit status: 0 done (warnings allowed), 1 input has problems, 2 usage error.
 */
import { runAssess } from "./assess";
import { runGenerate } from "./generate";

const USAGE = `usage:
  npm run cli -- assess <file.json> [--json] [--threshold N]
  npm run cli -- generate <input.json|input.xlsx> -o <out.xlsx> [--digits thai|arabic|mixed] [--threshold N]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "assess":
      return runAssess(rest);
    case "generate":
      return runGenerate(rest);
    case "-h":
    case "--help":
      process.stdout.write(USAGE + "\n");
      return 0;
    default:
      process.stderr.write(USAGE + "\n");
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(String(err instanceof Error ? err.stack : err) + "\n");
    process.exitCode = 2;
  }
);
