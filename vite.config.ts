import { gzipSync } from "node:zlib";
import { defineConfig, type Plugin } from "vite";

/** Where `npm run dev` runs the game server; Vite forwards the API and the game's sockets to it. */
const GAME_SERVER = `http://127.0.0.1:${process.env.GAME_PORT ?? 2567}`;

/** The most the first load may weigh, gzipped: the entry chunk with every chunk it imports statically, and its CSS. */
const MAIN_BUNDLE_LIMIT_KB = 400;

/** Prints the gzip size of what a browser loads before the first screen, and fails the build past the limit. */
function mainBundleSize(): Plugin {
  return {
    name: "main-bundle-size",
    apply: "build",
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((item) => item.type === "chunk" && item.isEntry);
      if (!entry || entry.type !== "chunk") return;
      const files = new Set<string>();
      const visit = (name: string) => {
        const item = bundle[name];
        if (!item || files.has(name)) return;
        files.add(name);
        if (item.type === "chunk") {
          item.imports.forEach(visit);
          item.viteMetadata?.importedCss.forEach(visit);
        }
      };
      visit(entry.fileName);
      let raw = 0;
      let gzip = 0;
      for (const name of files) {
        const item = bundle[name]!;
        const bytes = Buffer.from(item.type === "chunk" ? item.code : item.source);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
      const kb = (n: number) => (n / 1024).toFixed(1);
      const line = `main bundle: ${files.size} files, ${kb(raw)} KB, ${kb(gzip)} KB gzip (limit ${MAIN_BUNDLE_LIMIT_KB} KB gzip)`;
      if (gzip > MAIN_BUNDLE_LIMIT_KB * 1024) this.error(line);
      console.log(line);
    },
  };
}

export default defineConfig({
  root: "client",
  plugins: [mainBundleSize()],
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
