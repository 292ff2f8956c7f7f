import type { Campaign } from "../schemas/campaign.ts";
import type { CitizensInput } from "../schemas/contracts/citizens.ts";
import type { ActionFact, ExtractionInput } from "../schemas/contracts/extraction.ts";
import type { ActionRecord, MayorId } from "../schemas/game.ts";
import { speechOf } from "./speech.ts";

function fact(a: ActionRecord): ActionFact {
  return { round: a.round, x: a.x, y: a.y, action: a.action, from: a.from, to: a.to };
}

/** What the extraction model reads for each mayor's speech this round (an empty speech when the mayor was silent). */
export function extractionInputs(campaign: Campaign): Record<MayorId, ExtractionInput> {
  const { mayors } = campaign.settings;
  return Object.fromEntries(
    mayors.map((mayor): [MayorId, ExtractionInput] => {
      const own = campaign.actions.filter((a) => a.mayor === mayor.id);
      return [
        mayor.id,
        {
          round: campaign.round,
          finalRound: campaign.settings.rounds,
          mayor: { id: mayor.id, name: mayor.name },
          rivals: mayors.filter((m) => m.id !== mayor.id).map((m) => ({ id: m.id, name: m.name })),
          speech: speechOf(campaign, mayor.id) ?? "",
          actionsThisRound: own.filter((a) => a.round === campaign.round).map(fact),
          actionsBefore: own.filter((a) => a.round < campaign.round).map(fact),
          earlierPromises: campaign.promises
            .filter((p) => p.owner === mayor.id && p.round < campaign.round)
            .map((p) => ({
              id: p.id,
              round: p.round,
              text: p.text,
              domain: p.domain,
              deadlineRound: p.deadlineRound,
              status: p.status,
              ...(p.commitment ? { commitment: p.commitment } : {}),
            })),
          citizens: campaign.citizens.map((c) => ({ name: c.name, role: c.role })),
          bars: { ...campaign.bars },
        },
      ];
    }),
  );
}

/** What the citizens model reads once the speeches were read and the promises fact-checked. */
export function citizensInput(campaign: Campaign): CitizensInput {
  const record = campaign.rounds.find((r) => r.round === campaign.round);
  const outcomeOf = new Map((record?.outcomes ?? []).map((o) => [o.promiseId, o]));
  return {
    round: campaign.round,
    finalRound: campaign.settings.rounds,
    bars: { ...campaign.bars },
    citizens: campaign.citizens.map((c) => ({
      name: c.name,
      role: c.role,
      personality: c.personality,
      kind: c.kind,
      bloc: c.bloc,
      approval: { ...c.approval },
      linkedMayor: c.linkedMayor,
    })),
    mayors: campaign.settings.mayors.map((mayor) => ({
      id: mayor.id,
      name: mayor.name,
      promises: campaign.promises
        .filter((p) => p.owner === mayor.id && p.round === campaign.round)
        .map((p) => ({
          id: p.id,
          text: p.text,
          kind: p.kind,
          domain: p.domain,
          targetCitizen: p.targetCitizen,
          deadlineRound: p.deadlineRound,
        })),
      contradictions: campaign.contradictions
        .filter((c) => c.owner === mayor.id && c.round === campaign.round)
        .map((c) => ({ description: c.description, speechQuote: c.speechQuote, severity: c.severity })),
      actions: campaign.actions.filter((a) => a.mayor === mayor.id && a.round === campaign.round).map(fact),
      outcomes: campaign.promises
        .filter((p) => p.owner === mayor.id && outcomeOf.has(p.id))
        .map((p) => ({ promiseId: p.id, text: p.text, status: outcomeOf.get(p.id)!.status, verdict: outcomeOf.get(p.id)!.verdict })),
    })),
  };
}
