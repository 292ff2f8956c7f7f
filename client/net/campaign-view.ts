import type { Campaign } from "../../common/schemas/campaign.ts";
import type { Mayor } from "../../common/schemas/game.ts";
import { projectElection } from "../../common/engine/election-now.ts";
import type { CampaignView, PhaseName } from "./view-model.ts";

export interface SeatInfo extends Mayor {
  seat: number;
  isBot: boolean;
  strategy: string | null;
}

/** The view model of an engine campaign rebuilt in the browser (a replay), shaped like the live one. */
export function campaignView(campaign: Campaign, seats: SeatInfo[], code: string, phase: PhaseName): CampaignView {
  const projection = projectElection(campaign).standings;
  const acted = (x: number, y: number) => campaign.actions.find((a) => a.round === campaign.round && a.x === x && a.y === y)?.mayor ?? "";
  return {
    code,
    isPrivate: true,
    phase,
    round: campaign.round,
    phaseEndsAt: 0,
    phaseDurationMs: 0,
    hostId: "",
    // A replay never shows the lobby, where the phase times and the rated choice are read.
    settings: { rounds: campaign.settings.rounds, policySeconds: 0, speechSeconds: 0, reactionsSeconds: 12, rated: false },
    mayors: seats
      .map((s) => ({
        id: s.id,
        name: s.name,
        color: s.color,
        seat: s.seat,
        ready: true,
        connected: true,
        isBot: s.isBot,
        strategy: s.strategy ?? "",
        done: true,
        actionsLeft: 0,
        spoke: campaign.speeches.some((sp) => sp.round === campaign.round && sp.mayor === s.id),
        kept: campaign.promises.filter((p) => p.owner === s.id && p.status === "kept").length,
        broken: campaign.promises.filter((p) => p.owner === s.id && p.status === "broken").length,
        projectedVotes: projection.find((p) => p.mayor === s.id)?.votes ?? 0,
      }))
      .sort((a, b) => a.seat - b.seat),
    tiles: campaign.map.tiles.map((t) => ({ x: t.x, y: t.y, type: t.type, actedBy: acted(t.x, t.y) })),
    bars: { ...campaign.bars },
    citizens: campaign.citizens.map((c) => ({
      name: c.name,
      role: c.role,
      personality: c.personality,
      kind: c.kind,
      bloc: c.bloc,
      linkedMayor: c.linkedMayor ?? "",
      remainingRounds: c.remainingRounds ?? -1,
      approval: { ...c.approval },
    })),
    provider: "",
    spectators: 0,
    winner: campaign.result?.winner ?? "",
    ending: campaign.result?.ending ?? "",
  };
}
