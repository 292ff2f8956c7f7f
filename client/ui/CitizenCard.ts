import type { CitizenView, MayorView } from "../net/view-model.ts";
import { badge, el, initials } from "./dom.ts";

const BUBBLE_MS = 3200;
const BUBBLE_WIDTH = 250;
const GAP = 14;
/** Under this width the panels sit under the map, so a bubble shows inside its card instead of floating. */
const NARROW = window.matchMedia("(max-width: 760px)");

function hue(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return h;
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](\s|$)/.exec(text);
  return (match ? match[0] : text).trim();
}

/** One voter: who they are, how many votes they carry, and what they think of every mayor. */
export class CitizenCard {
  readonly element: HTMLElement;
  private readonly meta: HTMLElement;
  private readonly approvals: HTMLElement;
  private readonly bubble: HTMLElement;
  private rows = new Map<string, { fill: HTMLElement; value: HTMLElement; row: HTMLElement }>();
  private bubbleTimer = 0;

  constructor(readonly citizen: CitizenView) {
    this.meta = el("div", { class: "citizen-meta" });
    this.approvals = el("div", { class: "citizen-approvals" });
    this.bubble = el("div", { class: "bubble", attrs: { "aria-live": "polite" } });
    this.element = el("article", { class: `citizen citizen-${citizen.kind}`, attrs: { "data-citizen": citizen.name } }, [
      el("div", { class: "avatar", text: initials(citizen.name), style: { background: `hsl(${hue(citizen.role)} 45% 42%)` } }),
      el("div", { class: "citizen-main" }, [
        el("div", { class: "citizen-head" }, [
          el("span", { class: "citizen-name", text: citizen.name }),
          el("span", { class: "citizen-bloc", text: `${citizen.bloc} vote${citizen.bloc === 1 ? "" : "s"}`, attrs: { title: "Bloc size: votes this citizen carries" } }),
        ]),
        el("div", { class: "citizen-role", text: citizen.role }),
        this.meta,
        el("div", { class: "citizen-personality", text: firstSentence(citizen.personality), attrs: { title: citizen.personality } }),
        this.approvals,
      ]),
    ]);
  }

  update(citizen: CitizenView, mayors: MayorView[], approval: Record<string, number>): void {
    const linked = mayors.find((m) => m.id === citizen.linkedMayor);
    this.meta.replaceChildren(
      ...(citizen.kind === "dynamic"
        ? [
            el("span", { class: "tag tag-new", text: citizen.remainingRounds > 0 ? `stays ${citizen.remainingRounds} more round${citizen.remainingRounds === 1 ? "" : "s"}` : "leaving" }),
            linked ? el("span", { class: "linked" }, [badge(linked), `tied to ${linked.name}`]) : null,
          ].filter((n): n is HTMLElement => n !== null)
        : []),
    );
    for (const mayor of mayors) {
      let row = this.rows.get(mayor.id);
      if (!row) {
        const fill = el("div", { class: "approval-fill" });
        const value = el("span", { class: "approval-value" });
        const line = el("div", { class: "approval-row", attrs: { "data-mayor": mayor.id, title: mayor.name } }, [
          badge(mayor),
          el("span", { class: "sr-only", text: `Approval of ${mayor.name}:` }),
          el("div", { class: "approval-track" }, [fill]),
          value,
        ]);
        row = { fill, value, row: line };
        this.rows.set(mayor.id, row);
        this.approvals.append(line);
      }
      const v = approval[mayor.id] ?? 0;
      row.fill.style.width = `${v}%`;
      row.fill.style.background = mayor.color;
      row.value.textContent = String(v);
    }
  }

  /**
   * A speech bubble by the card, with the approval change it came with. It floats beside the card inside `area` (the
   * map, where there is nothing to press), or sits inside the card on a narrow screen.
   */
  say(line: string | null, tone: string | null, mayor: MayorView | null, delta: number, area: DOMRect): void {
    if (mayor && delta !== 0) this.pulse(mayor.id, delta);
    if (!line) return;
    this.bubble.replaceChildren(
      el("div", { class: "bubble-text", text: `“${line}”` }),
      el("div", { class: "bubble-meta" }, [
        tone ? el("span", { class: `tone tone-${tone}`, text: tone }) : null,
        mayor ? el("span", { class: "bubble-to" }, [badge(mayor), mayor.name]) : null,
        delta !== 0 ? el("span", { class: delta > 0 ? "delta delta-up" : "delta delta-down", text: `${delta > 0 ? "+" : ""}${delta}` }) : null,
      ]),
    );
    if (NARROW.matches || area.width < BUBBLE_WIDTH + GAP) {
      this.bubble.classList.add("bubble-inline");
      this.bubble.removeAttribute("style");
      if (this.bubble.parentElement !== this.element) this.element.append(this.bubble);
    } else {
      // Outside the scrolling citizens panel, which would clip it; over the map, which has no buttons to cover.
      this.bubble.classList.remove("bubble-inline");
      if (this.bubble.parentElement !== document.body) document.body.append(this.bubble);
      const rect = this.element.getBoundingClientRect();
      const height = this.bubble.getBoundingClientRect().height;
      const left = rect.left - BUBBLE_WIDTH - GAP < area.left ? area.right - BUBBLE_WIDTH - GAP : rect.left - BUBBLE_WIDTH - GAP;
      this.bubble.style.left = `${Math.max(area.left, left)}px`;
      this.bubble.style.top = `${Math.max(area.top + 8, Math.min(rect.top + 4, area.bottom - height - 8))}px`;
    }
    this.element.classList.add("speaking");
    this.bubble.classList.add("bubble-on");
    window.clearTimeout(this.bubbleTimer);
    this.bubbleTimer = window.setTimeout(() => this.hush(), BUBBLE_MS);
  }

  hush(): void {
    this.element.classList.remove("speaking");
    this.bubble.classList.remove("bubble-on");
  }

  remove(): void {
    window.clearTimeout(this.bubbleTimer);
    this.bubble.remove();
    this.element.remove();
  }

  private pulse(mayor: string, delta: number): void {
    const row = this.rows.get(mayor);
    if (!row) return;
    const chip = el("span", { class: `float-delta ${delta > 0 ? "delta-up" : "delta-down"}`, text: `${delta > 0 ? "+" : ""}${delta}` });
    row.row.append(chip);
    setTimeout(() => chip.remove(), 1400);
  }
}
