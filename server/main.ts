import { boot } from "./boot.ts";
import { loadConfig } from "./config.ts";
import { guardProcess } from "./process-guard.ts";

const config = loadConfig();
guardProcess((line) => console.error(line));
const server = await boot(config, { log: (line) => console.log(line) });
console.log(`Ecotopia Campaign is live on http://localhost:${server.port}`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
