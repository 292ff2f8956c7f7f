import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";

const digest = (secret: string) => createHash("sha256").update(secret, "utf8").digest();

/** The secret a request offers: `Authorization: Bearer <token>`, or the password of Basic auth (what a browser prompts for). */
function offered(header: string | undefined): string | null {
  const [scheme, value] = (header ?? "").split(" ", 2);
  if (scheme === "Bearer" && value) return value;
  if (scheme === "Basic" && value) {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return colon >= 0 ? decoded.slice(colon + 1) : null;
  }
  return null;
}

/**
 * Lets a request through only with the operators' token. Both sides are hashed before the constant-time compare, so
 * neither the content nor the length of the token leaks through timing; every refusal is the same 401, whatever was
 * wrong (no header, another scheme, a wrong token), and invites a browser to ask for it.
 */
export function adminOnly(token: string): RequestHandler {
  const expected = digest(token);
  return (req, res, next) => {
    const given = offered(req.header("authorization"));
    if (given !== null && timingSafeEqual(digest(given), expected)) {
      next();
      return;
    }
    res.status(401).set("WWW-Authenticate", 'Basic realm="Ecotopia operators", charset="UTF-8"').json({ error: "This page needs the operators' token." });
  };
}
