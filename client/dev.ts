import { spawn } from "node:child_process";
import { createServer } from "vite";

/**
 * `npm run dev`: the game server (API, sockets, bots) on GAME_PORT and Vite's dev server with hot reload in front of
 * it; vite.config.ts forwards /api, /health, /matchmake and the game's sockets. Ctrl-C stops both.
 */
const gamePort = process.env.GAME_PORT ?? "2567";
const game = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
  stdio: "inherit",
  env: { ...process.env, PORT: gamePort },
});
const vite = await createServer({ configFile: "vite.config.ts" });
await vite.listen();
vite.printUrls();

const stop = async () => {
  game.kill("SIGTERM");
  await vite.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
game.once("exit", (code) => {
  console.error(`The game server stopped (exit code ${code}).`);
  void vite.close().then(() => process.exit(code ?? 1));
});
