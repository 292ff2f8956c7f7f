import { el } from "./dom.ts";

const TABS = [
  { pane: "city", label: "City" },
  { pane: "ledger", label: "Fact-check" },
  { pane: "citizens", label: "Citizens" },
] as const;

/**
 * On a phone the side panels share the space under the map: these switches pick one (shown by CSS only on narrow
 * screens; wide screens show every panel at once).
 */
export class PanelTabs {
  readonly element = el("nav", { class: "panel-tabs", attrs: { "aria-label": "Panels" } });
  private readonly buttons = new Map<string, HTMLButtonElement>();

  constructor(private readonly scene: HTMLElement) {
    for (const { pane, label } of TABS) {
      const button = el("button", { class: "tab", text: label, attrs: { type: "button", "data-tab": pane, "aria-pressed": String(pane === "city") } });
      button.addEventListener("click", () => this.select(pane));
      this.buttons.set(pane, button);
      this.element.append(button);
    }
  }

  /** Counts on the tabs, so a phone player sees that promises or citizens changed without opening them. */
  update(promises: number, citizens: number): void {
    this.buttons.get("ledger")!.textContent = promises ? `Fact-check (${promises})` : "Fact-check";
    this.buttons.get("citizens")!.textContent = `Citizens (${citizens})`;
  }

  private select(pane: string): void {
    this.scene.dataset.tab = pane;
    for (const [name, button] of this.buttons) button.setAttribute("aria-pressed", String(name === pane));
  }
}
