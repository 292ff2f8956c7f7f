import type { ServerOptions } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import type { ServerConfig } from "./config.ts";

/**
 * Several processes behind one address share rooms through Redis: Colyseus's presence (seat reservations, room
 * calls, join-code locks) and driver (the room listing every process's matchmaker reads). None without REDIS_URL:
 * one process keeps everything in memory.
 */
export function scaleOutFromConfig(config: Pick<ServerConfig, "REDIS_URL" | "PUBLIC_ADDRESS">): Pick<ServerOptions, "presence" | "driver" | "publicAddress"> | undefined {
  if (!config.REDIS_URL) return undefined;
  return { presence: new RedisPresence(config.REDIS_URL), driver: new RedisDriver(config.REDIS_URL), publicAddress: config.PUBLIC_ADDRESS };
}
