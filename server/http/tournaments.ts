import { Router } from "express";
import { z } from "zod";
import { TournamentSummary, TournamentView } from "../../common/schemas/tournament.ts";
import { tournamentStandings } from "../../common/tournament/standings.ts";
import type { TournamentStore } from "../persistence/TournamentStore.ts";
import { ListLimit, refuseBadJson, sendTyped } from "./typed-json.ts";

const TournamentId = z.uuid();

/** GET /tournaments (most recent first) and GET /tournaments/:id (the model and its standings). Mounted under /api. */
export function tournamentRoutes(tournaments: Pick<TournamentStore, "getTournament" | "listTournaments">): Router {
  const router = Router();
  router.get("/tournaments", async (req, res) => {
    sendTyped(res, z.array(TournamentSummary), await tournaments.listTournaments({ limit: ListLimit.parse(req.query.limit) }));
  });
  router.get("/tournaments/:id", async (req, res) => {
    const id = TournamentId.safeParse(req.params.id);
    if (!id.success) {
      res.status(400).json({ error: "A tournament id is a UUID." });
      return;
    }
    const tournament = await tournaments.getTournament(id.data);
    if (!tournament) {
      res.status(404).json({ error: "No such tournament." });
      return;
    }
    sendTyped(res, TournamentView, { tournament, standings: tournamentStandings(tournament) });
  });
  router.use(refuseBadJson);
  return router;
}
