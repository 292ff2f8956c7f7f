import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openBareRoom } from "./bare-room.ts";
import { openGameRoom } from "./game-room.ts";
import { countRoomBytes, Samples } from "./meter.ts";
import { ramp, type LevelResult, type RampOptions } from "./ramp.ts";
import { CAN_PIN, pinSelf } from "./server-process.ts";
import { printReport } from "./report.ts";
import { DEFAULT_PHASE_SECONDS } from "../../../common/schemas/messages.ts";
import { weighRounds, type RoundWeight } from "./state-probe.ts";

const USAGE = `npm run bench:load -- [--quick] [--levels 5,10,20] [--spectators 2] [--window-s 20] [--phases short|default] [--database-url URL]
Steps rooms up (6 bench mayors + spectators each) against one server process on one core, for a bare Colyseus
room and for the game, and prints the figures side by side. --quick takes about two minutes, the full run at most ten.
The game plays short phases (10/15/3 s) by default, its stress case; --phases default plays the server's default
phase times at one level (10 rooms unless --levels says otherwise), measured over one whole round (about 3 minutes),
for the bytes a client receives per second in an ordinary game. The game stores into its embedded database (in a
worker thread of the pinned process) unless --database-url names a PostgreSQL server, which then runs outside it.`;

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    levels: { type: "string" },
    spectators: { type: "string", default: "2" },
    "window-s": { type: "string" },
    phases: { type: "string", default: "short" },
    "database-url": { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const quick = values.quick;
if (values.phases !== "short" && values.phases !== "default") {
  console.error(`--phases is short or default.\n${USAGE}`);
  process.exit(2);
}
const phases = values.phases;
const seconds = phases === "short" ? { policy: 10, speech: 15, reactions: 3 } : DEFAULT_PHASE_SECONDS;
/** One whole round at default phase times, resolving included: each room's traffic repeats with that period. */
const roundMs = (seconds.policy + seconds.speech + seconds.reactions) * 1000 + 2000;
const levels = (values.levels ?? (phases === "default" ? "10" : quick ? "5,10,20,40" : "5,10,20,40,80,120,160")).split(",").map(Number);
const spectators = Number(values.spectators);
if (levels.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(spectators) || spectators < 0 || spectators > 40) {
  console.error(`Bad flags.\n${USAGE}`);
  process.exit(2);
}
const windowS = values["window-s"] ? Number(values["window-s"]) : null;
if (windowS !== null && !(windowS >= 2 && windowS <= 120)) {
  console.error(`--window-s must be between 2 and 120.\n${USAGE}`);
  process.exit(2);
}

/** Every bench client comes from one loopback address: the per-address limits are set out of the bench's reach. */
const ONE_ADDRESS = {
  CONNECTIONS_PER_ADDRESS: "100000",
  ROOMS_PER_ADDRESS_PER_MINUTE: "100000",
  CODE_MISSES_PER_ADDRESS_PER_MINUTE: "100000",
  OPEN_RESERVATIONS_PER_ADDRESS: "100000",
};

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const log = (line: string) => console.log(line);
const base = (windowMs: number, budgetMs: number): RampOptions => ({ levels, spectators, warmMs: 3000, windowMs: windowS ? windowS * 1000 : windowMs, budgetMs, log });
/** At short phases a window of 30 s holds one whole round (10 + 15 + 3 s and its resolving), enough for 160 rooms in the budget. */
const gameWindow = phases === "default" ? { windowMs: roundMs, budgetMs: roundMs + 240_000 } : { windowMs: quick ? 20_000 : 30_000, budgetMs: quick ? 80_000 : 360_000 };

countRoomBytes();
log(CAN_PIN && pinSelf(1) ? "server pinned to core 0 (taskset), this driver to core 1" : "taskset is missing: the server and the driver share the machine's cores");

const bare = await ramp(
  { name: "bare", entry: here("./bare-server.ts"), env: {}, open: (endpoint, latency) => openBareRoom(endpoint, spectators, latency) },
  base(quick ? 8000 : 20_000, quick ? 50_000 : 240_000),
);

const dataDir = mkdtempSync(join(tmpdir(), "ecotopia-load-"));
const resolving = new Samples();
let weights: RoundWeight[] = [];
let game: LevelResult[];
try {
  game = await ramp(
    {
      name: "game",
      entry: here("../../../server/main.ts"),
      env: {
        ...(values["database-url"] ? { DATABASE_URL: values["database-url"] } : { DATA_DIR: dataDir }),
        POLICY_SECONDS: String(seconds.policy),
        SPEECH_SECONDS: String(seconds.speech),
        REACTIONS_SECONDS: String(seconds.reactions),
        CLIENT_DIR: join(dataDir, "no-client"),
        ...ONE_ADDRESS,
      },
      open: (endpoint, latency) => openGameRoom(endpoint, spectators, { latency, resolving }),
      prepare: async (endpoint) => {
        weights = await weighRounds(endpoint);
      },
    },
    base(gameWindow.windowMs, gameWindow.budgetMs),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
printReport({ bare, game, weights, resolving, spectators, phases: seconds, log });
process.exit(0);
