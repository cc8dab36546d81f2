export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`assess ${argv.join(" ")}\n`);
  return 0;
}
