/** Prints metrics (fractions 0–1) as a table of percentages. */
export function printTable(title: string, metrics: Record<string, number>): void {
  const width = Math.max(...Object.keys(metrics).map((k) => k.length));
  console.log(title);
  console.log(`${"metric".padEnd(width)}  value`);
  console.log(`${"-".repeat(width)}  ------`);
  for (const [name, value] of Object.entries(metrics)) console.log(`${name.padEnd(width)}  ${(value * 100).toFixed(1).padStart(5)}%`);
}
