import type { Campaign } from "../schemas/campaign.ts";
import { ACTIONS_PER_ROUND, type ActionType, type MayorId, type TileType } from "../schemas/game.ts";
import { ruleFor } from "../rules/actions.ts";
import { actionsUsed, tileOptions } from "../engine/policy.ts";
import { hashSeed, nextRandom } from "../engine/rng.ts";
import { barWeights, type Strategy } from "./strategy.ts";

export interface BotMove {
  x: number;
  y: number;
  action: ActionType;
}

interface Candidate extends BotMove {
  from: TileType;
  score: number;
}

function commitmentMatches(c: { actions: readonly ActionType[]; on?: readonly TileType[] | undefined }, action: ActionType, from: TileType) {
  return c.actions.includes(action) && (!c.on || c.on.length === 0 || c.on.includes(from));
}

/** Every legal move, scored for the strategy; honest mayors favour what they promised and shun what they forswore. */
export function scoreMoves(campaign: Campaign, mayor: MayorId, strategy: Strategy): Candidate[] {
  const weights = barWeights(strategy, campaign.bars);
  const own = campaign.promises.filter((p) => p.owner === mayor && p.status === "pending" && p.commitment);
  const honest = strategy !== "liar";
  let noise = hashSeed(`${campaign.settings.seed}:${campaign.round}:${mayor}`);
  const candidates: Candidate[] = [];
  for (const tile of campaign.map.tiles) {
    for (const option of tileOptions(campaign, tile.x, tile.y)) {
      if (!option.allowed) continue;
      const rule = ruleFor(option.action, tile.type)!;
      let score = weights.ecology * rule.delta.ecology + weights.economy * rule.delta.economy + weights.research * rule.delta.research;
      if (honest) {
        for (const p of own) {
          const c = p.commitment!;
          if (c.type === "do" && commitmentMatches(c, option.action, tile.type)) score += 20;
          if (c.type === "avoid" && commitmentMatches(c, option.action, tile.type)) score -= 100;
        }
      }
      const r = nextRandom(noise);
      noise = r.state;
      candidates.push({ x: tile.x, y: tile.y, action: option.action, from: tile.type, score: score + r.value * 2 });
    }
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/** The bot's moves for this policy phase: the best-scoring ones still worth doing, on different tiles. */
export function chooseMoves(campaign: Campaign, mayor: MayorId, strategy: Strategy): BotMove[] {
  const left = ACTIONS_PER_ROUND - actionsUsed(campaign, mayor);
  const moves: Candidate[] = [];
  for (const candidate of scoreMoves(campaign, mayor, strategy)) {
    if (moves.length >= left || candidate.score <= 0) break;
    if (moves.some((m) => m.x === candidate.x && m.y === candidate.y)) continue;
    moves.push(candidate);
  }
  return moves.map(({ x, y, action }) => ({ x, y, action }));
}
