import { describe, expect, it } from "vitest";
import { loadConfig, partDeadlineMs } from "./config.ts";

describe("server configuration", () => {
  it("refuses a model call timeout that could never fire before the resolving part's deadline", () => {
    const env = { MODEL_PROVIDER: "mistral", MISTRAL_API_KEY: "k", RESOLVE_DEADLINE_MS: "8000" };
    expect(() => loadConfig({ ...env, MISTRAL_CALL_TIMEOUT_MS: "4000" })).toThrow(/MISTRAL_CALL_TIMEOUT_MS: must be below half of RESOLVE_DEADLINE_MS/);
    expect(loadConfig({ ...env, MISTRAL_CALL_TIMEOUT_MS: "3999" }).MISTRAL_CALL_TIMEOUT_MS).toBe(3999);
  });

  it("the defaults pass their own checks", () => {
    const config = loadConfig({ MODEL_PROVIDER: "mistral", MISTRAL_API_KEY: "k" });
    expect(config.MISTRAL_CALL_TIMEOUT_MS).toBeLessThan(partDeadlineMs(config));
  });

  it("scales out only with a public address and a shared database, and takes an address without a scheme", () => {
    const redis = { REDIS_URL: "redis://127.0.0.1:6379" };
    expect(() => loadConfig(redis)).toThrow(/PUBLIC_ADDRESS: is needed with REDIS_URL/);
    expect(() => loadConfig({ ...redis, PUBLIC_ADDRESS: "game-1.example.org" })).toThrow(/DATABASE_URL: is needed with REDIS_URL/);
    expect(() => loadConfig({ PUBLIC_ADDRESS: "wss://game-1.example.org" })).toThrow(/PUBLIC_ADDRESS: must be host\[:port\]\[\/path\], without a scheme/);
    const config = loadConfig({ ...redis, PUBLIC_ADDRESS: "play.example.org/p1", DATABASE_URL: "postgres://db.internal/ecotopia" });
    expect(config).toMatchObject({ REDIS_URL: "redis://127.0.0.1:6379", PUBLIC_ADDRESS: "play.example.org/p1" });
    expect(loadConfig({ REDIS_URL: "", PUBLIC_ADDRESS: "" })).toMatchObject({ REDIS_URL: undefined, PUBLIC_ADDRESS: undefined });
  });

  it("names the variable and the reason for a bad value", () => {
    expect(() => loadConfig({ PORT: "seventy" })).toThrow(/Invalid configuration: PORT: /);
  });

  it("takes an admin token only when it is long enough, and no token (or an empty one) means no monitor", () => {
    expect(loadConfig({}).ADMIN_TOKEN).toBeUndefined();
    expect(loadConfig({ ADMIN_TOKEN: "" }).ADMIN_TOKEN).toBeUndefined();
    expect(() => loadConfig({ ADMIN_TOKEN: "short" })).toThrow(/ADMIN_TOKEN: must be at least 16 characters/);
    expect(loadConfig({ ADMIN_TOKEN: "a-long-enough-admin-secret" }).ADMIN_TOKEN).toBe("a-long-enough-admin-secret");
  });

  it("reads the per-address limits as positive whole numbers", () => {
    expect(loadConfig({ CODE_MISSES_PER_ADDRESS_PER_MINUTE: "3" }).CODE_MISSES_PER_ADDRESS_PER_MINUTE).toBe(3);
    expect(() => loadConfig({ CONNECTIONS_PER_ADDRESS: "0" })).toThrow(/CONNECTIONS_PER_ADDRESS/);
    expect(() => loadConfig({ SEAT_RESERVATION_SECONDS: "120" })).toThrow(/SEAT_RESERVATION_SECONDS/);
  });
});
