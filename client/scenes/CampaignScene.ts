import type { ActionType } from "../../common/schemas/game.ts";
import { TILE_LABELS } from "../../common/rules/labels.ts";
import { ownSpeechIn, speechesOf } from "../net/story-log.ts";
import { animate, type Stage } from "../stage.ts";
import { renderBars } from "../ui/Bars.ts";
import { CitizensPanel } from "../ui/CitizensPanel.ts";
import { CityMap } from "../ui/CityMap.ts";
import { el, setChildren } from "../ui/dom.ts";
import { ElectionOverlay } from "../ui/ElectionOverlay.ts";
import { renderMayors } from "../ui/MayorList.ts";
import { renderLedger } from "../ui/PromiseLedger.ts";
import { ReactionPlayer } from "../ui/ReactionPlayer.ts";
import { SpeechBox } from "../ui/SpeechBox.ts";
import { renderSpeeches } from "../ui/SpeechColumns.ts";
import { renderStorySoFar } from "../ui/StorySoFar.ts";
import { actBlocker, TileMenu } from "../ui/TileMenu.ts";
import { Tooltip } from "../ui/Tooltip.ts";
import { TopBar } from "../ui/TopBar.ts";
import type { Live } from "./live.ts";

export interface CampaignActions {
  act(x: number, y: number, action: ActionType): void;
  done(): void;
  speak(text: string): void;
  leave(): void;
}

/** Lets the newest patch (new citizens, final approvals) land before a round plays back. */
const PLAYBACK_DELAY_MS = 300;

/** The campaign: the city map in the middle, the bars, mayors and fact-check on the left, the citizens on the right. */
export class CampaignScene {
  readonly element: HTMLElement;
  readonly top: TopBar;
  private readonly map: CityMap;
  private readonly bars = el("div", { class: "bars" });
  private readonly mayors = el("div", { class: "mayors" });
  private readonly ledger = el("div", { class: "ledger" });
  private readonly citizens: CitizensPanel;
  private readonly dock = el("div", { class: "dock" });
  private readonly overlay = el("div", { class: "stage-overlay" });
  private readonly speeches = el("div", { class: "speech-columns" });
  private readonly summary = el("p", { class: "round-summary" });
  private readonly feed = el("ol", { class: "feed" });
  private readonly speechBox: SpeechBox;
  private readonly menu: TileMenu;
  private readonly tooltip = new Tooltip();
  private readonly player: ReactionPlayer;
  private readonly election: ElectionOverlay;
  private live: Live | null = null;
  /** What covers the map: nothing, the phase's own panel (speech, speeches, reactions), or the story so far. */
  private cover: "map" | "phase" | "story" = "map";
  private readonly story = el("div", { class: "story-so-far" });
  private lastPhase = "";
  private lastFresh: unknown = null;
  private playTimer = 0;

  constructor(host: HTMLElement, private readonly stage: Stage, code: string, private readonly actions: CampaignActions, controls: HTMLElement[] = []) {
    const leave = el("button", { class: "ghost small", text: "Leave", attrs: { type: "button", "data-action": "leave" }, on: { click: () => actions.leave() } });
    this.top = new TopBar(code, [...controls, leave]);
    const citizenList = el("div", { class: "citizen-list" });
    this.citizens = new CitizensPanel(citizenList);
    this.speechBox = new SpeechBox({ deliver: (text) => actions.speak(text), silent: () => actions.done() });
    this.menu = new TileMenu((tile, action) => actions.act(tile.x, tile.y, action));
    this.election = new ElectionOverlay([
      el("button", { class: "primary", text: "Back to the town hall", attrs: { type: "button" }, on: { click: () => actions.leave() } }),
    ]);
    const slot = el("div", { class: "map-slot", attrs: { "aria-label": "City map" } });
    this.element = el("div", { class: "campaign" }, [
      this.top.element,
      el("aside", { class: "panel left" }, [
        el("h3", { text: "The city" }),
        this.bars,
        el("h3", { text: "Candidates" }),
        this.mayors,
        el("h3", { text: "Fact-check" }),
        this.ledger,
      ]),
      el("section", { class: "center" }, [el("div", { class: "map-wrap" }, [slot, this.overlay]), this.dock]),
      el("aside", { class: "panel right" }, [el("h3", { text: "Citizens" }), citizenList]),
      this.election.element,
      this.menu.element,
      this.tooltip.element,
    ]);
    host.append(this.element);
    this.player = new ReactionPlayer(this.citizens, this.feed, () => this.live?.view.mayors ?? []);
    this.map = new CityMap(stage, slot, {
      hover: (tile, x, y) => this.live && this.tooltip.show(this.menu.element.hidden ? tile : null, this.live.view.mayors, this.live.view.bars.research, x, y),
      pick: (tile, x, y) => {
        if (!this.live) return;
        const { view, me } = this.live;
        this.tooltip.show(null, [], 0, 0, 0);
        this.menu.open(tile, view.bars.research, actBlocker(view.phase, me, tile, view.mayors), x, y);
      },
    });
  }

  update(live: Live): void {
    this.live = live;
    const { view, story, me } = live;
    if (view.phase !== this.lastPhase) {
      this.lastPhase = view.phase;
      this.cover = view.phase === "policy" ? "map" : "phase";
      this.menu.close();
      if (view.phase !== "reactions") this.player.stop();
    }
    this.element.dataset.phase = view.phase;
    this.top.update(view, me, live.label ?? (story.spectator ? "Spectator · read-only" : null));
    this.map.update(view.tiles, view.mayors);
    const latest = story.rounds.at(-1);
    renderBars(this.bars, view.bars, view.phase === "reactions" && latest?.round === view.round ? latest.record.barsBefore : undefined);
    renderMayors(this.mayors, view, me?.id ?? null);
    renderLedger(this.ledger, view);
    this.citizens.update(view.citizens, view.mayors);
    this.renderStage(live);
    this.renderDock(live);
    animate(this.stage, this.overlay.hidden && view.phase !== "ended");
    this.playRound(live);
    if (view.phase !== "ended") this.election.hide();
    else if (story.result) {
      this.election.show(
        { result: story.result, mayors: view.mayors, rounds: story.rounds.map((r) => ({ round: r.round, approvalAfter: r.record.approvalAfter })), promises: view.promises },
        true,
      );
    }
  }

  destroy(): void {
    animate(this.stage, true);
    window.clearTimeout(this.playTimer);
    this.player.stop();
    this.citizens.destroy();
    this.menu.destroy();
    this.top.destroy();
    this.map.destroy();
    this.element.remove();
  }

  private playRound({ view, story }: Live): void {
    if (view.phase !== "reactions") return;
    const current = story.rounds.find((r) => r.round === view.round);
    if (!current) return;
    if (story.fresh === current && this.lastFresh !== current) {
      this.lastFresh = current;
      window.clearTimeout(this.playTimer);
      this.playTimer = window.setTimeout(() => this.player.play(current, view.phaseDurationMs || view.settings.reactionsSeconds * 1000), PLAYBACK_DELAY_MS);
    } else if (story.fresh !== current && this.player.round !== current.round) {
      this.player.show(current);
    }
  }

  private renderStage({ view, story, me }: Live): void {
    const speaking = view.phase === "speech";
    const telling = view.phase === "resolving" || view.phase === "reactions";
    this.overlay.hidden = this.cover === "map" || (this.cover === "phase" && !(speaking || telling));
    if (this.overlay.hidden) return;
    if (this.cover === "story") {
      renderStorySoFar(this.story, story.rounds, view.mayors);
      if (this.overlay.firstChild !== this.story) this.overlay.replaceChildren(this.story);
      return;
    }
    if (speaking) {
      if (me) {
        const own = ownSpeechIn(story, view.round);
        const acted = view.tiles.filter((t) => t.actedBy === me.id).map((t) => `(${t.x},${t.y}) is now ${TILE_LABELS[t.type]}`);
        const context = acted.length ? `Your actions this round: ${acted.join("; ")}.` : "You took no action this round.";
        this.speechBox.update(view.round, own?.text ?? null, own === null && me.done, `${context} Citizens remember every word.`);
        if (this.overlay.firstChild !== this.speechBox.element) this.overlay.replaceChildren(this.speechBox.element);
      } else {
        setChildren(this.overlay, [el("div", { class: "waiting", text: "The mayors are writing their speeches. They will be revealed together." })]);
      }
      return;
    }
    renderSpeeches(this.speeches, view.mayors, speechesOf(story, view.round), view.round);
    const record = story.rounds.find((r) => r.round === view.round)?.record;
    this.summary.textContent = record ? record.summary : "The fact-checkers are reading every speech…";
    if (this.overlay.firstChild !== this.summary) {
      this.overlay.replaceChildren(this.summary, this.speeches, el("h4", { text: "What the town says" }), this.feed);
    }
  }

  private renderDock({ view, me, label }: Live): void {
    const waitingFor = view.mayors.filter((m) => !m.done && (m.connected || m.isBot)).map((m) => m.name);
    const hasPanel = view.phase === "speech" || view.phase === "resolving" || view.phase === "reactions";
    const coverButton = (cover: typeof this.cover, text: string) =>
      el("button", {
        class: "ghost small",
        text,
        attrs: { type: "button", "data-cover": cover },
        on: {
          click: () => {
            this.cover = cover;
            if (this.live) this.update(this.live);
          },
        },
      });
    const toggles = [
      this.cover !== "map" ? coverButton("map", "Show the map") : null,
      this.cover !== "phase" && hasPanel ? coverButton("phase", view.phase === "speech" ? "Back to the speech" : "Show the speeches") : null,
      this.cover !== "story" && this.live?.story.rounds.length ? coverButton("story", "Story so far") : null,
    ];
    let text = "";
    let done: HTMLButtonElement | null = null;
    if (view.phase === "policy") {
      if (!me) text = "The mayors are acting on the city.";
      else if (me.done) text = waitingFor.length ? `You are done. Waiting for ${waitingFor.join(", ")}.` : "Everyone is done.";
      else {
        text = `You have ${me.actionsLeft} action${me.actionsLeft === 1 ? "" : "s"} left. Click a tile to act on it.`;
        done = el("button", { class: "primary", text: "I'm done", attrs: { type: "button", "data-action": "done" }, on: { click: () => this.actions.done() } });
      }
    } else if (view.phase === "speech") text = waitingFor.length ? `Still writing: ${waitingFor.join(", ")}.` : "All speeches are in.";
    else if (view.phase === "resolving") text = "Speeches revealed. The fact-checkers and the citizens are reading them…";
    else if (label) text = "A replay, rebuilt from the campaign's stored events. Step through the rounds at the top.";
    else if (view.phase === "reactions") text = view.round >= view.settings.rounds ? "The town reacts. The election follows." : "The town reacts. The next round starts soon.";
    else if (view.phase === "ended") text = "The campaign is over.";
    const key = JSON.stringify([text, Boolean(done), toggles.map((t) => t?.textContent)]);
    if (this.dock.dataset.key === key) return;
    this.dock.dataset.key = key;
    setChildren(this.dock, [el("span", { class: "dock-text", text }), ...toggles, done]);
  }
}
