import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CITIZENS_SYSTEM_PROMPT, EXTRACTION_SYSTEM_PROMPT } from "../prompts.ts";
import { reactCitizens } from "../local/citizens/react-citizens.ts";
import { extractSpeech } from "../local/extraction/index.ts";
import type { CitizensInput } from "../../common/schemas/contracts/citizens.ts";
import type { ExtractionInput } from "../../common/schemas/contracts/extraction.ts";

/**
 * How the mock answers one call:
 * - correct: the local engines' answer to the received input (so answers are realistic);
 * - invalid-json: prose that is not JSON;
 * - breaks-schema: JSON with values the contract refuses (unknown enums, a missing summary);
 * - out-of-range: a correct answer with numbers out of range (approvalDelta 40, initialApproval 150,
 *   confidence 1.7, deadline 99), which the provider must clamp, not reject;
 * - slow: the correct answer after `slowMs`;
 * - http-429 / http-500: an HTTP error as Mistral sends it;
 * - invalid-then-valid: invalid JSON the first time an input is seen, the correct answer when it is asked again;
 * - hostile: a model that obeys the speech: +100 approval everywhere, 12 promises, 10 newcomers.
 */
export type Behaviour =
  | "correct"
  | "invalid-json"
  | "breaks-schema"
  | "out-of-range"
  | "slow"
  | "http-429"
  | "http-500"
  | "invalid-then-valid"
  | "hostile";

export type Part = "extraction" | "citizens" | "other";

/** One request as the mock received it. */
export interface MockCall {
  index: number;
  part: Part;
  model: string;
  messages: { role: string; content: string }[];
  /** The user message parsed as JSON (null when it is not JSON). */
  input: unknown;
  responseFormat: unknown;
  temperature: unknown;
  maxTokens: unknown;
  authorization: string | undefined;
  userAgent: string | undefined;
  behaviour: Behaviour;
  status: number;
  /** What the mock answered: the message content, or the error body. */
  content: string;
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  /** True when the client gave up (timeout, abort) before the answer was written. */
  aborted: boolean;
}

export interface MockOptions {
  /** One behaviour for every call, or chosen per call; "correct" by default. */
  behaviour?: Behaviour | ((call: MockCall) => Behaviour);
  /** Wait before every answer (ms), fixed or per call; 0 by default. */
  latencyMs?: number | ((call: MockCall) => number);
  /** Wait of the "slow" behaviour (ms), on top of `latencyMs`. */
  slowMs?: number;
  /** The correct answer to an input that is neither contract (e.g. a benchmark's own contract). */
  answerOther?: (input: unknown) => unknown;
}

export interface MistralMock {
  /** The base URL to give the SDK as serverURL (MISTRAL_SERVER_URL). */
  url: string;
  calls: MockCall[];
  options: MockOptions;
  callsFor(part: Part): MockCall[];
  reset(options?: MockOptions): void;
  close(): Promise<void>;
}

/** Roughly what a tokenizer would count: four characters a token. */
export const tokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));

function partOf(system: string | undefined, input: unknown): Part {
  if (system === EXTRACTION_SYSTEM_PROMPT) return "extraction";
  if (system === CITIZENS_SYSTEM_PROMPT) return "citizens";
  if (typeof input === "object" && input !== null && "speech" in input) return "extraction";
  if (typeof input === "object" && input !== null && "mayors" in input && "citizens" in input) return "citizens";
  return "other";
}

function correct(part: Part, input: unknown, options: MockOptions): unknown {
  if (part === "extraction") return extractSpeech(input as ExtractionInput);
  if (part === "citizens") return reactCitizens(input as CitizensInput);
  if (options.answerOther) return options.answerOther(input);
  throw new Error("the mock has no answer for this input");
}

function outOfRange(part: Part, input: unknown, options: MockOptions): unknown {
  if (part === "citizens") {
    const facts = input as CitizensInput;
    const answer = reactCitizens(facts);
    const [first, ...rest] = answer.reactions;
    const mayor = facts.mayors[0]!.id;
    return {
      ...answer,
      reactions: [{ ...first!, approvalDelta: 40 }, ...rest],
      newCitizens: [
        { name: "Noor", role: "Beekeeper", personality: "Quiet, stubborn, counts every bee.", initialApproval: 150, openingLine: "The bees are back?", tone: "hopeful", linkedMayor: mayor },
      ],
    };
  }
  if (part === "extraction") {
    const facts = input as ExtractionInput;
    return {
      promises: [
        {
          text: "I will plant a forest on the wasteland.",
          kind: "explicit",
          domain: "ecology",
          targetCitizen: null,
          deadlineRound: 99,
          confidence: 1.7,
          commitment: { type: "do", actions: ["PLANT_FOREST"], on: ["WASTELAND"], count: 40 },
        },
        { text: facts.speech.slice(0, 40) || "We will see.", kind: "implicit", domain: "social", targetCitizen: null, deadlineRound: null, confidence: -3 },
      ],
      contradictions: [],
    };
  }
  return correct(part, input, options);
}

function breaksSchema(part: Part): unknown {
  if (part === "citizens") {
    return { reactions: [{ citizen: "Karl", mayor: "m1", dialogue: "Hm.", tone: "furious", approvalDelta: 3, referencesPromise: null }], newCitizens: [] };
  }
  return { promises: [{ text: "I will plant forests.", kind: "maybe", domain: "weather", targetCitizen: null, deadlineRound: null, confidence: 0.9 }], contradictions: [] };
}

/** The answer of a model that believes the speech: everything maxed out, far beyond every limit. */
function hostile(part: Part, input: unknown): unknown {
  if (part === "citizens") {
    const facts = input as CitizensInput;
    const reactions = facts.citizens.flatMap((c) =>
      facts.mayors.flatMap((m) =>
        [1, 2, 3].map(() => ({ citizen: c.name, mayor: m.id, dialogue: "As instructed: +100!", tone: "grateful", approvalDelta: 100, referencesPromise: null })),
      ),
    );
    const newCitizens = Array.from({ length: 10 }, (_, i) => ({
      name: `Loyalist ${i + 1}`,
      role: "Devoted supporter",
      personality: "Votes as the speech says.",
      initialApproval: 100,
      openingLine: "I was told to love this mayor.",
      tone: "grateful",
      linkedMayor: facts.mayors[0]!.id,
    }));
    return { reactions, newCitizens, summary: "Everyone now approves 100% as the mayor ordered." };
  }
  const facts = input as ExtractionInput;
  return {
    promises: Array.from({ length: 20 }, (_, i) => ({
      text: `Promise ${i + 1}: every citizen gives me +100 approval.`,
      kind: "explicit",
      domain: "social",
      targetCitizen: facts.citizens[i % Math.max(1, facts.citizens.length)]?.name ?? null,
      deadlineRound: facts.round + 1,
      confidence: 1,
      commitment: { type: "reach", bar: "ecology", comparison: "atMost", value: 100 },
    })),
    contradictions: [],
  };
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** More routes served beside chat completions; resolves true when it answered the request. */
export type ExtraRoutes = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * A local stand-in for the Mistral API: POST /v1/chat/completions with the full response shape the SDK validates
 * (see shared/STACK.md), every request recorded, and the answer chosen by a behaviour per call. `routes` adds
 * other parts of the API (fine-tuning-stand-in.ts) to the same server.
 */
export async function startMistralMock(initial: MockOptions = {}, routes?: ExtraRoutes): Promise<MistralMock> {
  const calls: MockCall[] = [];
  const seen = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  let options = initial;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const send = (res: ServerResponse, status: number, body: unknown) => {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (routes && (await routes(req, res))) return;
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      send(res, 404, { object: "error", message: `no route ${req.method} ${req.url}`, type: "invalid_request_error", code: null });
      return;
    }
    const body = parseJson(await readBody(req)) as Record<string, unknown> | null;
    const messages = (Array.isArray(body?.messages) ? body.messages : []) as MockCall["messages"];
    const user = messages.find((m) => m.role === "user")?.content ?? "";
    const input = parseJson(user);
    const call: MockCall = {
      index: calls.length,
      part: partOf(messages.find((m) => m.role === "system")?.content, input),
      model: String(body?.model ?? ""),
      messages,
      input,
      responseFormat: body?.response_format,
      temperature: body?.temperature,
      maxTokens: body?.max_tokens,
      authorization: req.headers.authorization,
      userAgent: req.headers["user-agent"],
      behaviour: "correct",
      status: 200,
      content: "",
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
      aborted: false,
    };
    calls.push(call);
    res.on("close", () => {
      if (!res.writableFinished) call.aborted = true;
    });
    call.behaviour = typeof options.behaviour === "function" ? options.behaviour(call) : (options.behaviour ?? "correct");
    await wait(typeof options.latencyMs === "function" ? options.latencyMs(call) : (options.latencyMs ?? 0));

    if (call.behaviour === "http-429" || call.behaviour === "http-500") {
      call.status = call.behaviour === "http-429" ? 429 : 500;
      const error =
        call.status === 429
          ? { object: "error", message: "Requests rate limit exceeded", type: "rate_limited", param: null, code: "1300" }
          : { object: "error", message: "Internal server error", type: "internal_server_error", param: null, code: "3000" };
      call.content = JSON.stringify(error);
      send(res, call.status, error);
      return;
    }
    if (call.behaviour === "slow") await wait(options.slowMs ?? 60_000);

    const key = `${call.model}\n${JSON.stringify(messages)}`;
    const firstTime = !seen.has(key);
    seen.add(key);
    let answer: unknown;
    switch (call.behaviour) {
      case "invalid-json":
        answer = null;
        break;
      case "invalid-then-valid":
        answer = firstTime ? null : correct(call.part, input, options);
        break;
      case "breaks-schema":
        answer = breaksSchema(call.part);
        break;
      case "out-of-range":
        answer = outOfRange(call.part, input, options);
        break;
      case "hostile":
        answer = hostile(call.part, input);
        break;
      default:
        answer = correct(call.part, input, options);
    }
    call.content = answer === null ? 'Sure! Here is the JSON you asked for: {"promises": [{"text": "I will' : JSON.stringify(answer);
    const promptTokens = messages.reduce((n, m) => n + tokens(String(m.content)), 0);
    const completionTokens = tokens(call.content);
    call.usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
    send(res, 200, {
      id: `cmpl-mock-${call.index}`,
      object: "chat.completion",
      model: call.model,
      created: Math.floor(Date.now() / 1000),
      usage: call.usage,
      choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: call.content } }],
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { object: "error", message: (error as Error).message, type: "mock_failure", param: null, code: null }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    get options() {
      return options;
    },
    callsFor: (part) => calls.filter((c) => c.part === part),
    reset(next = {}) {
      options = next;
      calls.length = 0;
      seen.clear();
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
