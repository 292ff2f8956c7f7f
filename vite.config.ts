import { defineConfig } from "vite";

/** Where `npm run dev` runs the game server; Vite forwards the API and the game's sockets to it. */
const GAME_SERVER = `http://127.0.0.1:${process.env.GAME_PORT ?? 2567}`;

export default defineConfig({
  root: "client",
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      "/api": GAME_SERVER,
      "/health": GAME_SERVER,
      "/matchmake": GAME_SERVER,
      // Colyseus opens its socket at /<processId>/<roomId>; room ids are the 5-letter join codes.
      "^/[\\w-]+/[A-Z]{5}(\\?.*)?$": { target: GAME_SERVER, ws: true },
    },
  },
});
