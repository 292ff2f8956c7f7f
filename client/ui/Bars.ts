import type { BarCause } from "../../common/schemas/campaign.ts";
import type { Bars } from "../../common/schemas/game.ts";
import { COLLAPSE_BELOW, RESEARCH_GATES } from "../../common/rules/constants.ts";
import type { MayorView } from "../net/view-model.ts";
import { badge, el, renderKeyed } from "./dom.ts";

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

const CAUSES_SHOWN = 4;

function level(key: keyof Bars, value: number): string {
  if (key === "research") return "research";
  if (value < COLLAPSE_BELOW + 5) return "danger";
  if (value < 40) return "warning";
  return "good";
}

export interface BarsInput {
  bars: Bars;
  /** The bars before the latest change, to show each bar's delta. */
  before?: Bars;
  /** Why each bar moved in the latest resolved round. */
  causes: BarCause[];
  mayors: MayorView[];
}

const signed = (n: number) => `${n > 0 ? "+" : ""}${n}`;

/**
 * The three city bars as meters: ecology and economy with a labelled collapse line, research with the gates it
 * unlocks, each with the causes of its latest change (whose building, which tile's pollution, research growth).
 */
export function renderBars(container: HTMLElement, { bars, before, causes, mayors }: BarsInput): void {
  renderKeyed(container, JSON.stringify([bars, before, causes, mayors.map((m) => [m.id, m.name, m.color])]), () =>
    BARS.map(({ key, label }) => {
      const value = bars[key];
      const delta = before ? value - before[key] : 0;
      const collapse = key !== "research";
      const track = el("div", { class: "bar-track" }, [
        el("div", { class: `bar-fill bar-${level(key, value)}`, style: { width: `${value}%` } }),
        collapse ? el("div", { class: "bar-collapse", style: { left: `${COLLAPSE_BELOW}%` } }) : null,
        ...(collapse
          ? []
          : GATE_MARKS.map((g) => el("div", { class: `bar-gate${value >= g.at ? " bar-gate-open" : ""}`, style: { left: `${g.at}%` }, attrs: { title: `${g.label} at ${g.at}` } }))),
      ]);
      const own = causes
        .filter((c) => c.bar === key && c.delta !== 0)
        .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
        .slice(0, CAUSES_SHOWN);
      const valueText = collapse
        ? `${value} of 100; below ${COLLAPSE_BELOW} the city collapses`
        : `${value} of 100; carbon capture at ${RESEARCH_GATES.carbonCapture}, solar at ${RESEARCH_GATES.solar}, fusion at ${RESEARCH_GATES.fusion}`;
      return el("div", { class: "bar", attrs: { "data-bar": key, "data-value": String(value) } }, [
        el("div", { class: "bar-head" }, [
          el("span", { class: "bar-label", text: label }),
          delta !== 0 ? el("span", { class: delta > 0 ? "delta delta-up" : "delta delta-down", text: signed(delta) }) : null,
          el("span", { class: "bar-value", text: String(value) }),
        ]),
        el("div", { attrs: { role: "meter", "aria-label": label, "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": String(value), "aria-valuetext": valueText } }, [track]),
        collapse ? el("div", { class: "bar-scale" }, [el("span", { class: "bar-danger-label", text: `▲ collapse below ${COLLAPSE_BELOW}`, style: { left: `${COLLAPSE_BELOW}%` } })]) : null,
        own.length
          ? el(
              "ul",
              { class: "bar-causes", attrs: { "aria-label": `Why ${label.toLowerCase()} moved last round` } },
              own.map((c) => {
                const m = mayors.find((x) => x.id === c.mayor);
                return el("li", {}, [
                  el("span", { class: c.delta > 0 ? "delta delta-up" : "delta delta-down", text: signed(c.delta) }),
                  m ? badge(m) : null,
                  el("span", { text: c.text }),
                ]);
              }),
            )
          : null,
      ]);
    }),
  );
}
