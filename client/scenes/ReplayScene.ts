import { electionNight, roundStory } from "../../common/engine/view.ts";
import { replay, stateAtRoundEnd } from "../../common/engine/replay.ts";
import type { CampaignHistory } from "../../common/schemas/history.ts";
import { fetchCampaign } from "../net/api.ts";
import { campaignView } from "../net/campaign-view.ts";
import { emptyStory } from "../net/story-log.ts";
import type { Stage } from "../stage.ts";
import { el } from "../ui/dom.ts";
import { toast } from "../ui/toasts.ts";
import { CampaignScene } from "./CampaignScene.ts";

/** A finished campaign, round by round, rebuilt in the browser from its stored events; the last step is the election. */
export class ReplayScene {
  private scene: CampaignScene | null = null;
  private history: CampaignHistory | null = null;
  private step = 1;
  private readonly label = el("span", { class: "replay-step" });
  private readonly prev = el("button", { class: "ghost small", text: "◀ Previous", attrs: { type: "button", "data-replay": "prev" } });
  private readonly next = el("button", { class: "ghost small", text: "Next ▶", attrs: { type: "button", "data-replay": "next" } });
  private destroyed = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly stage: Stage,
    id: string,
    private readonly onExit: () => void,
  ) {
    this.prev.addEventListener("click", () => this.go(this.step - 1));
    this.next.addEventListener("click", () => this.go(this.step + 1));
    fetchCampaign(id).then(
      (history) => !this.destroyed && this.open(history),
      (error: Error) => {
        toast(`This replay cannot be shown: ${error.message}`);
        onExit();
      },
    );
  }

  destroy(): void {
    this.destroyed = true;
    this.scene?.destroy();
  }

  private get last(): number {
    return this.history ? this.history.rounds.length + (this.history.votes.length ? 1 : 0) : 1;
  }

  private open(history: CampaignHistory): void {
    this.history = history;
    const controls = el("div", { class: "replay-controls" }, [this.prev, this.label, this.next]);
    const ignore = () => {};
    const actions = { act: ignore, done: ignore, speak: ignore, leave: () => this.onExit() };
    this.scene = new CampaignScene(this.host, this.stage, history.code, actions, [controls]);
    this.go(1);
  }

  private go(step: number): void {
    const history = this.history;
    if (!history || !this.scene || step < 1 || step > this.last) return;
    this.step = step;
    const rounds = history.rounds.length;
    const election = step > rounds;
    const round = Math.min(step, rounds);
    const campaign = election ? replay(history.settings, history.events) : stateAtRoundEnd(history.settings, history.events, round);
    const view = campaignView(campaign, history.mayors, history.code, election ? "ended" : "reactions");
    const stories = Array.from({ length: round }, (_, i) => roundStory(campaign, i + 1)).filter((s) => s !== null);
    const story = {
      ...emptyStory(null, true),
      rounds: stories,
      fresh: election ? null : (stories.at(-1) ?? null),
      result: election ? electionNight(campaign, history.id) : null,
    };
    this.label.textContent = election ? "Election" : `Round ${round} of ${rounds}`;
    this.prev.disabled = step <= 1;
    this.next.disabled = step >= this.last;
    this.scene.update({ view, story, me: null, label: "Replay · read-only" });
  }
}
