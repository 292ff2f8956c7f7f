import type { ElectionNight, ServerMessage, ServerMessageType, RoundStory } from "../../common/schemas/server-messages.ts";
import type { Speech } from "../../common/schemas/campaign.ts";

/** What the server told this client through messages (the state holds the rest), as plain data. */
export interface Story {
  /** This client's mayor id, or null for a spectator. */
  mayor: string | null;
  spectator: boolean;
  /** Every resolved round, in order. */
  rounds: RoundStory[];
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
  return { mayor, spectator, rounds: [], revealed: [], ownSpeech: null, result: null, fresh: null };
}

function withRound(rounds: RoundStory[], story: RoundStory): RoundStory[] {
  return [...rounds.filter((r) => r.round !== story.round), story].sort((a, b) => a.round - b.round);
}

/** Applies one server message; "error" and "notice" messages are not part of the story and leave it as it is. */
export function reduceStory(story: Story, ...[type, message]: ServerArgs): Story {
  switch (type) {
    case "welcome":
      return { ...story, mayor: message.mayor, spectator: message.spectator };
    case "story":
      return { ...story, rounds: message.rounds, revealed: message.revealed, result: message.result ?? story.result };
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

/** The speeches of a round once revealed: from its story when resolved, else from the reveal. */
export function speechesOf(story: Story, round: number): Speech[] {
  return story.rounds.find((r) => r.round === round)?.speeches ?? story.revealed.filter((s) => s.round === round);
}

/** The own speech still counts only in its round. */
export function ownSpeechIn(story: Story, round: number): Speech | null {
  return story.ownSpeech?.round === round ? story.ownSpeech : null;
}
