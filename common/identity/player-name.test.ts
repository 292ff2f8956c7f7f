import { describe, expect, it } from "vitest";
import { PlayerName } from "../schemas/identity.ts";
import { cleanPlayerName, nameKey, PLAYER_NAME_MAX } from "./player-name.ts";

const reason = (raw: string) => {
  const cleaned = cleanPlayerName(raw);
  return cleaned.ok ? cleaned.name : cleaned.reason;
};

describe("cleanPlayerName", () => {
  it("trims, collapses whitespace and folds compatibility forms", () => {
    expect(reason("  Ana \t  Lúcia\u00a0 ")).toBe("Ana Lúcia");
    expect(reason("Ａｎａ")).toBe("Ana");
    expect(reason("Zoë 2")).toBe("Zoë 2");
    expect(reason("Алёна")).toBe("Алёна");
  });

  it("refuses names that show nothing or hide something", () => {
    expect(reason("   ")).toBe("empty");
    expect(reason("\u200b")).toBe("invisible_character");
    expect(reason("An\u200ba")).toBe("invisible_character");
    expect(reason("Ana\u202e")).toBe("invisible_character");
    expect(reason("\u3164")).toBe("invisible_character");
    expect(reason("A\u0000na")).toBe("invisible_character");
    expect(reason("q\u0301\u0302\u0303alg")).toBe("invisible_character");
    expect(reason("Ana\nBo")).toBe("Ana Bo");
    expect(reason("___")).toBe("no_letter");
  });

  it("refuses look-alikes and the discriminator's mark", () => {
    expect(reason("Аna")).toBe("mixed_scripts"); // a Cyrillic А before Latin letters
    expect(reason("Ana#3f2")).toBe("reserved_character");
  });

  it("counts characters, not UTF-16 units", () => {
    expect(reason("😀".repeat(PLAYER_NAME_MAX))).toBe("no_letter");
    expect(reason("é".repeat(PLAYER_NAME_MAX))).toBe("é".repeat(PLAYER_NAME_MAX));
    expect(reason("a".repeat(PLAYER_NAME_MAX + 1))).toBe("too_long");
  });

  it("gives equal keys to names that read the same", () => {
    expect(nameKey("ANA")).toBe(nameKey("ana"));
    expect(nameKey("Ａｎａ")).toBe(nameKey("ana"));
  });

  it("is the PlayerName schema's rule, with its sentence", () => {
    expect(PlayerName.parse("  Ana  ")).toBe("Ana");
    const refused = PlayerName.safeParse("\u200b");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/invisible/);
  });
});
