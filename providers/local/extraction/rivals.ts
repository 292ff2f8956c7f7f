/** A rival's words quoted, reported or mocked: never the speaker's own commitment. */

const REPORTING =
  "says|said|say|claims|claimed|claim|promises|promised|pledges|pledged|wants|wanted|told|tells|tell|swore|swears|vowed|vows|" +
  "thinks|believes|insists|insisted|argues|argued|boasts|boasted|brags|bragged|announced|announces|keeps saying|" +
  "is promising|is telling|is claiming|has promised|has said|has claimed|wrote|writes|likes to say|loves to say";
const ADVERBS = "(?:\\s+(?:just|also|now|again|always|even|proudly|loudly|once|keeps|has|had|still|openly|publicly))*";
const OPPONENTS = "my (?:opponents?|rivals?|competitors?|challengers?)|the other (?:candidates?|mayors?|side)";
const PRONOUNS = "he|she|they";

/** What may follow a rival's name to make the words theirs: "Boris says", "Boris's plan is", "Boris, as always:". */
const AFTER_NAME = new RegExp(
  `^(?:['’]s? (?:promise|plan|pledge|claim|slogan|idea|words|line|motto))?${ADVERBS}\\s+(?:${REPORTING}|will|would|wants to|plans to)\\b|^(?:,?\\s+[\\w'’]+){0,3}\\s*:`,
  "i",
);
const BEFORE_NAME = /\baccording to\s*$/i;
const OPPONENT = new RegExp(`\\b(?:${OPPONENTS}|mayor\\s+([A-Z][\\w'’-]*))`, "gi");
const PRONOUN_REPORTS = new RegExp(`\\b(?:${PRONOUNS})${ADVERBS}\\s+(?:${REPORTING})\\b`, "i");

/** Tells whether a text attributes words to anyone but the speaker. */
export type Attribution = (text: string) => boolean;

/**
 * A test for attributions to anyone but the speaker: "Mayor Boris says", "my opponent promised", "according to Lin".
 * The names are looked up as plain words and only the fixed patterns are regular expressions, built once, so no
 * expression is compiled per speaker set (a server meets endless sets of names).
 */
export function rivalAttribution(rivalNames: readonly string[], selfName: string): Attribution {
  const names = rivalNames.map((n) => n.trim().toLowerCase()).filter((n) => n !== "");
  const self = selfName.trim().toLowerCase();
  const attributed = (text: string, at: number, length: number) =>
    AFTER_NAME.test(text.slice(at + length)) || BEFORE_NAME.test(text.slice(0, at));
  return (text) => {
    if (PRONOUN_REPORTS.test(text)) return true;
    const lower = text.toLowerCase();
    for (const name of names) {
      for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + 1)) {
        const bounded = !/[\p{L}\d_]/u.test(lower[at - 1] ?? " ") && !/[\p{L}\d_]/u.test(lower[at + name.length] ?? " ");
        if (bounded && attributed(text, at, name.length)) return true;
      }
    }
    for (const m of text.matchAll(OPPONENT)) {
      if (m[1] !== undefined && m[1].toLowerCase() === self.split(/\s+/)[0]) continue;
      if (attributed(text, m.index, m[0].length)) return true;
    }
    return false;
  };
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
export function isRivalQuote(clause: string, sentenceBefore: string, attribution: Attribution): boolean {
  if (attribution(clause) || NAMED_SPEAKER.test(clause) || /^[\s,:]*["“‘']/.test(clause)) return true;
  const quoted = /^[\s,:]*["“‘']/.test(clause) || /["“][^"”]*$/.test(sentenceBefore) || /(?:^|[\s:,])['‘][^'’]*$/.test(sentenceBefore);
  return quoted && (attribution(sentenceBefore) || NAMED_SPEAKER.test(sentenceBefore));
}
