import { Schema, type } from "@colyseus/schema";

/** The tournament room's synced state: a few public headline facts (see common/schemas/tournament-room.ts). */
export class TournamentState extends Schema {
  @type("string") code = "";
  @type("string") status = "registration";
  /** The tournament round in play or last played; 0 before the start. */
  @type("uint8") round = 0;
  /** The host's public player id (never a token). */
  @type("string") hostId = "";
  @type("uint8") registered = 0;
}
