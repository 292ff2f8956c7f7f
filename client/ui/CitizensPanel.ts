import type { Approvals } from "../net/playback.ts";
import type { CitizenView, MayorView } from "../net/view-model.ts";
import { CitizenCard } from "./CitizenCard.ts";

/** The town's voters as stable cards (kept across patches so bubbles and bar animations survive). */
export class CitizensPanel {
  private readonly cards = new Map<string, CitizenCard>();
  private citizens: CitizenView[] = [];
  private mayors: MayorView[] = [];
  private shown: Approvals | null = null;

  /** `bubbleArea`: where speech bubbles may float (the map), so they never cover a panel's buttons. */
  constructor(
    private readonly container: HTMLElement,
    private readonly bubbleArea: () => DOMRect,
  ) {}

  update(citizens: CitizenView[], mayors: MayorView[]): void {
    this.citizens = citizens;
    this.mayors = mayors;
    const order: HTMLElement[] = [];
    for (const citizen of citizens) {
      let card = this.cards.get(citizen.name);
      if (!card) {
        card = new CitizenCard(citizen);
        card.element.classList.add("arriving");
        this.cards.set(citizen.name, card);
      }
      order.push(card.element);
    }
    for (const [name, card] of this.cards) {
      if (!citizens.some((c) => c.name === name)) {
        card.remove();
        this.cards.delete(name);
      }
    }
    order.forEach((node, i) => {
      if (this.container.children[i] !== node) this.container.insertBefore(node, this.container.children[i] ?? null);
    });
    this.paint();
  }

  /** Shows the given approvals instead of the state's while a round plays back; null returns to the state. */
  showApprovals(approvals: Approvals | null): void {
    this.shown = approvals;
    this.paint();
  }

  say(citizen: string, line: string | null, tone: string | null, mayorId: string | null, delta: number): void {
    const card = this.cards.get(citizen);
    if (!card) return;
    if (line) for (const other of this.cards.values()) if (other !== card) other.hush();
    card.say(line, tone, this.mayors.find((m) => m.id === mayorId) ?? null, delta, this.bubbleArea());
    if (line) card.element.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  hushAll(): void {
    for (const card of this.cards.values()) card.hush();
  }

  destroy(): void {
    for (const card of this.cards.values()) card.remove();
    this.cards.clear();
  }

  private paint(): void {
    for (const citizen of this.citizens) {
      this.cards.get(citizen.name)?.update(citizen, this.mayors, this.shown?.[citizen.name] ?? citizen.approval);
    }
  }
}
