import { TILE_LABELS } from "../../common/rules/labels.ts";
import type { ActionType } from "../../common/schemas/game.ts";
import type { ElectionNight } from "../../common/schemas/server-messages.ts";
import { ledgerOf } from "../net/ledger.ts";
import { PastRounds } from "../net/past-rounds.ts";
import { fullRound, latestRound, ownSpeechIn, speechesOf } from "../net/story-log.ts";
import { animate, type Stage } from "../stage.ts";
import { renderBars } from "../ui/Bars.ts";
import { renderBroadcast } from "../ui/Broadcast.ts";
import { CitizensPanel } from "../ui/CitizensPanel.ts";
import { CityMap } from "../ui/CityMap.ts";
import { collapseWarnings } from "../ui/coach.ts";
import { Dock } from "../ui/Dock.ts";
import { el, setChildren } from "../ui/dom.ts";
import { ElectionOverlay } from "../ui/ElectionOverlay.ts";
import { renderMayors } from "../ui/MayorList.ts";
import { PanelTabs } from "../ui/PanelTabs.ts";
import { renderLedger } from "../ui/PromiseLedger.ts";
import { ReactionPlayer } from "../ui/ReactionPlayer.ts";
import { SpeechBox } from "../ui/SpeechBox.ts";
import { renderSpeeches } from "../ui/SpeechColumns.ts";
import { renderStorySoFar } from "../ui/StorySoFar.ts";
import { tileHistory } from "../ui/tile-history.ts";
import { actBlocker, TileMenu } from "../ui/TileMenu.ts";
import { Tooltip } from "../ui/Tooltip.ts";
import { TopBar } from "../ui/TopBar.ts";
import type { Live } from "./live.ts";

export interface CampaignActions {
  act(x: number, y: number, action: ActionType): void;
  done(): void;
  speak(text: string): void;
  leave(): void;
  /** The host opens a new campaign with the same seats; absent where there is no room (a replay). */
  rematch?(): void;
}

/** Lets the newest patch (new citizens, final approvals) land before a round plays back. */
const PLAYBACK_DELAY_MS = 300;

/**
 * The campaign: the city map with the phase bar under it, the bars, mayors and fact-check on the left, the citizens on
 * the right; on a phone the map stays on top and the panels become tabs below it.
 */
export class CampaignScene {
  readonly element: HTMLElement;
  readonly top: TopBar;
  private readonly map: CityMap;
  private readonly broadcast = el("section", { class: "broadcast", attrs: { "aria-label": "Live coverage" } });
  private readonly warnings = el("div", { class: "warnings", attrs: { role: "status" } });
  private readonly bars = el("div", { class: "bars" });
  private readonly mayors = el("div", { class: "mayors" });
  private readonly ledger = el("div", { class: "ledger" });
  private readonly citizens: CitizensPanel;
  private readonly dock: Dock;
  /** Scrolling regions take focus so the keyboard can scroll them too. */
  private readonly overlay = el("div", { class: "stage-overlay", attrs: { tabindex: "0", role: "region", "aria-label": "This phase" } });
  private readonly speeches = el("div", { class: "speech-columns" });
  private readonly summary = el("p", { class: "round-summary" });
  private readonly feed = el("ol", { class: "feed" });
  private readonly speechBox: SpeechBox;
  private readonly menu: TileMenu;
  private readonly tooltip = new Tooltip();
  private readonly player: ReactionPlayer;
  private readonly election: ElectionOverlay;
  private readonly tabs: PanelTabs;
  private live: Live | null = null;
  private readonly story = el("div", { class: "story-so-far" });
  /** The earlier rounds in full for the story so far, fetched when a late joiner opens it. */
  private readonly past = new PastRounds();
  private readonly storyWait = el("p", { class: "empty" });
  private lastPhase = "";
  private lastFresh: unknown = null;
  private playTimer = 0;

  constructor(host: HTMLElement, private readonly stage: Stage, code: string, private readonly actions: CampaignActions, controls: HTMLElement[] = []) {
    const leave = el("button", { class: "ghost small", text: "Leave", attrs: { type: "button", "data-action": "leave" }, on: { click: () => actions.leave() } });
    this.top = new TopBar(code, [...controls, leave]);
    const citizenList = el("div", { class: "citizen-list" });
    const mapWrap = el("div", { class: "map-wrap" });
    this.citizens = new CitizensPanel(citizenList, () => mapWrap.getBoundingClientRect());
    this.speechBox = new SpeechBox({ deliver: (text) => actions.speak(text), silent: () => actions.done() }, code);
    this.menu = new TileMenu(
      (tile, action) => actions.act(tile.x, tile.y, action),
      (tile, refocus) => refocus && this.map.focusTile(tile.x, tile.y),
    );
    this.election = new ElectionOverlay((night) => this.resultActions(night));
    this.dock = new Dock(() => this.update(this.live!), () => actions.done());
    const slot = el("div", { class: "map-slot" });
    // A phone's tiles would be too small to tap with the whole map in sight: there the view scrolls over a larger map.
    mapWrap.append(el("div", { class: "map-view" }, [slot]), this.overlay);
    this.element = el("div", { class: "campaign", attrs: { "data-tab": "city" } });
    this.tabs = new PanelTabs(this.element);
    setChildren(this.element, [
      this.top.element,
      el("section", { class: "center", attrs: { "aria-label": "City map" } }, [mapWrap, this.dock.element]),
      this.tabs.element,
      el("aside", { class: "panel left", attrs: { tabindex: "0", "aria-label": "The city, candidates and fact-check" } }, [
        el("section", { class: "pane pane-city", attrs: { "aria-label": "The city" } }, [
          this.broadcast,
          el("h2", { class: "panel-title", text: "The city" }),
          this.warnings,
          this.bars,
          el("h2", { class: "panel-title", text: "Candidates" }),
          this.mayors,
        ]),
        el("section", { class: "pane pane-ledger", attrs: { "aria-label": "Fact-check" } }, [el("h2", { class: "panel-title", text: "Fact-check" }), this.ledger]),
      ]),
      el("aside", { class: "panel right", attrs: { tabindex: "0", "aria-label": "Citizens" } }, [
        el("section", { class: "pane pane-citizens", attrs: { "aria-label": "Citizens" } }, [el("h2", { class: "panel-title", text: "Citizens" }), citizenList]),
      ]),
      this.election.element,
      this.menu.element,
      this.tooltip.element,
    ]);
    host.append(this.element);
    this.player = new ReactionPlayer(this.citizens, this.feed, () => this.live?.view.mayors ?? []);
    this.map = new CityMap(stage, slot, {
      hover: (tile, x, y) => {
        if (!this.live) return;
        const { view, story } = this.live;
        const name = (id: string) => view.mayors.find((m) => m.id === id)?.name ?? "A mayor";
        const history = tile ? tileHistory(story.rounds, name, tile.x, tile.y) : [];
        this.tooltip.show(this.menu.element.hidden ? tile : null, view.mayors, view.bars.research, history, x, y);
      },
      pick: (tile, x, y) => {
        if (!this.live) return;
        const { view, me } = this.live;
        this.tooltip.show(null, [], 0, [], 0, 0);
        this.menu.open(tile, view.bars.research, actBlocker(view.phase, me, tile, view.mayors), x, y);
      },
    });
  }

  update(live: Live): void {
    this.live = live;
    const { view, story, me } = live;
    if (view.phase !== this.lastPhase) {
      this.lastPhase = view.phase;
      this.dock.cover = view.phase === "policy" ? "map" : "phase";
      this.menu.close();
      if (view.phase !== "reactions") this.player.stop();
    }
    this.element.dataset.phase = view.phase;
    this.element.dataset.viewer = me ? "mayor" : "spectator";
    this.top.update(view, me, live.label ?? (story.spectator ? "Spectator" : null));
    this.map.update(view.tiles, view.mayors);
    const latest = latestRound(story);
    const playing = view.phase === "reactions" && latest?.round === view.round;
    renderBars(this.bars, {
      bars: view.bars,
      before: playing ? latest.record.barsAtStart : undefined,
      causes: latest?.record.barCauses ?? [],
      mayors: view.mayors,
    });
    const warnings = view.phase === "ended" ? [] : collapseWarnings(view.bars, latest?.record.barsAtStart);
    setChildren(this.warnings, warnings.map((w) => el("p", { class: "warning", text: `⚠ ${w}` })));
    this.broadcast.hidden = me !== null || live.label !== undefined;
    if (!this.broadcast.hidden) renderBroadcast(this.broadcast, view, story);
    renderMayors(this.mayors, view, me?.id ?? null);
    const { promises, contradictions } = ledgerOf(story.rounds);
    renderLedger(this.ledger, { mayors: view.mayors, promises, contradictions });
    this.citizens.update(view.citizens, view.mayors);
    this.tabs.update(promises.length, view.citizens.length);
    this.renderStage(live);
    this.dock.update(view, me, live.label !== undefined, story.rounds.length > 0);
    animate(this.stage, this.overlay.hidden && view.phase !== "ended" && this.map.moving);
    this.playRound(live);
    if (view.phase !== "ended") this.election.hide();
    else if (story.result) {
      const { mayors, settings } = view;
      this.election.show({ night: story.result, mayors, rounds: story.rounds, plannedRounds: settings.rounds, promises, contradictions }, true);
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

  private resultActions(night: ElectionNight): HTMLElement[] {
    const isHost = Boolean(this.live?.me && this.live.view.hostId === this.live.me.id);
    const button = (text: string, cls: string, action: string, run: () => void) =>
      el("button", { class: cls, text, attrs: { type: "button", "data-action": action }, on: { click: run } });
    const { rematch } = this.actions;
    const report = el("a", {
      class: "button secondary",
      text: "Full report",
      attrs: { href: `/report/${encodeURIComponent(night.campaignId)}`, target: "_blank", rel: "noopener", "data-action": "report" },
    });
    const items: (HTMLElement | null)[] = [
      rematch && isHost ? button("Rematch with the same seats", "primary", "rematch", rematch) : null,
      rematch && this.live?.me && !isHost ? el("p", { class: "muted", text: "The host can start a rematch; stay to play again." }) : null,
      report,
      button("Back to the town hall", rematch && isHost ? "ghost" : "primary", "home", () => this.actions.leave()),
    ];
    return items.filter((n): n is HTMLElement => n !== null);
  }

  private playRound({ view, story }: Live): void {
    if (view.phase !== "reactions") return;
    const current = fullRound(story, view.round);
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
    const cover = this.dock.cover;
    this.overlay.hidden = cover === "map" || (cover === "phase" && !(speaking || telling));
    if (this.overlay.hidden) return;
    if (cover === "story") {
      const rounds = this.past.full(story, () => this.live && this.update(this.live));
      if (Array.isArray(rounds)) renderStorySoFar(this.story, rounds, view.mayors);
      else this.storyWait.textContent = rounds === "loading" ? "Fetching the earlier rounds…" : "The earlier rounds could not be fetched; they are asked for again after the next round.";
      const shown = Array.isArray(rounds) ? this.story : this.storyWait;
      if (this.overlay.firstChild !== shown) this.overlay.replaceChildren(shown);
      return;
    }
    if (speaking) {
      if (me) {
        const own = ownSpeechIn(story, view.round);
        const acted = view.tiles.filter((t) => t.actedBy === me.id).map((t) => `a ${TILE_LABELS[t.type]}`);
        const context = acted.length ? `This round you made ${acted.join(" and ")}.` : "You took no action this round.";
        this.speechBox.update(view.round, own?.text ?? null, own === null && me.done, `${context} Citizens remember every word.`);
        if (this.overlay.firstChild !== this.speechBox.element) this.overlay.replaceChildren(this.speechBox.element);
      } else {
        setChildren(this.overlay, [el("div", { class: "waiting", text: "The mayors are writing their speeches. They will be revealed together." })]);
      }
      return;
    }
    renderSpeeches(this.speeches, view.mayors, speechesOf(story, view.round), view.round);
    const record = fullRound(story, view.round)?.record;
    this.summary.textContent = record ? record.summary : "The fact-checkers are reading every speech…";
    if (this.overlay.firstChild !== this.summary) {
      this.overlay.replaceChildren(this.summary, this.speeches, el("h4", { text: "What the town says" }), this.feed);
    }
  }
}
