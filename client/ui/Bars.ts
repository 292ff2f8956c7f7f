import type { Bars } from "../../common/schemas/game.ts";
import { COLLAPSE_BELOW, RESEARCH_GATES } from "../../common/rules/constants.ts";
import { el, renderKeyed } from "./dom.ts";

const BARS: { key: keyof Bars; label: string }[] = [
  { key: "ecology", label: "Ecology" },
  { key: "economy", label: "Economy" },
  { key: "research", label: "Research" },
];

const GATE_MARKS = [
  { at: RESEARCH_GATES.carbonCapture, label: "carbon capture" },
  { at: RESEARCH_GATES.solar, label: "solar" },
  { at: RESEARCH_GATES.fusion, label: "fusion" },
];

function level(key: keyof Bars, value: number): string {
  if (key === "research") return "research";
  if (value < COLLAPSE_BELOW + 5) return "danger";
  if (value < 40) return "warning";
  return "good";
}

/** The three city bars; ecology and economy show the collapse line, research the gates it unlocks. */
export function renderBars(container: HTMLElement, bars: Bars, before?: Bars): void {
  renderKeyed(container, JSON.stringify([bars, before]), () =>
    BARS.map(({ key, label }) => {
      const value = bars[key];
      const delta = before ? value - before[key] : 0;
      const track = el("div", { class: "bar-track" }, [
        el("div", { class: `bar-fill bar-${level(key, value)}`, style: { width: `${value}%` } }),
        key === "research"
          ? null
          : el("div", { class: "bar-collapse", style: { left: `${COLLAPSE_BELOW}%` }, attrs: { title: `Below ${COLLAPSE_BELOW} the city collapses` } }),
        ...(key === "research"
          ? GATE_MARKS.map((g) =>
              el("div", { class: `bar-gate${value >= g.at ? " bar-gate-open" : ""}`, style: { left: `${g.at}%` }, attrs: { title: `${g.label} at ${g.at}` } }),
            )
          : []),
      ]);
      return el("div", { class: "bar", attrs: { "data-bar": key, "data-value": String(value) } }, [
        el("div", { class: "bar-head" }, [
          el("span", { class: "bar-label", text: label }),
          delta !== 0 ? el("span", { class: delta > 0 ? "delta delta-up" : "delta delta-down", text: `${delta > 0 ? "+" : ""}${delta}` }) : null,
          el("span", { class: "bar-value", text: String(value) }),
        ]),
        track,
      ]);
    }),
  );
}
