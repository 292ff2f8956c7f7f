import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PlayerId, PlayerToken } from "../../common/schemas/identity.ts";
import { bearerToken, newIdentity, tokenDigest } from "./tokens.ts";

describe("identity tokens", () => {
  it("issues a valid id and token, different every time, with the token's SHA-256", () => {
    const one = newIdentity();
    const two = newIdentity();
    expect(PlayerId.parse(one.id)).toBe(one.id);
    expect(PlayerToken.parse(one.token)).toBe(one.token);
    expect(one.tokenHash).toEqual(createHash("sha256").update(one.token).digest());
    expect(one.tokenHash.toString("hex")).not.toContain(Buffer.from(one.token).toString("hex"));
    expect(two.id).not.toBe(one.id);
    expect(two.token).not.toBe(one.token);
  });

  it("reads a bearer header and nothing else", () => {
    const { token } = newIdentity();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(tokenDigest(bearerToken(`Bearer ${token}`)!)).toEqual(tokenDigest(token));
    for (const header of [undefined, "", token, `Basic ${token}`, `Bearer ${token}x`, `Bearer ${token} ${token}`, "Bearer short"]) {
      expect(bearerToken(header)).toBeNull();
    }
  });
});
