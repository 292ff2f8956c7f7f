import { ArraySchema, Decoder, Encoder } from "@colyseus/schema";
import { describe, expect, it } from "vitest";
import { CampaignState, CitizenState, MayorState, TileState } from "../../common/state/CampaignState.ts";
import { bindCampaign, type StateSource } from "./bindings.ts";
import type { CampaignView } from "./view-model.ts";

/** A server state and a client decoder wired like a room: every `sync()` sends one patch, then fires the state signal. */
function wire(clockOffsetMs = 0) {
  const server = new CampaignState();
  const encoder = new Encoder(server);
  const decoder = new Decoder(new CampaignState());
  const views: CampaignView[] = [];
  decoder.decode(encoder.encodeAll());
  encoder.discardChanges();
  const listeners = new Set<(state: CampaignState) => void>();
  const onStateChange = Object.assign((listener: (state: CampaignState) => void) => listeners.add(listener), {
    remove: (listener: (state: CampaignState) => void) => listeners.delete(listener),
  });
  const room: StateSource = { state: decoder.state, onStateChange };
  const unbind = bindCampaign(room, (view) => views.push(view), () => clockOffsetMs);
  const sync = async () => {
    decoder.decode(encoder.encode());
    encoder.discardChanges();
    for (const listener of listeners) listener(decoder.state);
    return views.at(-1)!;
  };
  return { server, sync, views, unbind };
}

describe("bindCampaign", () => {
  it("takes one snapshot of the lobby with mayors in seat order", async () => {
    const { server, sync } = wire();
    server.code = "ABCDE";
    server.mayors.set("m2", new MayorState().assign({ id: "m2", name: "Bo", seat: 2, color: "#17bebb" }));
    server.mayors.set("m1", new MayorState().assign({ id: "m1", name: "Ada", seat: 1, ready: true }));
    server.hostId = "m1";
    const view = await sync();
    expect(view.code).toBe("ABCDE");
    expect(view.phase).toBe("lobby");
    expect(view.mayors.map((m) => m.name)).toEqual(["Ada", "Bo"]);
    expect(view.mayors[0]!.ready).toBe(true);
    expect(view.hostId).toBe("m1");
  });

  it("follows field changes on mayors, settings and bars, and removals", async () => {
    const { server, sync } = wire();
    server.mayors.set("m1", new MayorState().assign({ id: "m1", name: "Ada", seat: 1 }));
    server.mayors.set("m2", new MayorState().assign({ id: "m2", name: "Bo", seat: 2 }));
    await sync();
    server.mayors.get("m1")!.ready = true;
    server.settings.rounds = 3;
    server.bars.assign({ ecology: 45, economy: 65, research: 5 });
    let view = await sync();
    expect(view.mayors[0]!.ready).toBe(true);
    expect(view.settings.rounds).toBe(3);
    expect(view.bars).toEqual({ ecology: 45, economy: 65, research: 5 });
    server.mayors.delete("m2");
    view = await sync();
    expect(view.mayors.map((m) => m.id)).toEqual(["m1"]);
  });

  it("keeps following tiles and citizens after the server replaces their arrays", async () => {
    const { server, sync } = wire();
    server.phase = "policy";
    server.round = 1;
    server.tiles = new ArraySchema(...Array.from({ length: 100 }, () => new TileState().assign({ type: "WASTELAND" })));
    server.citizens = new ArraySchema(new CitizenState().assign({ name: "Karl", role: "Factory worker", bloc: 14 }));
    server.citizens[0]!.approval.set("m1", 60);
    let view = await sync();
    expect(view.tiles).toHaveLength(100);
    expect(view.citizens[0]!.approval).toEqual({ m1: 60 });

    server.tiles[23]!.assign({ type: "HEALTHY_FOREST", actedBy: "m1" });
    server.citizens[0]!.approval.set("m1", 64);
    view = await sync();
    expect(view.tiles[23]).toEqual({ x: 3, y: 2, type: "HEALTHY_FOREST", actedBy: "m1" });
    expect(view.citizens[0]!.approval.m1).toBe(64);

    server.citizens = new ArraySchema(
      new CitizenState().assign({ name: "Karl", bloc: 14 }),
      new CitizenState().assign({ name: "Ines", kind: "dynamic", remainingRounds: 3, linkedMayor: "m1" }),
    );
    server.citizens[1]!.approval.set("m1", 70);
    view = await sync();
    expect(view.citizens.map((c) => c.name)).toEqual(["Karl", "Ines"]);
    server.citizens[1]!.approval.set("m1", 55);
    view = await sync();
    expect(view.citizens[1]).toMatchObject({ kind: "dynamic", remainingRounds: 3, approval: { m1: 55 } });
  });

  it("coalesces one patch into one view and stops after unbinding", async () => {
    const { server, sync, views, unbind } = wire();
    const before = views.length;
    server.phase = "speech";
    server.round = 2;
    server.phaseEndsAt = 1234;
    server.mayors.set("m1", new MayorState().assign({ id: "m1", seat: 1 }));
    await sync();
    expect(views.length).toBe(before + 1);
    unbind();
    server.phase = "resolving";
    await sync();
    expect(views.length).toBe(before + 1);
  });

  it("moves the phase deadline to this device's clock", async () => {
    const { server, sync } = wire(5000);
    server.phaseEndsAt = 100_000;
    server.phaseDurationMs = 60_000;
    expect((await sync()).phaseEndsAt).toBe(95_000);
    server.phaseEndsAt = 0;
    expect((await sync()).phaseEndsAt).toBe(0);
  });
});
