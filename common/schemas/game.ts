import { z } from "zod";

export const MAP_SIZE = 10;
export const MAX_MAYORS = 6;
export const MIN_MAYORS = 2;
export const MIN_ROUNDS = 3;
export const MAX_ROUNDS = 7;
export const DEFAULT_ROUNDS = 5;
export const SPEECH_MAX_CHARS = 1200;
export const ACTIONS_PER_ROUND = 2;
export const APPROVAL_DELTA_LIMIT = 15;

/** Order matters: it is the hex digit of the original's start.map format. */
export const TileType = z.enum([
  "HEALTHY_FOREST",
  "SICK_FOREST",
  "CLEAN_RIVER",
  "POLLUTED_RIVER",
  "FARMLAND",
  "DEAD_FARMLAND",
  "WASTELAND",
  "FACTORY",
  "CLEAN_FACTORY",
  "OIL_REFINERY",
  "COAL_PLANT",
  "CITY_INNER",
  "CITY_OUTER",
  "RESEARCH_CENTER",
  "SOLAR_FIELD",
  "FUSION_REACTOR",
]);
export type TileType = z.infer<typeof TileType>;

export const ActionType = z.enum([
  "DEMOLISH",
  "BUILD_RESEARCH_CENTER",
  "UPGRADE_CARBON_CAPTURE",
  "REPLACE_WITH_SOLAR",
  "PLANT_FOREST",
  "BUILD_FACTORY",
  "BUILD_SOLAR",
  "BUILD_FUSION",
  "CLEAR_FARMLAND",
]);
export type ActionType = z.infer<typeof ActionType>;

export const Coordinate = z.number().int().min(0).max(MAP_SIZE - 1);

export const Tile = z.object({
  x: Coordinate,
  y: Coordinate,
  type: TileType,
  /** Rounds since the tile last changed type; drives forest death and river healing. */
  roundsInState: z.number().int().min(0),
});
export type Tile = z.infer<typeof Tile>;

/** Row-major: the tile at (x, y) is tiles[y * MAP_SIZE + x]. */
export const CityMap = z.object({
  width: z.literal(MAP_SIZE),
  height: z.literal(MAP_SIZE),
  tiles: z.array(Tile).length(MAP_SIZE * MAP_SIZE),
});
export type CityMap = z.infer<typeof CityMap>;

export const BarValue = z.number().int().min(0).max(100);
export const Bars = z.object({ ecology: BarValue, economy: BarValue, research: BarValue });
export type Bars = z.infer<typeof Bars>;
export const BarName = z.enum(["ecology", "economy", "research"]);
export type BarName = z.infer<typeof BarName>;

export const MayorId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,23}$/, "a mayor id is 1–24 lowercase letters, digits, _ or -");
export type MayorId = z.infer<typeof MayorId>;

export const MayorName = z.string().trim().min(1).max(24);
export const MayorColor = z.string().regex(/^#[0-9a-f]{6}$/i, "a colour is #rrggbb");

export const Mayor = z.object({ id: MayorId, name: MayorName, color: MayorColor });
export type Mayor = z.infer<typeof Mayor>;

export const Domain = z.enum(["ecology", "economy", "research", "social"]);
export type Domain = z.infer<typeof Domain>;

export const Tone = z.enum(["angry", "hopeful", "sarcastic", "desperate", "grateful", "suspicious", "neutral"]);
export type Tone = z.infer<typeof Tone>;

export const Severity = z.enum(["low", "medium", "high"]);
export type Severity = z.infer<typeof Severity>;

export const Approval = z.number().int().min(0).max(100);
export const ApprovalDelta = z.number().int().min(-APPROVAL_DELTA_LIMIT).max(APPROVAL_DELTA_LIMIT);

export const CitizenName = z.string().trim().min(1).max(40);

export const Citizen = z.object({
  id: z.string(),
  name: CitizenName,
  role: z.string().min(1).max(60),
  age: z.number().int().min(16).max(100).nullable(),
  personality: z.string().min(1).max(400),
  kind: z.enum(["core", "dynamic"]),
  /** How many votes this citizen's bloc casts at the election. */
  bloc: z.number().int().min(1).max(30),
  /** Approval of each mayor, keyed by mayor id. */
  approval: z.record(MayorId, Approval),
  linkedMayor: MayorId.nullable(),
  /** Rounds left for a dynamic citizen; null for core citizens, who never leave. */
  remainingRounds: z.number().int().min(0).nullable(),
  arrivedRound: z.number().int().min(0),
});
export type Citizen = z.infer<typeof Citizen>;

/**
 * A checkable commitment the engine can verify from facts.
 * - do: the owner performs one of `actions` (optionally only on tiles of `on`) `count` times after the promise round,
 *   by the deadline (or by the end of the campaign).
 * - avoid: the owner never performs one of `actions` (on `on`) after the promise round, until the deadline or the end.
 * - reach: at the deadline (or the end), the city bar satisfies the comparison.
 */
export const Commitment = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("do"),
    actions: z.array(ActionType).min(1).max(9),
    on: z.array(TileType).max(16).optional(),
    count: z.number().int().min(1).max(14),
  }),
  z.object({
    type: z.literal("avoid"),
    actions: z.array(ActionType).min(1).max(9),
    on: z.array(TileType).max(16).optional(),
  }),
  z.object({
    type: z.literal("reach"),
    bar: BarName,
    comparison: z.enum(["atLeast", "atMost"]),
    value: BarValue,
  }),
]);
export type Commitment = z.infer<typeof Commitment>;

export const PromiseKind = z.enum(["explicit", "implicit"]);
export type PromiseKind = z.infer<typeof PromiseKind>;

export const PromiseStatus = z.enum(["pending", "kept", "broken"]);
export type PromiseStatus = z.infer<typeof PromiseStatus>;

export const PromiseRecord = z.object({
  id: z.string(),
  owner: MayorId,
  round: z.number().int().min(1),
  text: z.string().min(1).max(500),
  kind: PromiseKind,
  domain: Domain,
  confidence: z.number().min(0).max(1),
  targetCitizen: CitizenName.nullable(),
  deadlineRound: z.number().int().min(1).nullable(),
  commitment: Commitment.optional(),
  status: PromiseStatus,
  /** The round in which the status became kept or broken. */
  resolvedRound: z.number().int().min(1).nullable(),
  /** Why the engine decided, in words a player can read. */
  verdict: z.string().max(300).nullable(),
  /** Later rounds in which its owner made the same promise again: a repeat is merged into it and judged once. */
  repeatedRounds: z.array(z.number().int().min(1)).max(7).optional(),
  /** The contradiction recorded against the owner's own deed that broke it, when one was. */
  contradictionId: z.string().optional(),
});
export type PromiseRecord = z.infer<typeof PromiseRecord>;

/** What a contradiction contradicts: an action on the map or an earlier promise of the same mayor. */
export const ContradictionTarget = z.discriminatedUnion("type", [
  z.object({ type: z.literal("action"), round: z.number().int().min(1), action: ActionType, x: Coordinate, y: Coordinate }),
  z.object({ type: z.literal("promise"), promiseId: z.string().min(1).max(40) }),
]);
export type ContradictionTarget = z.infer<typeof ContradictionTarget>;

/** A contradiction as a model states it; the ledger adds who and when. */
export const ContradictionClaim = z.object({
  description: z.string().min(1).max(300),
  speechQuote: z.string().min(1).max(300),
  contradicts: ContradictionTarget,
  severity: Severity,
});

export const Contradiction = ContradictionClaim.extend({ id: z.string(), owner: MayorId, round: z.number().int().min(1) });
export type Contradiction = z.infer<typeof Contradiction>;

export const ActionRecord = z.object({
  round: z.number().int().min(1),
  mayor: MayorId,
  x: Coordinate,
  y: Coordinate,
  action: ActionType,
  from: TileType,
  to: TileType,
});
export type ActionRecord = z.infer<typeof ActionRecord>;
