import { ArraySchema, MapSchema, Schema, type } from "@colyseus/schema";

/**
 * The baseline: a bare Colyseus 0.16 room shaped like a campaign (six seats, a 10×10 map, a dozen citizens with an
 * approval per seat, three bars) whose only logic is one tile action. Everything the game adds is measured against it.
 */
export class BarePlayer extends Schema {
  @type("string") id = "";
  @type("string") name = "";
  @type("string") color = "#888888";
  @type("uint8") seat = 0;
  @type("boolean") connected = true;
  @type("uint16") actions = 0;
}

export class BareTile extends Schema {
  @type("string") type = "WASTELAND";
  @type("string") actedBy = "";
}

export class BareCitizen extends Schema {
  @type("string") name = "";
  @type("string") role = "";
  @type("uint8") bloc = 1;
  @type({ map: "uint8" }) approval = new MapSchema<number>();
}

class BareBars extends Schema {
  @type("uint8") ecology = 45;
  @type("uint8") economy = 65;
  @type("uint8") research = 5;
}

export class BareState extends Schema {
  @type("string") phase = "policy";
  @type("uint8") round = 1;
  @type({ map: BarePlayer }) players = new MapSchema<BarePlayer>();
  @type([BareTile]) tiles = new ArraySchema<BareTile>();
  @type(BareBars) bars = new BareBars();
  @type([BareCitizen]) citizens = new ArraySchema<BareCitizen>();
}
