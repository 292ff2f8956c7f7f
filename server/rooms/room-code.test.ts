import { LocalDriver } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import { JOIN_CODE_LENGTH } from "../../common/schemas/messages.ts";
import { roomCode, uniqueRoomCode } from "./room-code.ts";

/** A matchmaker driver listing live rooms under `codes`, as the server's own driver would. */
function driverWith(codes: readonly string[]): LocalDriver {
  const driver = new LocalDriver();
  for (const roomId of codes) driver.createInstance({ roomId, name: "campaign", clients: 0, maxClients: 46 }).save();
  return driver;
}

describe("room codes", () => {
  it("are letters that read unambiguously", () => {
    for (let i = 0; i < 200; i++) expect(roomCode()).toMatch(new RegExp(`^[A-HJ-NP-Z]{${JOIN_CODE_LENGTH}}$`));
  });

  it("never repeat a live room's code: a drawn code already in use is drawn again", async () => {
    const driver = driverWith(["TAKEN", "OTHER"]);
    const draws = ["TAKEN", "OTHER", "TAKEN", "FRESH"];
    const code = await uniqueRoomCode((c) => driver.has(c), () => draws.shift()!);
    expect(code).toBe("FRESH");
    expect(draws).toEqual([]);
  });

  it("gives up with a clear error rather than reuse a code", async () => {
    const driver = driverWith(["TAKEN"]);
    await expect(uniqueRoomCode((c) => driver.has(c), () => "TAKEN")).rejects.toThrow(/no free room code/);
  });
});
