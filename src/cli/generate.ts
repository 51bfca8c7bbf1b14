// Placeholder so the command line loads; the report engineer replaces this file with the real command.
export async function runGenerate(_a: string[]): Promise<number> {
  void _a;
  process.stderr.write("generate: not available yet\n");
  return 2;
}
