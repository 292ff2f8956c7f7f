import { ArraySchema } from "@colyseus/schema";
import { STRATEGY_LABELS } from "../../common/schemas/strategy.ts";
import type { Campaign } from "../../common/schemas/campaign.ts";
import type { LobbySeat, Lobby } from "./lobby.ts";
import { ACTIONS_PER_ROUND, MAP_SIZE } from "../../common/schemas/game.ts";
import { collapseOf } from "../../common/engine/collapse.ts";
import { projectElection } from "../../common/engine/election-now.ts";
import { actionsUsed } from "../../common/engine/policy.ts";
import { speechOf } from "../../common/engine/speech.ts";
import { CitizenState, MayorState, TileState, type CampaignState } from "../../common/state/CampaignState.ts";

/** The room's own facts besides the lobby and the campaign: the phase deadline and who read the last round. */
export interface RoomFacts {
  code: string;
  isPrivate: boolean;
  /** Server time (ms since epoch) when the phase ends, 0 when it has no timer; and the phase's length. */
  phaseEndsAt: number;
  phaseDurationMs: number;
  provider: string;
}

function mirrorSeat(state: CampaignState, seat: LobbySeat): MayorState {
  let s = state.mayors.get(seat.mayor);
  if (!s) {
    s = new MayorState().assign({ id: seat.mayor, seat: Number(seat.mayor.slice(1)), isBot: seat.bot !== null });
    state.mayors.set(seat.mayor, s);
  }
  s.assign({ name: seat.name, color: seat.color, ready: seat.ready, connected: seat.connected, strategy: seat.bot ? STRATEGY_LABELS[seat.bot] : "", player: seat.player ?? "" });
  return s;
}

function mirrorLobby(state: CampaignState, lobby: Lobby, facts: RoomFacts): void {
  state.assign({ code: facts.code, isPrivate: facts.isPrivate, hostId: lobby.host ?? "", spectators: lobby.spectators, provider: facts.provider });
  state.assign({ phaseEndsAt: facts.phaseEndsAt, phaseDurationMs: facts.phaseDurationMs });
  const { rounds, seconds } = lobby.settings;
  state.settings.assign({ rounds, policySeconds: seconds.policy, speechSeconds: seconds.speech, reactionsSeconds: seconds.reactions, rated: lobby.rated });
  for (const id of [...state.mayors.keys()]) if (!lobby.byMayor(id)) state.mayors.delete(id);
  for (const seat of lobby.seats) mirrorSeat(state, seat);
}

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
    for (const mayor in c.approval) {
      const value = c.approval[mayor]!;
      if (s.approval.get(mayor) !== value) s.approval.set(mayor, value);
    }
  });
}

/** The state of a room with no campaign (a new lobby, or after a rematch): nothing of a campaign is left on it. */
function clearCampaign(state: CampaignState): void {
  state.assign({ phase: "lobby", round: 0, winner: "", ending: "" });
  state.bars.assign({ ecology: 0, economy: 0, research: 0 });
  if (state.tiles.length) state.tiles = new ArraySchema<TileState>();
  if (state.citizens.length) state.citizens = new ArraySchema<CitizenState>();
  for (const s of state.mayors.values()) s.assign({ done: false, actionsLeft: 0, spoke: false, kept: 0, broken: 0, projectedVotes: 0 });
}

/**
 * Copies the lobby, the room's facts and the engine's campaign into the synchronized state: the only writer of the
 * schema classes. Data flows one way: nothing reads the state back to decide anything. Speech texts and the promise
 * ledger are never copied here; they travel as messages (the reveal, each round's story).
 */
export function mirror(state: CampaignState, lobby: Lobby, facts: RoomFacts, campaign: Campaign | null): void {
  mirrorLobby(state, lobby, facts);
  if (campaign) mirrorCampaign(state, campaign);
  else clearCampaign(state);
}

/** The last projection per room's citizens list, with what else it was computed from. */
const projections = new WeakMap<Campaign["citizens"], { inputs: readonly unknown[]; votes: Map<string, number> }>();

/**
 * The votes each mayor would get now. A player's move shares the citizens and the ledger with the campaign before it
 * (`copyForMove`), so the projection is computed again only when the citizens, the ledger, the generator or the
 * ending the bars give have changed.
 */
function projectedVotes(campaign: Campaign): Map<string, number> {
  const inputs = [campaign.promises, campaign.rng, collapseOf(campaign.bars), campaign.settings];
  const last = projections.get(campaign.citizens);
  if (last && last.inputs.every((input, i) => input === inputs[i])) return last.votes;
  const votes = new Map(projectElection(campaign).standings.map((s) => [s.mayor, s.votes]));
  projections.set(campaign.citizens, { inputs, votes });
  return votes;
}

function mirrorCampaign(state: CampaignState, campaign: Campaign): void {
  state.phase = campaign.phase;
  state.round = campaign.round;
  state.bars.assign(campaign.bars);
  if (state.tiles.length !== campaign.map.tiles.length) {
    state.tiles = new ArraySchema<TileState>(...campaign.map.tiles.map(() => new TileState()));
  }
  const projection = projectedVotes(campaign);
  const actedBy = new Map<number, string>();
  for (const a of campaign.actions) if (a.round === campaign.round) actedBy.set(a.y * MAP_SIZE + a.x, a.mayor);
  campaign.map.tiles.forEach((tile, i) => {
    const s = state.tiles[i]!;
    s.type = tile.type;
    s.actedBy = actedBy.get(i) ?? "";
  });
  for (const mayor of campaign.settings.mayors) {
    const s = state.mayors.get(mayor.id);
    if (!s) continue;
    s.done = campaign.done.includes(mayor.id);
    s.actionsLeft = campaign.phase === "policy" ? ACTIONS_PER_ROUND - actionsUsed(campaign, mayor.id) : 0;
    s.spoke = speechOf(campaign, mayor.id) !== null;
    s.kept = campaign.promises.filter((p) => p.owner === mayor.id && p.status === "kept").length;
    s.broken = campaign.promises.filter((p) => p.owner === mayor.id && p.status === "broken").length;
    s.projectedVotes = projection.get(mayor.id) ?? 0;
  }
  mirrorCitizens(state, campaign);
  state.winner = campaign.result?.winner ?? "";
  state.ending = campaign.result?.ending ?? "";
}
