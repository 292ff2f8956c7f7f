import { localProvider } from "../../providers/local/local-provider.ts";
import { serveProvider } from "./serve-provider.ts";

/** The local engines in their own thread (`localWorkerProvider`): their regexes and citizens never run on the game's loop. */
serveProvider(localProvider);
