import { describe, expect, it } from "vitest";
import { Lobby } from "./lobby.ts";

const SECONDS = { policy: 60, speech: 90, reactions: 8 };

/** Ada creates the room, Bo and Cy join: three humans in seats m1, m2, m3. */
function threeMayors(): Lobby {
  const lobby = new Lobby(SECONDS);
  for (const [session, name] of [["s-ada", "Ada"], ["s-bo", "Bo"], ["s-cy", "Cy"]] as const) lobby.join(session, { name });
  return lobby;
}

describe("Lobby: the host role", () => {
  it("goes to the first human, never to a bot", () => {
    const lobby = new Lobby(SECONDS);
    lobby.addBot("green");
    expect(lobby.host).toBeNull();
    lobby.join("s-ada", { name: "Ada" });
    expect(lobby.host).toBe("m2");
  });

  it("stands in with another mayor while the host reloads, and comes back to the host", () => {
    const lobby = threeMayors();
    lobby.dropped("m1");
    expect(lobby.host).toBe("m2");
    lobby.reconnected("m1", "s-ada-again");
    expect(lobby.host).toBe("m1");
  });

  it("comes back to the host even after the stand-in dropped too", () => {
    const lobby = threeMayors();
    lobby.dropped("m1");
    lobby.dropped("m2");
    expect(lobby.host).toBe("m3");
    lobby.reconnected("m2", "s-bo-again");
    expect(lobby.host, "the stand-in is no host by right").toBe("m3");
    lobby.reconnected("m1", "s-ada-again");
    expect(lobby.host).toBe("m1");
  });

  it("waits for the host when nobody is left to stand in", () => {
    const lobby = new Lobby(SECONDS);
    lobby.join("s-ada", { name: "Ada" });
    lobby.join("s-bo", { name: "Bo" });
    lobby.dropped("m1");
    lobby.dropped("m2");
    expect(lobby.host).toBeNull();
    lobby.reconnected("m2", "s-bo-again");
    expect(lobby.host).toBe("m2");
    lobby.reconnected("m1", "s-ada-again");
    expect(lobby.host).toBe("m1");
  });

  it("passes for good to the stand-in once the host is gone for good, in a campaign as in the lobby", () => {
    for (const inLobby of [false, true]) {
      const lobby = threeMayors();
      lobby.dropped("m1");
      lobby.gone("m1", inLobby);
      expect(lobby.host).toBe("m2");
      lobby.dropped("m2");
      lobby.reconnected("m2", "s-bo-again");
      expect(lobby.host, inLobby ? "in the lobby" : "in a campaign").toBe("m2");
    }
  });
});
