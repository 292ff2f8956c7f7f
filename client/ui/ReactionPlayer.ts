import type { RoundStory } from "../../common/schemas/server-messages.ts";
import { playbackSteps, stepDurationMs, type PlaybackStep } from "../net/playback.ts";
import type { MayorView } from "../net/view-model.ts";
import type { CitizensPanel } from "./CitizensPanel.ts";
import { el, swatch } from "./dom.ts";

const CAUSE_WORDS: Record<string, string> = {
  promise_kept: "a promise kept",
  promise_broken: "a promise broken",
  solidarity: "solidarity",
  collapse_blame: "blame for the collapse",
};

/** One line of the town feed, newest on top. */
function feedLine(step: Pick<PlaybackStep, "kind" | "citizen" | "line" | "tone" | "delta" | "cause">, mayor: MayorView | undefined): HTMLElement {
  if (step.kind === "arrival") {
    return el("li", { class: "feed-arrival" }, [
      el("strong", { text: `New in town: ${step.citizen}` }),
      mayor ? el("span", { class: "feed-to" }, ["tied to", swatch(mayor.color), mayor.name]) : null,
      step.line ? el("div", { class: "feed-line", text: `“${step.line}”` }) : null,
    ]);
  }
  const delta = el("span", { class: step.delta >= 0 ? "delta delta-up" : "delta delta-down", text: `${step.delta >= 0 ? "+" : ""}${step.delta}` });
  return el("li", { class: step.line ? "feed-reaction" : "feed-effect" }, [
    el("strong", { text: step.citizen }),
    mayor ? el("span", { class: "feed-to" }, ["→", swatch(mayor.color), mayor.name]) : null,
    delta,
    step.tone ? el("span", { class: `tone tone-${step.tone}`, text: step.tone }) : null,
    step.line ? el("div", { class: "feed-line", text: `“${step.line}”` }) : el("span", { class: "muted", text: `  for ${CAUSE_WORDS[step.cause] ?? step.cause}` }),
  ]);
}

/** Plays a resolved round: newcomers arrive, then every reaction as a bubble while the approval bars move. */
export class ReactionPlayer {
  private timer = 0;
  private playing: number | null = null;

  constructor(
    private readonly citizens: CitizensPanel,
    private readonly feed: HTMLElement,
    private readonly mayors: () => MayorView[],
  ) {}

  get round(): number | null {
    return this.playing;
  }

  play(story: RoundStory, phaseMs: number): void {
    this.stop();
    this.playing = story.round;
    const { start, steps } = playbackSteps(story.record);
    const stepMs = stepDurationMs(steps.length, phaseMs);
    this.feed.replaceChildren();
    this.citizens.showApprovals(start);
    let i = 0;
    const next = () => {
      const step = steps[i++];
      if (!step) return this.finish(story);
      const mayor = this.mayors().find((m) => m.id === step.mayor);
      this.citizens.showApprovals(step.approvals);
      this.citizens.say(step.citizen, step.line, step.tone, step.mayor, step.delta);
      this.feed.prepend(feedLine(step, mayor));
      this.timer = window.setTimeout(next, step.line ? stepMs : Math.min(stepMs, 250));
    };
    next();
  }

  /** Shows a round's feed at once (a late joiner, a replay). */
  show(story: RoundStory): void {
    this.stop();
    this.playing = story.round;
    const { steps } = playbackSteps(story.record);
    this.feed.replaceChildren(...steps.reverse().map((s) => feedLine(s, this.mayors().find((m) => m.id === s.mayor))));
    this.epilogue(story);
  }

  stop(): void {
    window.clearTimeout(this.timer);
    this.citizens.showApprovals(null);
    this.citizens.hushAll();
    this.playing = null;
  }

  private finish(story: RoundStory): void {
    this.citizens.showApprovals(null);
    this.epilogue(story);
  }

  private epilogue(story: RoundStory): void {
    for (const name of story.record.departed) this.feed.prepend(el("li", { class: "feed-departed", text: `${name} left town.` }));
  }
}
