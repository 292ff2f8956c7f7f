import { ArraySchema, MapSchema, Schema, type } from "@colyseus/schema";
import { DEFAULT_ROUNDS } from "../schemas/game.ts";

/** A seat at the campaign: public facts only. */
export class MayorState extends Schema {
  @type("string") id = "";
  @type("string") name = "";
  @type("string") color = "#888888";
  @type("uint8") seat = 0;
  @type("boolean") ready = false;
  @type("boolean") connected = true;
  @type("boolean") isBot = false;
  @type("string") strategy = "";
  /** The public id of the identity holding the seat (a link to its profile), or "" for a bot or a guest. Never its token. */
  @type("string") player = "";
  /** Done with the current policy or speech phase. */
  @type("boolean") done = false;
  @type("uint8") actionsLeft = 0;
  /** Whether a speech was given this round; the text itself stays off the state until the reveal. */
  @type("boolean") spoke = false;
  @type("uint8") kept = 0;
  @type("uint8") broken = 0;
  /** The votes this mayor would get if the election were held now (projectElection), for the live coverage. */
  @type("uint16") projectedVotes = 0;
}

export class TileState extends Schema {
  @type("string") type = "";
  /** The mayor who acted on the tile this round, or "". A tile's earlier story is in the rounds' messages. */
  @type("string") actedBy = "";
}

export class BarsState extends Schema {
  @type("uint8") ecology = 0;
  @type("uint8") economy = 0;
  @type("uint8") research = 0;
}

export class CitizenState extends Schema {
  @type("string") name = "";
  @type("string") role = "";
  @type("string") personality = "";
  @type("string") kind = "core";
  @type("uint8") bloc = 1;
  @type("string") linkedMayor = "";
  /** Rounds left for a dynamic citizen; -1 for core citizens. */
  @type("int8") remainingRounds = -1;
  @type({ map: "uint8" }) approval = new MapSchema<number>();
}

export class SettingsState extends Schema {
  @type("uint8") rounds = DEFAULT_ROUNDS;
  @type("uint16") policySeconds = 60;
  @type("uint16") speechSeconds = 90;
  @type("uint16") reactionsSeconds = 12;
  /** The host's choice: whether the campaign counts for ratings. */
  @type("boolean") rated = false;
}

/**
 * What the current screen needs, kept small (the schema encoder's buffer is 8 KB): history such as the promise ledger
 * or past rounds travels once, in the rounds' messages, and the client rebuilds it from them.
 */
export class CampaignState extends Schema {
  @type("string") code = "";
  @type("boolean") isPrivate = false;
  /** lobby, policy, speech, resolving, reactions or ended. */
  @type("string") phase = "lobby";
  @type("uint8") round = 0;
  /** Server time (ms since epoch) when the phase ends, and its length, for the countdown bar. */
  @type("float64") phaseEndsAt = 0;
  @type("uint32") phaseDurationMs = 0;
  @type("string") hostId = "";
  @type(SettingsState) settings = new SettingsState();
  @type({ map: MayorState }) mayors = new MapSchema<MayorState>();
  @type([TileState]) tiles = new ArraySchema<TileState>();
  @type(BarsState) bars = new BarsState();
  @type([CitizenState]) citizens = new ArraySchema<CitizenState>();
  /** Who read the last resolved round: "local", a model provider, or "mixed". */
  @type("string") provider = "";
  @type("uint16") spectators = 0;
  @type("string") winner = "";
  @type("string") ending = "";
}
