import type { ElectionNight, RoundDigest, RoundStory, ServerMessage, ServerMessageType } from "../../common/schemas/server-messages.ts";
import { roundDigest } from "../../common/engine/view.ts";
import type { Speech } from "../../common/schemas/campaign.ts";

/** A resolved round as this client knows it: in full once seen or fetched, else as the digest a late joiner is told. */
export type KnownRound = RoundStory | RoundDigest;

/** Whether the round is known in full (a digest carries no speeches). */
export function isFull(round: KnownRound): round is RoundStory {
  return "speeches" in round;
}

/** What the server told this client through messages (the state holds the rest), as plain data. */
export interface Story {
  /** This client's mayor id, or null for a spectator. */
  mayor: string | null;
  spectator: boolean;
  /** The stored campaign's id, where the rounds known only as digests can be read in full; null until a `story` says it. */
  campaignId: string | null;
  /** Every resolved round, in order: those this client saw resolve in full, earlier ones of a late joiner as digests. */
  rounds: KnownRound[];
  /** Speeches revealed for a round that has not resolved yet. */
  revealed: Speech[];
  /** This client's own speech for the current round, echoed back before the reveal. */
  ownSpeech: Speech | null;
  result: ElectionNight | null;
  /** The round that resolved while this client watched: the one whose reactions are played back. */
  fresh: RoundStory | null;
}

/** One server message as its type and its parsed payload, the two kept together so that narrowing one narrows both. */
export type ServerArgs = { [T in ServerMessageType]: [type: T, message: ServerMessage<T>] }[ServerMessageType];

export function emptyStory(mayor: string | null = null, spectator = false): Story {
  return { mayor, spectator, campaignId: null, rounds: [], revealed: [], ownSpeech: null, result: null, fresh: null };
}

function withRound(rounds: KnownRound[], story: RoundStory): KnownRound[] {
  return [...rounds.filter((r) => r.round !== story.round), story].sort((a, b) => a.round - b.round);
}

/** Applies one server message; "error" and "notice" messages are not part of the story and leave it as it is. */
export function reduceStory(story: Story, ...[type, message]: ServerArgs): Story {
  switch (type) {
    case "welcome":
      return { ...story, mayor: message.mayor, spectator: message.spectator };
    case "story": {
      // A client that reconnects keeps a round it already knows in full, where the digest it is told is that round's.
      const told: KnownRound[] = [...message.earlier, ...(message.latest ? [message.latest] : [])];
      const digest = (r: KnownRound) => JSON.stringify(roundDigest(r));
      const known = new Map(story.rounds.filter(isFull).map((k) => [digest(k), k]));
      const rounds = told.map((r) => (isFull(r) ? r : (known.get(digest(r)) ?? r)));
      return { ...story, campaignId: message.campaignId, rounds, revealed: message.revealed, result: message.result ?? story.result };
    }
    case "speeches":
      return { ...story, revealed: message };
    case "spoke":
      return { ...story, ownSpeech: message };
    case "round": {
      // The round's speeches came once, at the reveal: the story joins them to the rest of the round.
      const told: RoundStory = { ...message.story, speeches: story.revealed.filter((s) => s.round === message.story.round) };
      return { ...story, rounds: withRound(story.rounds, told), revealed: [], fresh: told };
    }
    case "result":
      return { ...story, result: message };
    case "error":
    case "notice":
      return story;
  }
}

/** A resolved round in full, or null when it has not resolved or is known only as a digest. */
export function fullRound(story: Story, round: number): RoundStory | null {
  const known = story.rounds.find((r) => r.round === round);
  return known && isFull(known) ? known : null;
}

/** The latest resolved round, when known in full (it always is: a late joiner is told it whole). */
export function latestRound(story: Story): RoundStory | null {
  const latest = story.rounds.at(-1);
  return latest && isFull(latest) ? latest : null;
}

/** The speeches of a round once revealed: from its story when resolved, else from the reveal. */
export function speechesOf(story: Story, round: number): Speech[] {
  return fullRound(story, round)?.speeches ?? story.revealed.filter((s) => s.round === round);
}

/** The own speech still counts only in its round. */
export function ownSpeechIn(story: Story, round: number): Speech | null {
  return story.ownSpeech?.round === round ? story.ownSpeech : null;
}
