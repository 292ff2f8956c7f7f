import { describe } from "vitest";
import { FlakyProvider } from "./support/flaky-provider.ts";
import { liveServer } from "./support/server.ts";
import { campaignSuite } from "./suites/campaign.ts";
import { inputSuite } from "./suites/input.ts";
import { providersSuite } from "./suites/providers.ts";
import { roomsSuite } from "./suites/rooms.ts";

/**
 * End-to-end tests of the live server: real colyseus.js clients over WebSocket against `boot` with its embedded
 * Postgres. One server serves every suite (each boot of the embedded Postgres costs seconds of CPU); each suite
 * plays in rooms of its own. The provider answers like the local engine unless the providers suite breaks it.
 */
const provider = new FlakyProvider();
const live = liveServer({ provider });

describe("a full campaign", () => campaignSuite(live));
describe("rooms and seats", () => roomsSuite(live));
describe("bad input", () => inputSuite(live));
describe("a provider past its deadline or broken", () => providersSuite(live, provider));
