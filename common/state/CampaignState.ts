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
  /** The mayor who acted on the tile this round, or "". */
  @type("string") actedBy = "";
  /** The mayor whose action last changed the tile in any round (engine `tileOwners`), or "" for untouched tiles. */
  @type("string") owner = "";
  /** The round of that action; 0 for untouched tiles. */
  @type("uint8") ownerRound = 0;
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

export class PromiseState extends Schema {
  @type("string") id = "";
  @type("string") owner = "";
  @type("uint8") round = 0;
  @type("string") text = "";
  @type("string") kind = "";
  @type("string") domain = "";
  @type("string") target = "";
  @type("uint8") deadline = 0;
  @type("boolean") checkable = false;
  @type("string") status = "pending";
  @type("string") verdict = "";
  /** Later rounds in which the owner said it again. */
  @type(["uint8"]) repeated = new ArraySchema<number>();
  /** The id of the contradiction that broke it, or "". */
  @type("string") brokenBy = "";
}

export class ContradictionState extends Schema {
  @type("string") id = "";
  @type("string") owner = "";
  @type("uint8") round = 0;
  @type("string") description = "";
  @type("string") quote = "";
  @type("string") severity = "";
}

export class SettingsState extends Schema {
  @type("uint8") rounds = DEFAULT_ROUNDS;
  @type("uint16") policySeconds = 60;
  @type("uint16") speechSeconds = 90;
  @type("uint16") reactionsSeconds = 12;
  /** The host's choice: whether the campaign counts for ratings. */
  @type("boolean") rated = false;
}

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
  @type([PromiseState]) promises = new ArraySchema<PromiseState>();
  @type([ContradictionState]) contradictions = new ArraySchema<ContradictionState>();
  /** Who read the last resolved round: "local", a model provider, or "mixed". */
  @type("string") provider = "";
  @type("uint16") spectators = 0;
  @type("string") winner = "";
  @type("string") ending = "";
}
