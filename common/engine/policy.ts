import type { Campaign } from "../schemas/campaign.ts";
import { ACTIONS_PER_ROUND, MAP_SIZE, type ActionType, type MayorId } from "../schemas/game.ts";
import { actionsFor, ruleFor } from "../rules/actions.ts";
import { ACTION_LABELS, TILE_LABELS } from "../rules/labels.ts";
import { clampBar } from "./clamp.ts";
import { refuse, type StepResult } from "./refusal.ts";

export function actionsUsed(campaign: Campaign, mayor: MayorId): number {
  return campaign.actions.filter((a) => a.round === campaign.round && a.mayor === mayor).length;
}

export function tileTakenBy(campaign: Campaign, x: number, y: number): MayorId | null {
  return campaign.actions.find((a) => a.round === campaign.round && a.x === x && a.y === y)?.mayor ?? null;
}

/** What a mayor could do on a tile right now: every action of the tile type, with the reason when it is locked. */
export function tileOptions(campaign: Campaign, x: number, y: number): { action: ActionType; label: string; gate: number; allowed: boolean }[] {
  const tile = campaign.map.tiles[y * MAP_SIZE + x];
  if (!tile) return [];
  const free = tileTakenBy(campaign, x, y) === null;
  return actionsFor(tile.type, campaign.bars.research).map(({ rule, unlocked }) => ({
    action: rule.action,
    label: rule.label,
    gate: rule.gate,
    allowed: unlocked && free,
  }));
}

/** Checks and applies one tile action to a campaign that the caller owns (a fresh copy). */
export function act(campaign: Campaign, mayor: MayorId, x: number, y: number, action: ActionType): StepResult {
  if (campaign.phase !== "policy") return refuse("wrong_phase", "Tile actions are only possible in the policy phase.");
  if (actionsUsed(campaign, mayor) >= ACTIONS_PER_ROUND) {
    return refuse("no_actions_left", `You have used both of your ${ACTIONS_PER_ROUND} actions this round.`);
  }
  if (campaign.done.includes(mayor)) return refuse("already_done", "You have already finished this policy phase.");
  const tile = campaign.map.tiles[y * MAP_SIZE + x]!;
  const takenBy = tileTakenBy(campaign, x, y);
  if (takenBy !== null) {
    const who = campaign.settings.mayors.find((m) => m.id === takenBy)?.name ?? takenBy;
    return refuse("tile_taken", `The ${TILE_LABELS[tile.type]} at (${x},${y}) was already acted on this round by ${who}.`);
  }
  const rule = ruleFor(action, tile.type);
  if (!rule) {
    return refuse("action_not_allowed", `The ${TILE_LABELS[tile.type]} at (${x},${y}) does not allow "${ACTION_LABELS[action]}".`);
  }
  if (campaign.bars.research < rule.gate) {
    return refuse(
      "research_too_low",
      `To ${ACTION_LABELS[action]} the city needs research ${rule.gate}; it has ${campaign.bars.research}.`,
    );
  }
  campaign.map.tiles[y * MAP_SIZE + x] = { ...tile, type: rule.to, roundsInState: 0 };
  campaign.bars = {
    ecology: clampBar(campaign.bars.ecology + rule.delta.ecology),
    economy: clampBar(campaign.bars.economy + rule.delta.economy),
    research: clampBar(campaign.bars.research + rule.delta.research),
  };
  campaign.actions.push({ round: campaign.round, mayor, x, y, action, from: tile.type, to: rule.to });
  if (actionsUsed(campaign, mayor) >= ACTIONS_PER_ROUND) campaign.done.push(mayor);
  return { ok: true, campaign };
}
