import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { serveClient, type ServedGame } from "../e2e/support/browser-server.ts";

/**
 * The client of an earlier commit, for a before-and-after in one bench run: its `client/`, `common/`, vite.config.ts
 * and tsconfig.json (for the decorators) from `git archive`, unpacked under the ignored test-results/ (so the bundle
 * resolves this checkout's packages; vite would not compile TypeScript under node_modules), built into a temporary
 * folder (outside any dot-folder: the server's static files refuse those) and served by this tree's server (`serveClient`, as
 * `serveGame` serves this tree's). The old client must speak this server's protocol, which holds while only drawing
 * changed.
 */
export async function serveClientOf(ref: string): Promise<ServedGame> {
  const cache = resolve("test-results");
  await mkdir(cache, { recursive: true });
  const work = await mkdtemp(join(cache, "bench-client-"));
  const clientDir = await mkdtemp(join(tmpdir(), "ecotopia-baseline-client-"));
  const cleanUp = () => Promise.all([rm(work, { recursive: true, force: true }), rm(clientDir, { recursive: true, force: true })]);
  try {
    const archive = execFileSync("git", ["archive", "--format=tar", ref, "client", "common", "vite.config.ts", "tsconfig.json"], { maxBuffer: 256 * 1024 * 1024 });
    execFileSync("tar", ["-x", "-C", work], { input: archive });
    await build({
      configFile: join(work, "vite.config.ts"),
      root: join(work, "client"),
      logLevel: "warn",
      build: { outDir: clientDir, emptyOutDir: true },
    });
    return await serveClient(clientDir, cleanUp);
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
