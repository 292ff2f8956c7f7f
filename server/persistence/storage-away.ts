// postgres.js's own connection errors and the socket errors it passes on.
const CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "EAI_AGAIN",
]);

/**
 * Whether a storage error means the database cannot be reached right now (worth a 503 and a retry), as opposed to a
 * bug. SQLSTATE class 08 is a connection exception; 57P01–57P03 a server shutting down or starting; 53300 no free
 * connection.
 */
export function storageAway(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return false;
  return CONNECTION_CODES.has(code) || code.startsWith("08") || /^57P0[1-3]$/.test(code) || code === "53300";
}
