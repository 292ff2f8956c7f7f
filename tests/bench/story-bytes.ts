/**
 * What a late spectator's `story` weighs, packed as Colyseus 0.16 sends it, for a 6-mayor bot campaign that just
 * resolved round 7: the whole story as it was sent before (every round in full) and the story sent now (the latest
 * round in full, the earlier ones as digests), and what each part weighs. Prints figures, asserts nothing.
 * Run: node --import tsx tests/bench/story-bytes.ts
 */
import { publicStory } from "../../common/engine/view.ts";
import { botCampaignAfterRound } from "../fixtures/bot-campaign.ts";
import { packedBytes, partsOf, storyOnWire, wholeStoryOnWire } from "../support/story-bytes.ts";

const campaign = await botCampaignAfterRound(7);
const story = publicStory(campaign, "7b0c9a52-2f4e-4c39-9d0e-5a3f1b2c4d6e");
const before = wholeStoryOnWire(campaign, story);
const after = storyOnWire(story);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB (${n} B)`;
const table = (parts: Record<string, number>) => Object.entries(parts).map(([k, v]) => `  ${k.padEnd(22)} ${String(v).padStart(7)} B`).join("\n");

console.log(`6 mayors, round ${campaign.round} (${campaign.phase}), ${campaign.citizens.length} citizens, ${before.rounds.length} rounds resolved`);
console.log(`\nbefore: the whole story, ${kb(packedBytes(before))}; per round: ${before.rounds.map((r) => packedBytes(r)).join(", ")} B`);
console.log(table(partsOf(before.rounds)));
console.log(`\nnow: ${kb(packedBytes(after))}`);
console.log(`  latest round (full)    ${String(packedBytes(after.latest)).padStart(7)} B`);
console.log(`  earlier (${after.earlier.length} digests)    ${String(packedBytes(after.earlier)).padStart(7)} B`);
console.log(table(partsOf(after.earlier)));
