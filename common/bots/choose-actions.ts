import type { Campaign } from "../schemas/campaign.ts";
import { ACTIONS_PER_ROUND, type ActionType, type MayorId, type TileType } from "../schemas/game.ts";
import { ruleFor } from "../rules/actions.ts";
import { RESEARCH_PER_CENTER_PER_ROUND } from "../rules/constants.ts";
import { passiveTick } from "../rules/pollution.ts";
import { actionsUsed, tileOptions } from "../engine/policy.ts";
import { hashSeed, nextRandom } from "../rules/rng.ts";
import { barWeights, refuses, researchGoal } from "./strategy.ts";
import { type Strategy } from "../schemas/strategy.ts";

export interface BotMove {
  x: number;
  y: number;
  action: ActionType;
}

interface Candidate extends BotMove {
  from: TileType;
  score: number;
  /** The owner's open "do" promises this move would count towards. */
  keeps: readonly string[];
}

/** What an open promise is worth to act on: enough to outweigh most of a strategy's own preferences. */
const PROMISE_PULL = 40;

function commitmentMatches(c: { actions: readonly ActionType[]; on?: readonly TileType[] | undefined }, action: ActionType, from: TileType) {
  return c.actions.includes(action) && (!c.on || c.on.length === 0 || c.on.includes(from));
}

/**
 * The research points a move is worth to the strategy: a research centre adds its one-off points and its growth
 * until the final round's policy phase, but only up to what is still missing for the strategy's goal by then
 * (counting the centres already standing), so nobody builds labs for a gate that is reached anyway.
 */
function usefulResearch(campaign: Campaign, strategy: Strategy, gain: number, growsResearch: boolean): number {
  const ticksLeft = campaign.settings.rounds - campaign.round;
  const centres = campaign.map.tiles.filter((t) => t.type === "RESEARCH_CENTER").length;
  const missing = researchGoal(strategy) - (campaign.bars.research + centres * RESEARCH_PER_CENTER_PER_ROUND * ticksLeft);
  const total = gain + (growsResearch ? RESEARCH_PER_CENTER_PER_ROUND * ticksLeft : 0);
  return Math.max(0, Math.min(total, missing));
}

/**
 * Every legal move, scored for the strategy. Mayors favour what they promised; honest ones also shun what they
 * forswore, while the two-faced one keeps its small green pledges for show and ignores its vows.
 */
export function scoreMoves(campaign: Campaign, mayor: MayorId, strategy: Strategy): Candidate[] {
  // Bots weigh the bars as this round's passive changes will leave them, so they see a collapse coming.
  const tick = passiveTick(campaign.map).delta;
  const weights = barWeights(strategy, { ...campaign.bars, ecology: campaign.bars.ecology + tick.ecology, economy: campaign.bars.economy + tick.economy });
  const own = campaign.promises.filter((p) => p.owner === mayor && p.status === "pending" && p.commitment);
  const honest = strategy !== "liar";
  let noise = hashSeed(`${campaign.settings.seed}:${campaign.round}:${mayor}`);
  const candidates: Candidate[] = [];
  for (const tile of campaign.map.tiles) {
    for (const option of tileOptions(campaign, tile.x, tile.y)) {
      if (!option.allowed || refuses(strategy, option.action, tile.type)) continue;
      const rule = ruleFor(option.action, tile.type)!;
      const research = usefulResearch(campaign, strategy, rule.delta.research, rule.to === "RESEARCH_CENTER");
      let score = weights.ecology * rule.delta.ecology + weights.economy * rule.delta.economy + weights.research * research;
      const keeps: string[] = [];
      for (const p of own) {
        const c = p.commitment!;
        if (c.type === "do" && commitmentMatches(c, option.action, tile.type)) keeps.push(p.id);
        if (honest && c.type === "avoid" && commitmentMatches(c, option.action, tile.type)) score -= 100;
      }
      score += PROMISE_PULL * keeps.length;
      const r = nextRandom(noise);
      noise = r.state;
      // A little noise varies play between campaigns, but never makes a move worth doing that is not.
      candidates.push({ x: tile.x, y: tile.y, action: option.action, from: tile.type, score: score > 0 ? score + r.value * 2 : score, keeps });
    }
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/**
 * Actions a "do" promise still needs: its count less the owner's matching actions since it was made (this round's
 * included), so a promise kept by the first move no longer pulls the second.
 */
function stillNeeded(campaign: Campaign, mayor: MayorId): Map<string, number> {
  const need = new Map<string, number>();
  for (const p of campaign.promises) {
    const c = p.commitment;
    if (p.owner !== mayor || p.status !== "pending" || c?.type !== "do") continue;
    const done = campaign.actions.filter((a) => a.mayor === mayor && a.round > p.round && commitmentMatches(c, a.action, a.from)).length;
    need.set(p.id, c.count - done);
  }
  return need;
}

/**
 * The bot's moves for this policy phase: the best-scoring ones still worth doing, on different tiles. The balanced
 * mayor works on every front, so never does the same kind of action twice in a round.
 */
export function chooseMoves(campaign: Campaign, mayor: MayorId, strategy: Strategy): BotMove[] {
  const left = ACTIONS_PER_ROUND - actionsUsed(campaign, mayor);
  const need = stillNeeded(campaign, mayor);
  const worth = (c: Candidate) => c.score - PROMISE_PULL * c.keeps.filter((id) => (need.get(id) ?? 0) <= 0).length;
  let candidates = scoreMoves(campaign, mayor, strategy);
  const moves: Candidate[] = [];
  while (moves.length < left) {
    const best = candidates.reduce<Candidate | null>((top, c) => (top === null || worth(c) > worth(top) ? c : top), null);
    if (best === null || worth(best) <= 0) break;
    moves.push(best);
    for (const id of best.keeps) need.set(id, (need.get(id) ?? 0) - 1);
    candidates = candidates.filter(
      (c) => !(c.x === best.x && c.y === best.y) && !(strategy === "balanced" && c.action === best.action),
    );
  }
  return moves.map(({ x, y, action }) => ({ x, y, action }));
}
