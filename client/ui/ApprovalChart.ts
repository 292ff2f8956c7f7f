import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { el } from "./dom.ts";

export interface ChartLine {
  label: string;
  color: string;
  /** One value per round; null where the line has no value (a citizen not yet in town). */
  values: (number | null)[];
}

/** What the axes say and where the value axis runs; a null range fits the data. */
export interface ChartAxes {
  x: string;
  y: string;
  range: [number, number] | null;
}

const APPROVAL_AXES: ChartAxes = { x: "Round", y: "Approval", range: [0, 100] };
const HEIGHT = 220;
const AXIS = { stroke: "#a9bacd", grid: { stroke: "#22334a", width: 1 }, ticks: { stroke: "#22334a" } };

/** A line chart of approval (0–100) over the rounds. */
export const approvalChart = (title: string, rounds: number[], lines: ChartLine[]): HTMLElement => lineChart(title, rounds, lines, APPROVAL_AXES);

/**
 * A line chart with uPlot over whole-number steps (rounds, games), its legend naming every line; the figure carries a
 * text summary for screen readers, since the canvas itself says nothing. It follows its container's width.
 */
export function lineChart(title: string, steps: number[], lines: ChartLine[], axes: ChartAxes): HTMLElement {
  const summary = lines.map((l) => `${l.label}: ${l.values.at(-1) ?? "no value"}`).join(", ");
  const plot = el("div", { class: "chart-plot" });
  const figure = el("figure", { class: "chart-box", attrs: { role: "img", "aria-label": `${title}. At the end: ${summary}.` } }, [
    el("figcaption", { text: title }),
    plot,
  ]);
  const chart = new uPlot(
    {
      width: 400,
      height: HEIGHT,
      scales: { x: { time: false }, y: axes.range ? { range: axes.range } : {} },
      axes: [
        { ...AXIS, label: axes.x, values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : "")) },
        { ...AXIS, label: axes.y, size: 44 },
      ],
      series: [{ label: axes.x }, ...lines.map((l) => ({ label: l.label, stroke: l.color, width: 3, points: { size: 7, fill: l.color } }))],
      cursor: { drag: { x: false, y: false } },
    },
    [steps, ...lines.map((l) => l.values)],
    plot,
  );
  // The chart's width is known only once the figure is laid out, and follows it after.
  const resize = new ResizeObserver(() => {
    if (!figure.isConnected) return resize.disconnect();
    const width = Math.floor(plot.clientWidth);
    if (width > 0 && width !== chart.width) chart.setSize({ width, height: HEIGHT });
  });
  resize.observe(plot);
  return figure;
}

/** Mean approval of each mayor across the citizens present at the end of every round. */
export function meanApprovals(rounds: { approvalAfter: Record<string, Record<string, number>> }[], mayor: string): number[] {
  return rounds.map((r) => {
    const values = Object.values(r.approvalAfter).map((a) => a[mayor] ?? 0);
    return values.length ? Math.round(values.reduce((s, v) => s + v, 0) / values.length) : 0;
  });
}
