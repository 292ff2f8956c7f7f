import { MAP_SIZE, type Bars, type PromiseStatus, type TileType } from "../../common/schemas/game.ts";
import type { LedgerContradiction, LedgerPromise } from "../../common/schemas/ledger.ts";
import type { CampaignState } from "../../common/state/CampaignState.ts";

export type PhaseName = "lobby" | "policy" | "speech" | "resolving" | "reactions" | "ended";

export interface MayorView {
  id: string;
  name: string;
  color: string;
  seat: number;
  ready: boolean;
  connected: boolean;
  isBot: boolean;
  strategy: string;
  done: boolean;
  actionsLeft: number;
  spoke: boolean;
  kept: number;
  broken: number;
  /** Votes if the election were held now, by the engine's rule on the server. */
  projectedVotes: number;
}

export interface TileView {
  x: number;
  y: number;
  type: TileType;
  /** The mayor who acted on the tile this round, or "". */
  actedBy: string;
}

export interface CitizenView {
  name: string;
  role: string;
  personality: string;
  kind: "core" | "dynamic";
  bloc: number;
  linkedMayor: string;
  /** Rounds left for a dynamic citizen; -1 for core citizens. */
  remainingRounds: number;
  approval: Record<string, number>;
}

/** A promise on the fact-check panel, rebuilt from the rounds' stories (`ledger.ts`). */
export interface PromiseView extends LedgerPromise {
  status: PromiseStatus;
  verdict: string;
  /** Later rounds in which the owner said it again (merged into this promise). */
  repeated: number[];
  /** The id of the contradiction that broke it, or "". */
  brokenBy: string;
}

export type ContradictionView = LedgerContradiction;

export interface SettingsView {
  rounds: number;
  policySeconds: number;
  speechSeconds: number;
  reactionsSeconds: number;
  /** Whether the campaign counts for ratings (the host's choice). */
  rated: boolean;
}

/** Everything the scenes draw, as plain data: never a schema object. */
export interface CampaignView {
  code: string;
  isPrivate: boolean;
  phase: PhaseName;
  round: number;
  phaseEndsAt: number;
  phaseDurationMs: number;
  hostId: string;
  settings: SettingsView;
  mayors: MayorView[];
  tiles: TileView[];
  bars: Bars;
  citizens: CitizenView[];
  provider: string;
  spectators: number;
  winner: string;
  ending: string;
}

const PHASES: readonly PhaseName[] = ["lobby", "policy", "speech", "resolving", "reactions", "ended"];

/** Copies the decoded state into a plain view model; mayors come in seat order. */
export function snapshot(state: CampaignState): CampaignView {
  const phase = PHASES.find((p) => p === state.phase) ?? "lobby";
  return {
    code: state.code,
    isPrivate: state.isPrivate,
    phase,
    round: state.round,
    phaseEndsAt: state.phaseEndsAt,
    phaseDurationMs: state.phaseDurationMs,
    hostId: state.hostId,
    settings: {
      rounds: state.settings.rounds,
      policySeconds: state.settings.policySeconds,
      speechSeconds: state.settings.speechSeconds,
      reactionsSeconds: state.settings.reactionsSeconds,
      rated: state.settings.rated,
    },
    mayors: [...state.mayors.values()]
      .map((m) => ({
        id: m.id,
        name: m.name,
        color: m.color,
        seat: m.seat,
        ready: m.ready,
        connected: m.connected,
        isBot: m.isBot,
        strategy: m.strategy,
        done: m.done,
        actionsLeft: m.actionsLeft,
        spoke: m.spoke,
        kept: m.kept,
        broken: m.broken,
        projectedVotes: m.projectedVotes,
      }))
      .sort((a, b) => a.seat - b.seat),
    tiles: state.tiles.map((t, i) => ({ x: i % MAP_SIZE, y: Math.floor(i / MAP_SIZE), type: t.type as TileType, actedBy: t.actedBy })),
    bars: { ecology: state.bars.ecology, economy: state.bars.economy, research: state.bars.research },
    citizens: state.citizens.map((c) => ({
      name: c.name,
      role: c.role,
      personality: c.personality,
      kind: c.kind === "dynamic" ? "dynamic" : "core",
      bloc: c.bloc,
      linkedMayor: c.linkedMayor,
      remainingRounds: c.remainingRounds,
      approval: Object.fromEntries(c.approval.entries()),
    })),
    provider: state.provider,
    spectators: state.spectators,
    winner: state.winner,
    ending: state.ending,
  };
}
