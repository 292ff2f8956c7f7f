import { ArraySchema } from "@colyseus/schema";
import type { Campaign } from "../../common/schemas/campaign.ts";
import { ACTIONS_PER_ROUND } from "../../common/schemas/game.ts";
import { actionsUsed } from "../../common/engine/policy.ts";
import { speechOf } from "../../common/engine/speech.ts";
import { ledgerEntry } from "../../common/engine/view.ts";
import {
  CitizenState,
  ContradictionState,
  PromiseState,
  TileState,
  type CampaignState,
} from "../../common/state/CampaignState.ts";

function mirrorCitizens(state: CampaignState, campaign: Campaign): void {
  const same = state.citizens.length === campaign.citizens.length && campaign.citizens.every((c, i) => state.citizens[i]!.name === c.name);
  if (!same) {
    state.citizens = new ArraySchema<CitizenState>(
      ...campaign.citizens.map((c) => new CitizenState().assign({ name: c.name, role: c.role, personality: c.personality, kind: c.kind, bloc: c.bloc })),
    );
  }
  campaign.citizens.forEach((c, i) => {
    const s = state.citizens[i]!;
    s.linkedMayor = c.linkedMayor ?? "";
    s.remainingRounds = c.remainingRounds ?? -1;
    for (const [mayor, value] of Object.entries(c.approval)) if (s.approval.get(mayor) !== value) s.approval.set(mayor, value);
  });
}

function mirrorLedger(state: CampaignState, campaign: Campaign): void {
  campaign.promises.forEach((p, i) => {
    let s = state.promises[i];
    if (!s) {
      s = new PromiseState().assign(ledgerEntry(p));
      state.promises.push(s);
    }
    s.status = p.status;
    s.verdict = p.verdict ?? "";
  });
  for (const c of campaign.contradictions.slice(state.contradictions.length)) {
    state.contradictions.push(
      new ContradictionState().assign({ id: c.id, owner: c.owner, round: c.round, description: c.description, quote: c.speechQuote, severity: c.severity }),
    );
  }
}

/**
 * Copies the engine's campaign into the synchronized state. Data flows one way: nothing reads the state back to
 * decide anything. Speech texts are never copied here; they travel as messages once revealed.
 */
export function mirror(state: CampaignState, campaign: Campaign): void {
  state.phase = campaign.phase;
  state.round = campaign.round;
  state.bars.assign(campaign.bars);
  if (state.tiles.length !== campaign.map.tiles.length) {
    state.tiles = new ArraySchema<TileState>(...campaign.map.tiles.map(() => new TileState()));
  }
  campaign.map.tiles.forEach((tile, i) => {
    const s = state.tiles[i]!;
    s.type = tile.type;
    s.actedBy = campaign.actions.find((a) => a.round === campaign.round && a.x === tile.x && a.y === tile.y)?.mayor ?? "";
  });
  for (const mayor of campaign.settings.mayors) {
    const s = state.mayors.get(mayor.id);
    if (!s) continue;
    s.done = campaign.done.includes(mayor.id);
    s.actionsLeft = campaign.phase === "policy" ? ACTIONS_PER_ROUND - actionsUsed(campaign, mayor.id) : 0;
    s.spoke = speechOf(campaign, mayor.id) !== null;
    s.kept = campaign.promises.filter((p) => p.owner === mayor.id && p.status === "kept").length;
    s.broken = campaign.promises.filter((p) => p.owner === mayor.id && p.status === "broken").length;
  }
  mirrorCitizens(state, campaign);
  mirrorLedger(state, campaign);
  state.winner = campaign.result?.winner ?? "";
  state.ending = campaign.result?.ending ?? "";
}
