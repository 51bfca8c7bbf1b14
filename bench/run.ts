/**
 * `npm run bench`: runs every bench/*.bench.ts in turn. Each prints its own figures.
 * Benchmarks print numbers; they never pass or fail on time.
 */
import { readdirSync } from "fs";
import { join } from "path";

async function main(): Promise<void> {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  for (const file of files) {
    process.stdout.write(`\n## ${file}\n`);
    const mod = (await import(join(__dirname, file))) as { run: () => Promise<void> | void };
    await mod.run();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(String(err) + "\n");
  process.exitCode = 1;
});
