/** A rival's words quoted, reported or mocked: never the speaker's own commitment. */
import { wordsAt } from "./words.ts";

/**
 * The verbs of saying, in every form ("swears", "keeps insisting", "has been promising", "told"): whoever is their
 * subject, the words that follow are that person's.
 */
const REPORTING =
  "(?:say|says|said|saying|tells?|told|telling|claim\\w*|promis(?:es|ed|ing)|promise|pledg\\w*|swear\\w*|swore|sworn|vow\\w*|insist\\w*|" +
  "assur\\w*|repeat\\w*|argu\\w*|boast\\w*|brag\\w*|announc\\w*|declar\\w*|writes|wrote|written|writing|shout\\w*|preach\\w*|" +
  "pretend\\w*|maintain\\w*|guarantee[sd]?|guaranteeing|thinks|thought|thinking|believes|believed|believing|wants|wanted|suggest\\w*|whisper\\w*)";
/** Up to three words between a subject and its verb of saying ("goes around", "keeps on", "loves to", "has been"), never a pronoun. */
const GAP = "(?:\\s+(?!(?:I|we|you|he|she|they|me|us)\\b)[a-z][\\w'’-]*){0,3}?";
const OPPONENTS = "my (?:opponents?|rivals?|competitors?|challengers?)|the other (?:candidates?|mayors?|side)";
const PRONOUNS = "he|she|they";

/** What may follow a rival's name to make the words theirs: "Boris says", "Boris's team keeps repeating", "Boris, as always:". */
const AFTER_NAME = new RegExp(
  `^(?:['’]s?)?${GAP}\\s+(?:${REPORTING}|will|would|wants to|plans to)\\b|^(?:['’]s?)?(?:,?\\s+[\\w'’]+){0,3}\\s*:` +
    "|^['’]s?\\s+(?:\\w+\\s+)?(?:motto|slogan|line|promise|pledge|words|message|mantra|refrain|pitch|story)\\b",
  "i",
);
const BEFORE_NAME = /\b(?:according to|listen(?:ing)? to|ask|in the words of|if you believe)\s*$/i;
const OPPONENT = new RegExp(`\\b(?:${OPPONENTS}|mayor\\s+([A-Z][\\w'’-]*))`, "gi");
const PRONOUN_REPORTS = new RegExp(`\\b(?:${PRONOUNS})${GAP}\\s+${REPORTING}\\b`, "i");

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
      for (const at of wordsAt(lower, name)) if (attributed(text, at, name.length)) return true;
    }
    for (const m of text.matchAll(OPPONENT)) {
      if (m[1] !== undefined && m[1].toLowerCase() === self.split(/\s+/)[0]) continue;
      if (attributed(text, m.index, m[0].length)) return true;
    }
    return false;
  };
}

/** Anyone named with a capital letter who says, promises or claims something: their words, not the speaker's. */
const NAMED_SPEAKER = new RegExp(`(?<![\\p{L}])(?!I\\b)\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?!I\\b)\\p{Lu}[\\p{L}'’-]*)?(?:['’]s?)?${GAP}\\s+${REPORTING}\\b`, "u");

/**
 * True when the clause (or an attribution earlier in its sentence that a quotation continues) reports someone else's words.
 * A contrast such as "but I will …" after the attribution starts the speaker's own clause, which is split off before this check.
 */
export function isRivalQuote(clause: string, sentenceBefore: string, attribution: Attribution): boolean {
  if (attribution(clause) || NAMED_SPEAKER.test(clause) || /^[\s,:]*["“‘']/.test(clause)) return true;
  const quoted = /^[\s,:]*["“‘']/.test(clause) || /["“][^"”]*$/.test(sentenceBefore) || /(?:^|[\s:,])['‘][^'’]*$/.test(sentenceBefore);
  return quoted && (attribution(sentenceBefore) || NAMED_SPEAKER.test(sentenceBefore));
}
