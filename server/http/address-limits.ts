import type { ServerConfig } from "../config.ts";
import { RateLimiter } from "../rooms/rate-limit.ts";

export interface AddressLimitSettings {
  connectionsPerAddress: number;
  roomsPerMinute: number;
  codeMissesPerMinute: number;
  openReservationsPerAddress: number;
  /** How long a reserved seat waits for its WebSocket (the rooms' seat reservation time). */
  reservationSeconds: number;
  /** Trusted reverse proxies in front of the server: where a request's client address is read (see clientAddress). */
  proxyHops: number;
}

/** How often the bookkeeping of addresses gone quiet is dropped. */
const SWEEP_MS = 60_000;

/**
 * The per-address budgets of the public endpoints: rooms created, join codes that matched nothing, seats reserved and
 * not taken, WebSocket connections open. Time comes from `now`, so tests can move it. Every address starts with a
 * full budget (a few rooms or typos at once) that refills over a minute.
 */
export class AddressLimits {
  private readonly rooms: RateLimiter;
  private readonly misses: RateLimiter;
  private readonly reservations = new Map<string, Map<string, number>>();
  private readonly connections = new Map<string, number>();
  private lastSweep: number;

  constructor(
    readonly settings: AddressLimitSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.rooms = new RateLimiter(settings.roomsPerMinute, settings.roomsPerMinute / 60);
    this.misses = new RateLimiter(settings.codeMissesPerMinute, settings.codeMissesPerMinute / 60);
    this.lastSweep = now();
  }

  /** Spends one room creation; false when the address has created its share for now. */
  createRoom(address: string): boolean {
    return this.rooms.allow(address, this.tick());
  }

  /** Whether the address may look up a code now: while it is out of misses every lookup waits, found or not. */
  mayLookUpCode(address: string): boolean {
    return this.misses.wouldAllow(address, this.tick());
  }

  codeMissed(address: string): void {
    this.misses.allow(address, this.tick());
  }

  /** Whether the address may reserve another seat: it holds fewer unused reservations than its share. */
  mayReserve(address: string): boolean {
    return this.openReservations(address).size < this.settings.openReservationsPerAddress;
  }

  reserved(address: string, sessionId: string): void {
    const open = this.openReservations(address);
    open.set(sessionId, this.now() + this.settings.reservationSeconds * 1000);
    this.reservations.set(address, open);
  }

  /** A WebSocket from the address arrived for this seat: the reservation is used. */
  taken(address: string, sessionId: string): void {
    this.reservations.get(address)?.delete(sessionId);
  }

  /** Counts a new connection; false (and nothing counted) when the address already holds its share. */
  openConnection(address: string): boolean {
    const open = this.connections.get(address) ?? 0;
    if (open >= this.settings.connectionsPerAddress) return false;
    this.connections.set(address, open + 1);
    return true;
  }

  closeConnection(address: string): void {
    const open = (this.connections.get(address) ?? 1) - 1;
    if (open > 0) this.connections.set(address, open);
    else this.connections.delete(address);
  }

  /** The unexpired, unused reservations of an address. */
  private openReservations(address: string): Map<string, number> {
    const open = this.reservations.get(address) ?? new Map<string, number>();
    const now = this.now();
    for (const [sessionId, expiresAt] of open) if (expiresAt <= now) open.delete(sessionId);
    return open;
  }

  private tick(): number {
    const now = this.now();
    if (now - this.lastSweep >= SWEEP_MS) {
      this.lastSweep = now;
      this.rooms.prune(now);
      this.misses.prune(now);
      for (const address of [...this.reservations.keys()]) if (this.openReservations(address).size === 0) this.reservations.delete(address);
    }
    return now;
  }
}

/** The limits the server's configuration sets. */
export function addressLimits(config: ServerConfig): AddressLimits {
  return new AddressLimits({
    connectionsPerAddress: config.CONNECTIONS_PER_ADDRESS,
    roomsPerMinute: config.ROOMS_PER_ADDRESS_PER_MINUTE,
    codeMissesPerMinute: config.CODE_MISSES_PER_ADDRESS_PER_MINUTE,
    openReservationsPerAddress: config.OPEN_RESERVATIONS_PER_ADDRESS,
    reservationSeconds: config.SEAT_RESERVATION_SECONDS,
    proxyHops: config.TRUSTED_PROXY_HOPS,
  });
}
