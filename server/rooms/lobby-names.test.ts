import { describe, expect, it } from "vitest";
import { ClientMessages, JoinOptions } from "../../common/schemas/messages.ts";
import { Lobby } from "./lobby.ts";

const SECONDS = { policy: 60, speech: 90, reactions: 8 };

/** Joins as the room does: the options through their schema first, then the lobby. */
function joinAs(lobby: Lobby, session: string, options: object) {
  return lobby.join(session, JoinOptions.parse(options));
}

describe("names and colours as players type them", () => {
  it("takes a colour once, however it is capitalised", () => {
    const lobby = new Lobby(SECONDS);
    const ada = joinAs(lobby, "s-ada", { name: "Ada", color: "#E4572E" });
    expect(ada.color).toBe("#e4572e");
    const bo = joinAs(lobby, "s-bo", { name: "Bo", color: "#e4572E" });
    expect(bo.color).not.toBe("#e4572e");
    const profile = ClientMessages.profile.parse({ color: "#E4572E" });
    expect(lobby.setProfile(bo.mayor, profile)).toMatchObject({ ok: false, code: "color_taken" });
  });

  it("refuses names that show nothing or hide characters", () => {
    for (const name of ["\u200b", "   ", "\u0007\u0007", "Ada\u200b", "Ad\u202ea", "\u3164", "\t\n"]) {
      const joined = JoinOptions.safeParse({ name });
      expect(joined.success, JSON.stringify(name)).toBe(false);
      expect(ClientMessages.profile.safeParse({ name }).success, JSON.stringify(name)).toBe(false);
    }
    expect(JoinOptions.safeParse({ name: "\u200b" }).error?.issues[0]?.message).toMatch(/invisible/);
  });

  it("gives no second mayor a name that reads the same", () => {
    const lobby = new Lobby(SECONDS);
    const ada = joinAs(lobby, "s-ada", { name: "Ada" });
    const twin = joinAs(lobby, "s-twin", { name: "  ADA  " });
    const wide = joinAs(lobby, "s-wide", { name: "Ａｄａ" });
    expect(new Set([ada.name, twin.name, wide.name].map((n) => n.toLowerCase())).size).toBe(3);
    expect(lobby.setProfile(twin.mayor, ClientMessages.profile.parse({ name: "ada" }))).toMatchObject({ ok: false, code: "name_taken" });
    expect(lobby.setProfile(twin.mayor, ClientMessages.profile.parse({ name: "Ａｄａ" }))).toMatchObject({ ok: false, code: "name_taken" });
  });
});
