import type { CitizensInput, MayorRoundFacts, Reaction } from "../../../common/schemas/contracts/citizens.ts";
import { deedWords } from "./deeds.ts";
import { injectionTexts } from "./injection.ts";
import { SUMMARY_MAX } from "./limits.ts";
import { brief, capLength, capitalize, countPhrase } from "./text.ts";

/** A mayor's real scandal of the round, if any: a promise the facts broke, or words their own record contradicts. */
function scandal(m: MayorRoundFacts): string | null {
  const broken = m.outcomes.filter((o) => o.status === "broken");
  if (broken.length === 1) return `${m.name} broke "${brief(broken[0]!.text, 60)}"`;
  if (broken.length > 1) return `${m.name} broke ${countPhrase(broken.length, "promise")}`;
  const lie = m.contradictions[0];
  if (lie) return `${m.name} said "${brief(lie.speechQuote, 60)}" against their own record`;
  return null;
}

/**
 * What the town would say a mayor did this round: their lie or broken promise above all, then an attempt to
 * instruct the model made in this round's speech, then their kept promises (unless the town turned against them),
 * their deed when it split the town, or their promise.
 */
function headline(m: MayorRoundFacts, side: "best" | "worst" | "split"): string {
  const worst = scandal(m);
  if (worst) return worst;
  if (injectionTexts(m).length > 0) return `${m.name} tried to slip instructions into a speech`;
  const kept = m.outcomes.filter((o) => o.status === "kept").length;
  const action = m.actions[0];
  const promise = m.promises[0];
  if (side === "split" && action) return `${m.name} ${deedWords(action)}`;
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
  if (fans.length > 0) return scandal(m) ? `${story}, yet ${nameList(fans)} stood by ${m.name}.` : `${story}, and ${nameList(fans)} warmed to ${m.name}.`;
  if (critics.length > 0) return `${story}; ${nameList(critics)} will not forget it.`;
  return `${story}.`;
}

/**
 * One or two sentences on the mayors who mattered this round: it leads with the round's real lie or broken promise
 * when there was one, then the mayors who moved the town most.
 */
export function summarize(input: CitizensInput, reactions: readonly Reaction[]): string {
  const impact = (id: string) => reactions.filter((r) => r.mayor === id).reduce((s, r) => s + Math.abs(r.approvalDelta), 0);
  const mattered = input.mayors
    .map((mayor, i) => ({ mayor, i, impact: impact(mayor.id), scandal: scandal(mayor) !== null }))
    .filter((x) => x.impact > 0 || x.scandal)
    .sort((a, b) => Number(b.scandal) - Number(a.scandal) || b.impact - a.impact || a.i - b.i)
    .slice(0, 2)
    .map((x) => x.mayor);
  if (mattered.length === 0) return capLength(`A quiet round: ${nameList(input.mayors.map((m) => m.name))} gave the town little to talk about.`, SUMMARY_MAX);
  return capLength(mattered.map((m) => sentence(m, reactions)).join(" "), SUMMARY_MAX);
}
