import type { CitizensInput, MayorRoundFacts, Reaction } from "../../../common/schemas/contracts/citizens.ts";
import { deedWords } from "./deeds.ts";
import { injectionTexts } from "./injection.ts";
import { SUMMARY_MAX } from "./limits.ts";
import { brief, capLength, capitalize, countPhrase } from "./text.ts";

/**
 * What the town would say a mayor did this round: their best story for a winner, their worst for a loser, and
 * their deed when it split the town.
 */
function headline(m: MayorRoundFacts, side: "best" | "worst" | "split"): string {
  const broken = m.outcomes.filter((o) => o.status === "broken").length;
  const kept = m.outcomes.filter((o) => o.status === "kept").length;
  const action = m.actions[0];
  const promise = m.promises[0];
  if (injectionTexts(m).length > 0) return `${m.name} tried to slip instructions into a speech`;
  if (side === "split" && action) return `${m.name} ${deedWords(action)}`;
  if (side === "worst" && broken > 0) return `${m.name} broke ${countPhrase(broken, "promise")}`;
  if (side === "worst" && m.contradictions.length > 0) return `${m.name} was caught contradicting their own record`;
  if (side !== "worst" && kept > 0) return `${m.name} kept ${countPhrase(kept, "promise")}`;
  if (action) return `${m.name} ${deedWords(action)}`;
  if (promise) return `${m.name} promised "${brief(promise.text, 60)}"`;
  return `${m.name} said little`;
}

function nameList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The citizens most moved toward one mayor, in the direction given. */
function movedBy(reactions: readonly Reaction[], mayorId: string, sign: 1 | -1): string[] {
  return reactions
    .filter((r) => r.mayor === mayorId && Math.sign(r.approvalDelta) === sign)
    .sort((a, b) => Math.abs(b.approvalDelta) - Math.abs(a.approvalDelta))
    .slice(0, 2)
    .map((r) => r.citizen);
}

/** One sentence on one mayor: their story and who it moved, in which direction. */
function sentence(m: MayorRoundFacts, reactions: readonly Reaction[]): string {
  const fans = movedBy(reactions, m.id, 1);
  const critics = movedBy(reactions, m.id, -1);
  const net = reactions.filter((r) => r.mayor === m.id).reduce((s, r) => s + r.approvalDelta, 0);
  const story = capitalize(headline(m, fans.length > 0 && critics.length > 0 ? "split" : net >= 0 ? "best" : "worst"));
  if (fans.length > 0 && critics.length > 0) return `${story}: ${nameList(fans)} cheered, ${nameList(critics)} did not.`;
  if (fans.length > 0) return `${story}, and ${nameList(fans)} warmed to ${m.name}.`;
  return `${story}; ${nameList(critics)} will not forget it.`;
}

/** One or two sentences on the mayors who moved the town most this round. */
export function summarize(input: CitizensInput, reactions: readonly Reaction[]): string {
  const impact = (id: string) => reactions.filter((r) => r.mayor === id).reduce((s, r) => s + Math.abs(r.approvalDelta), 0);
  const mattered = input.mayors
    .map((mayor, i) => ({ mayor, i, impact: impact(mayor.id) }))
    .filter((x) => x.impact > 0)
    .sort((a, b) => b.impact - a.impact || a.i - b.i)
    .slice(0, 2)
    .map((x) => x.mayor);
  if (mattered.length === 0) return capLength(`A quiet round: ${nameList(input.mayors.map((m) => m.name))} gave the town little to talk about.`, SUMMARY_MAX);
  return capLength(mattered.map((m) => sentence(m, reactions)).join(" "), SUMMARY_MAX);
}
