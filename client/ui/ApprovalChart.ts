import type { MayorView } from "../net/view-model.ts";

const SVG = "http://www.w3.org/2000/svg";
const W = 460;
const H = 220;
const PAD = { left: 34, right: 12, top: 12, bottom: 28 };

function node<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

/** Mean approval of each mayor across the citizens present at the end of every round. */
function approvalSeries(rounds: { round: number; approvalAfter: Record<string, Record<string, number>> }[], mayors: { id: string }[]) {
  return mayors.map((m) => ({
    mayor: m.id,
    points: rounds.map((r) => {
      const values = Object.values(r.approvalAfter).map((a) => a[m.id] ?? 0);
      return { round: r.round, value: values.length ? Math.round(values.reduce((s, v) => s + v, 0) / values.length) : 0 };
    }),
  }));
}

/** A line chart of every mayor's average approval over the rounds. */
export function approvalChart(rounds: { round: number; approvalAfter: Record<string, Record<string, number>> }[], mayors: MayorView[]): SVGSVGElement {
  const svg = node("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": "Average approval of each mayor per round" });
  const last = Math.max(1, ...rounds.map((r) => r.round));
  const x = (round: number) => PAD.left + ((round - 1) / Math.max(1, last - 1)) * (W - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / 100) * (H - PAD.top - PAD.bottom);
  for (const v of [0, 25, 50, 75, 100]) {
    svg.append(node("line", { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: "chart-grid" }));
    svg.append(node("text", { x: PAD.left - 6, y: y(v) + 4, class: "chart-axis", "text-anchor": "end" }, String(v)));
  }
  for (const r of rounds) svg.append(node("text", { x: x(r.round), y: H - 8, class: "chart-axis", "text-anchor": "middle" }, `R${r.round}`));
  for (const series of approvalSeries(rounds, mayors)) {
    const color = mayors.find((m) => m.id === series.mayor)?.color ?? "#888";
    const d = series.points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.round).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
    svg.append(node("path", { d, stroke: color, class: "chart-line" }));
    for (const p of series.points) svg.append(node("circle", { cx: x(p.round), cy: y(p.value), r: 4, fill: color, class: "chart-dot" }));
  }
  return svg;
}
