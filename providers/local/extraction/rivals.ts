/** A rival's words quoted, reported or mocked: never the speaker's own commitment. */

import { memoize } from "../memo.ts";

const REPORTING =
  "says|said|say|claims|claimed|claim|promises|promised|pledges|pledged|wants|wanted|told|tells|tell|swore|swears|vowed|vows|" +
  "thinks|believes|insists|insisted|argues|argued|boasts|boasted|brags|bragged|announced|announces|keeps saying|" +
  "is promising|is telling|is claiming|has promised|has said|has claimed|wrote|writes|likes to say|loves to say";
const ADVERBS = "(?:\\s+(?:just|also|now|again|always|even|proudly|loudly|once|keeps|has|had|still|openly|publicly))*";
const OPPONENTS = "my (?:opponents?|rivals?|competitors?|challengers?)|the other (?:candidates?|mayors?|side)";
const PRONOUNS = "he|she|they";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A matcher for attributions to anyone but the speaker: "Mayor Boris says", "my opponent promised", "according to Lin".
 * The same mayors speak every round, so each matcher is built once.
 */
export function rivalAttribution(rivalNames: readonly string[], selfName: string): RegExp {
  return attributionByNames(JSON.stringify([selfName, ...rivalNames]));
}

const attributionByNames = memoize((names) => {
  const [selfName, ...rivalNames] = JSON.parse(names) as string[];
  return attributionRegExp(rivalNames, selfName ?? "");
});

function attributionRegExp(rivalNames: readonly string[], selfName: string): RegExp {
  const names = rivalNames.filter((n) => n.trim() !== "").map((n) => escape(n.trim()));
  const self = escape(selfName.trim());
  const mayor = `mayor (?!${self}\\b)[A-Z][\\w'’-]*`;
  const who = [...names, mayor, OPPONENTS].join("|");
  const source =
    `\\b(?:${who})(?:['’]s? (?:promise|plan|pledge|claim|slogan|idea|words|line|motto))?${ADVERBS}\\s+(?:${REPORTING}|will|would|wants to|plans to)\\b` +
    `|\\b(?:${PRONOUNS})${ADVERBS}\\s+(?:${REPORTING})\\b` +
    `|\\baccording to (?:${who})\\b|\\b(?:${who})(?:,?\\s+[\\w'’]+){0,3}\\s*:`;
  return new RegExp(source, "i");
}

/** Anyone named with a capital letter who says, promises or claims something: their words, not the speaker's. */
const NAMED_SPEAKER = new RegExp(
  `(?<![\\p{L}])(?!I\\b)\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?${ADVERBS}\\s+(?:${REPORTING})\\b`,
  "u",
);

/**
 * True when the clause (or an attribution earlier in its sentence that a quotation continues) reports someone else's words.
 * A contrast such as "but I will …" after the attribution starts the speaker's own clause, which is split off before this check.
 */
export function isRivalQuote(clause: string, sentenceBefore: string, attribution: RegExp): boolean {
  if (attribution.test(clause) || NAMED_SPEAKER.test(clause) || /^[\s,:]*["“‘']/.test(clause)) return true;
  const quoted = /^[\s,:]*["“‘']/.test(clause) || /["“][^"”]*$/.test(sentenceBefore) || /(?:^|[\s:,])['‘][^'’]*$/.test(sentenceBefore);
  return quoted && (attribution.test(sentenceBefore) || NAMED_SPEAKER.test(sentenceBefore));
}
