import type { Page } from "playwright-core";

/** This browser's guest identity as the page keeps it (client/net/identity.ts), or null before one is issued. */
export async function identityOf(page: Page): Promise<{ id: string; token: string; name: string } | null> {
  return JSON.parse((await page.evaluate(() => localStorage.getItem("ecotopia.identity"))) ?? "null") as { id: string; token: string; name: string } | null;
}
