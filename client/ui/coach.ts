import { COLLAPSE_BELOW } from "../../common/rules/constants.ts";
import { ACTIONS_PER_ROUND, type Bars } from "../../common/schemas/game.ts";
import type { CampaignView, MayorView } from "../net/view-model.ts";

/** What the phase bar says: what is happening (`text`), and on the first round what to do about it (`coach`). */
export interface PhaseGuide {
  text: string;
  coach: string | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The text of the phase bar for a player (`me`), a spectator (`me` null) or a replay (`replay`); `keyboard` adds the
 * keys to the first round's coaching where a keyboard is the likely way in.
 */
export function phaseGuide(view: CampaignView, me: MayorView | null, replay: boolean, keyboard: boolean): PhaseGuide {
  const waitingFor = view.mayors.filter((m) => !m.done && (m.connected || m.isBot)).map((m) => m.name);
  const first = view.round === 1 && me !== null;
  switch (view.phase) {
    case "lobby":
      return { text: "The campaign has not started yet.", coach: null };
    case "policy":
      if (!me) return { text: "The mayors are acting on the city. Their marks appear on the map as they go.", coach: null };
      if (me.done) return { text: waitingFor.length ? `You are done. Waiting for ${waitingFor.join(", ")}.` : "Everyone is done.", coach: null };
      return {
        text: `You have ${plural(me.actionsLeft, "action")} left. Choose a tile on the map to act on it, then press “I'm done”.`,
        coach: first
          ? `Take up to ${ACTIONS_PER_ROUND} actions. Forests lift ecology, factories the economy, research centres unlock solar. One action per tile a round: first come, first served.${keyboard ? " Keys: Tab to the map, arrows, Enter." : ""}`
          : null,
      };
    case "speech":
      return {
        text: waitingFor.length ? `Speeches are being written: ${waitingFor.join(", ")}.` : "All speeches are in.",
        coach: first
          ? "Promise something checkable: “I will build a research centre by round 3”, “I will never demolish farmland”. Kept promises win approval; broken ones cost it."
          : null,
      };
    case "resolving":
      return { text: "Speeches revealed. The fact-checkers and the citizens are reading them…", coach: null };
    case "reactions":
      if (replay) return { text: "A replay, rebuilt from the campaign's stored events. Step through the rounds at the top.", coach: null };
      return {
        text: view.round >= view.settings.rounds ? "The town reacts. The election follows." : "The town reacts. The next round starts soon.",
        coach: first ? "At the end each citizen's whole bloc votes for the mayor it approves of most. Watch who moves whom." : null,
      };
    case "ended":
      return { text: "The campaign is over.", coach: null };
  }
}

/**
 * A warning one round ahead: a bar that would fall below the collapse line if it moved as it did last round (or by
 * five points, whichever is more) ends the campaign at once.
 */
export function collapseWarnings(bars: Bars, before: Bars | undefined): string[] {
  const warnings: string[] = [];
  for (const key of ["ecology", "economy"] as const) {
    const drop = before ? Math.max(5, before[key] - bars[key]) : 5;
    if (bars[key] < COLLAPSE_BELOW + drop) {
      warnings.push(`${key === "ecology" ? "Ecology" : "Economy"} is at ${bars[key]}: below ${COLLAPSE_BELOW} the city collapses and the campaign ends at once.`);
    }
  }
  return warnings;
}
