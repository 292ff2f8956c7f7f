import type { ActionFact, EarlierPromise, ExtractionInput } from "../../../common/schemas/contracts/extraction.ts";

/** A valid extraction input for tests: round 2 of 5, mayor Elena against Boris, the seven core citizens. */
export function inputFor(speech: string, extra: Partial<ExtractionInput> = {}): ExtractionInput {
  return {
    round: 2,
    finalRound: 5,
    mayor: { id: "elena", name: "Elena" },
    rivals: [{ id: "boris", name: "Boris" }],
    speech,
    actionsThisRound: [],
    actionsBefore: [],
    earlierPromises: [],
    citizens: [
      { name: "Karl", role: "Factory worker" },
      { name: "Mia", role: "Climate activist" },
      { name: "Sarah", role: "Opposition councillor" },
      { name: "Greta", role: "Farmer" },
      { name: "Viktor", role: "Business owner" },
      { name: "Dr. Amara", role: "Scientist" },
      { name: "Rosa", role: "Nurse" },
    ],
    bars: { ecology: 45, economy: 65, research: 5 },
    ...extra,
  };
}

export function action(round: number, act: ActionFact["action"], from: ActionFact["from"], to: ActionFact["to"]): ActionFact {
  return { round, x: 2, y: 1, action: act, from, to };
}

export function earlier(id: string, text: string, status: EarlierPromise["status"] = "pending"): EarlierPromise {
  return { id, round: 1, text, domain: "ecology", deadlineRound: null, status };
}
