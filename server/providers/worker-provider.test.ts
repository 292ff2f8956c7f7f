import { afterAll, describe, expect, it } from "vitest";
import type { Campaign } from "../../common/schemas/campaign.ts";
import { extractionInputs } from "../../common/engine/model-inputs.ts";
import { localProvider } from "../../providers/local/local-provider.ts";
import type { Answer } from "../../providers/provider.ts";
import { resolveRound } from "../../providers/resolve-round.ts";
import { withFallback } from "../../providers/with-fallback.ts";
import { accept, newCampaign, toResolving } from "../../tests/fixtures/campaign.ts";
import { localWorkerProvider, workerProvider, type WorkerProvider } from "./worker-provider.ts";

const SPEECHES = [
  "Citizens, I will build a research centre on the old wasteland before round 3, and I will plant forests by the river.",
  "Mayor 2 promised you clean air and then built another factory; I will close the coal plant instead.",
  "Jobs matter to me: no layoffs at the factory while I am your mayor, and wages will follow the economy up.",
  "I will never demolish farmland. Karl, the farmers feed this city and they deserve a mayor who keeps her word.",
  "By round 4 ecology will be above fifty, and research will reach forty so that solar fields can replace the refinery.",
  "",
  "Trust deeds, not words: look at the map and see who planted and who cleared. I never promised a factory.",
];

/** Round `round`'s speeches for six mayors, different in each round; a mayor given "" says nothing. */
const speeches = (round: number) =>
  Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`m${i + 1}`, SPEECHES[(i + round * 2) % SPEECHES.length]!]).filter(([, text]) => text !== ""));

const started: WorkerProvider[] = [];
const start = (provider: WorkerProvider) => (started.push(provider), provider);
const unruly = () => start(workerProvider("local", new URL("../../tests/support/unruly-local.worker.ts", import.meta.url)));
afterAll(() => Promise.all(started.map((p) => p.close())));

describe("the local engines in a worker thread", () => {
  it("resolve every round byte for byte as the in-process engines do", async () => {
    const worker = start(localWorkerProvider());
    let c: Campaign = newCampaign({ mayorCount: 6, rounds: 4, seed: 7 });
    while (c.phase !== "ended") {
      c = toResolving(c, speeches(c.round));
      const inProcess = await resolveRound(c, localProvider);
      const threaded = await resolveRound(c, worker);
      expect(JSON.stringify(threaded.campaign)).toBe(JSON.stringify(inProcess.campaign));
      expect(Object.values(threaded.report.extraction).every((r) => r.provider === "local" && r.fallbackReason === undefined)).toBe(true);
      c = accept(inProcess.campaign, { type: "advance" });
    }
  });

  it("parses what comes back with the model contracts: an answer outside them is a failed answer", async () => {
    const answers = await unruly().extract(inputsFor("garbage"));
    expect(answers.m1).toMatchObject({ ok: false, error: expect.stringMatching(/^the local worker broke the contract/), report: { provider: "local" } });
  });

  it("a crash fails the calls the thread held, the fallback answers them, and the next call gets a fresh thread", async () => {
    const worker = unruly();
    const inputs = inputsFor("crash");
    const answers = await withFallback(worker, localProvider, 5000).extract(inputs);
    expect(answers.m1!.report.fallbackReason).toMatch(/^the local worker stopped \(exit code 3\)/);
    expect(values(answers)).toEqual(values(await localProvider.extract(inputs)));
    await expectAnswered(worker);
  });

  it("a thread stuck past the deadline: the fallback answers, the thread is replaced", async () => {
    const worker = unruly();
    await expectAnswered(worker);
    const inputs = inputsFor("hang");
    const answers = await withFallback(worker, localProvider, 300).extract(inputs);
    expect(answers.m1!.report.fallbackReason).toBe("no answer within 300 ms");
    expect(values(answers)).toEqual(values(await localProvider.extract(inputs)));
    await expectAnswered(worker);
  });
});

/** Round 1's inputs where m1 says `speech` and m2 makes promises. */
function inputsFor(speech: string) {
  return extractionInputs(toResolving(newCampaign({ mayorCount: 2, seed: 3 }), { m1: speech, m2: SPEECHES[0]! }));
}

const values = (answers: Record<string, Answer<unknown>>) => Object.fromEntries(Object.entries(answers).map(([mayor, a]) => [mayor, a.ok ? a.value : a.error]));

/** The worker itself answers m2's promises as the in-process engine does. */
async function expectAnswered(worker: WorkerProvider): Promise<void> {
  const { m2 } = inputsFor("Thank you all.");
  const [threaded, inProcess] = [await worker.extract({ m2: m2! }), await localProvider.extract({ m2: m2! })];
  expect(threaded.m2!.report.fallbackReason).toBeUndefined();
  expect(values(threaded)).toEqual(values(inProcess));
  expect(values(inProcess).m2).toMatchObject({ promises: expect.arrayContaining([expect.objectContaining({ domain: "ecology" })]) });
}
