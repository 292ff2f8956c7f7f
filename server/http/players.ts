import { Router, type Request } from "express";
import { z } from "zod";
import { playerLabels } from "../../common/identity/labels.ts";
import { showRating } from "../../common/rating/display.ts";
import { PlayerId } from "../../common/schemas/identity.ts";
import { IssuedIdentity, LeaderboardLine, NameRequest, PlayerProfile, PublicPlayer } from "../../common/schemas/players-api.ts";
import { issueIdentity, playerForToken } from "../identity/identity.ts";
import { bearerToken } from "../identity/tokens.ts";
import type { PlayerStore, StoredPlayer } from "../persistence/PlayerStore.ts";
import type { RateLimiter } from "../rooms/rate-limit.ts";
import { jsonBody, ListLimit, refuseBadJson, sendTyped } from "./typed-json.ts";

const PROFILE_ITEMS = 50;
const INVALID_TOKEN = { error: "This token is not valid." };

const publicPlayer = (p: StoredPlayer): PublicPlayer => ({ id: p.id, name: p.name, rating: showRating(p.skill, p.games) });

/** The first broken rule, in words, so a player reads why their input was refused. */
const firstIssue = (error: z.ZodError) => ({ error: error.issues[0]?.message ?? "Invalid input." });

export interface PlayerRoutesOptions {
  /** Identity creation per client address. */
  creationLimiter: RateLimiter;
  now?: () => number;
}

/**
 * POST /players (a new guest identity: the only answer that ever carries a token), PATCH /players/me (rename, with
 * `Authorization: Bearer <token>`), GET /leaderboard and GET /players/:id. Mounted under /api.
 */
export function playerRoutes(players: PlayerStore, { creationLimiter, now = Date.now }: PlayerRoutesOptions): Router {
  const router = Router();
  router.use(jsonBody);

  router.post("/players", async (req, res) => {
    if (!creationLimiter.allow(`identity ${req.ip}`, now())) {
      res.status(429).json({ error: "Too many new identities from this address; try again in a minute." });
      return;
    }
    const body = NameRequest.safeParse(req.body);
    if (!body.success) {
      res.status(400).json(firstIssue(body.error));
      return;
    }
    const { player, token } = await issueIdentity(players, body.data.name);
    sendTyped(res, IssuedIdentity, { player: publicPlayer(player), token }, 201);
  });

  const authenticated = (req: Request) => playerForToken(players, bearerToken(req.header("authorization")));

  router.patch("/players/me", async (req, res) => {
    const me = await authenticated(req);
    if (!me) {
      res.status(401).json(INVALID_TOKEN);
      return;
    }
    const body = NameRequest.safeParse(req.body);
    if (!body.success) {
      res.status(400).json(firstIssue(body.error));
      return;
    }
    const renamed = await players.rename(me.id, body.data.name);
    sendTyped(res, z.object({ player: PublicPlayer }).strict(), { player: publicPlayer(renamed ?? me) });
  });

  router.get("/leaderboard", async (req, res) => {
    const board = await players.leaderboard({ limit: ListLimit.parse(req.query.limit) });
    const labels = playerLabels(board);
    const ordinals = board.map((p) => showRating(p.skill, p.games).ordinal);
    // Players with equal ordinals share a place.
    const lines = board.map((p, i) => ({ place: ordinals.indexOf(ordinals[i]!) + 1, label: labels.get(p.id)!, player: publicPlayer(p) }));
    sendTyped(res, z.array(LeaderboardLine), lines);
  });

  router.get("/players/:id", async (req, res) => {
    const id = PlayerId.safeParse(req.params.id);
    if (!id.success) {
      res.status(400).json({ error: "A player id is p and 16 hex digits." });
      return;
    }
    const player = await players.getPlayer(id.data);
    if (!player) {
      res.status(404).json({ error: "No such player." });
      return;
    }
    const [ratingHistory, recentCampaigns] = await Promise.all([
      players.ratingHistory(id.data, { limit: PROFILE_ITEMS }),
      players.recentCampaigns(id.data, { limit: PROFILE_ITEMS }),
    ]);
    sendTyped(res, PlayerProfile, { player: publicPlayer(player), ratingHistory, recentCampaigns });
  });

  router.use(refuseBadJson);
  return router;
}
