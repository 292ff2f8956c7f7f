/** One column of the comparison: a provider on one data file, or the reason it was not run. */
export type Column = { label: string; figures: Record<string, number>; examples: number } | { label: string; skipped: string };

/** Fractions (the metrics) show as percentages; counts and milliseconds as they are. */
function cell(name: string, value: number | undefined): string {
  if (value === undefined) return "–";
  if (name.includes("tokens") || name.includes("_ms_")) return value.toFixed(1);
  return `${(value * 100).toFixed(1)}%`;
}

function rows(columns: readonly Column[]): string[][] {
  const ran = columns.filter((c) => "figures" in c);
  const names = [...new Set(ran.flatMap((c) => Object.keys(c.figures)))];
  return [
    ["metric", ...ran.map((c) => c.label)],
    ["examples", ...ran.map((c) => String(c.examples))],
    ...names.map((name) => [name, ...ran.map((c) => cell(name, c.figures[name]))]),
  ];
}

const skippedLines = (columns: readonly Column[]) => columns.flatMap((c) => ("skipped" in c ? [`skipped ${c.label}: ${c.skipped}`] : []));

/** The table as aligned plain text, for the terminal. */
export function textTable(title: string, columns: readonly Column[]): string {
  const table = rows(columns);
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join("  ");
  return [title, line(table[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...table.slice(1).map(line), ...skippedLines(columns)].join("\n");
}

/** The same table as markdown, for a file. */
export function markdownTable(title: string, columns: readonly Column[]): string {
  const [head, ...body] = rows(columns);
  const line = (row: string[]) => `| ${row.join(" | ")} |`;
  const skipped = skippedLines(columns).map((s) => `- ${s}`);
  return [`## ${title}`, "", line(head!), `|${head!.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`, ...body.map(line), ...(skipped.length ? ["", ...skipped] : []), ""].join("\n");
}
