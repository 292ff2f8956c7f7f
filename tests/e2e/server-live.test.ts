import { describe } from "vitest";
import { FlakyProvider } from "./support/flaky-provider.ts";
import { liveServer } from "./support/server.ts";
import { campaignSuite } from "./suites/campaign.ts";
import { hostileSuite } from "./suites/hostile.ts";
import { inputSuite } from "./suites/input.ts";
import { providersSuite } from "./suites/providers.ts";
import { roomsSuite } from "./suites/rooms.ts";

/**
 * End-to-end tests of the live server: real colyseus.js clients over WebSocket against `boot` with its embedded
 * Postgres. One server serves every suite, since each boot of the embedded Postgres costs seconds of CPU.
 *
 * The first three suites play in private rooms of their own (the quick match is the only public lobby) and run at
 * the same time, each step by step: most of their time is spent waiting for phase timers. The providers suite
 * switches the one provider of the server, so it runs alone, after them; until then the provider answers like the
 * local engine.
 */
const provider = new FlakyProvider();
const live = liveServer({ provider });

describe.concurrent("a full campaign", () => campaignSuite(live));
describe.concurrent("rooms and seats", () => roomsSuite(live));
describe.concurrent("bad input", () => inputSuite(live));
describe.sequential("hostile packets", () => hostileSuite(live));
describe("a provider past its deadline or broken", () => providersSuite(live, provider));
