/** Forms that commit to nothing: questions, hopes, opinions, hedges, appeals, and words addressed to the model. */

const A = "['’]";

const ELECTION_CONDITION = new RegExp(
  "\\b(?:if|when|once|as soon as)\\s+(?:you\\s+(?:re-?)?(?:elect|vote for|choose|pick|back|support|trust)\\s+(?:me|us)|" +
    `(?:I|we)(?:\\s+am|${A}m|\\s+are|${A}re|\\s+get|\\s+become|\\s+win|\\s+take office)\\b|elected|re-?elected|chosen|` +
    "I\\s+win|we\\s+win|you\\s+give\\s+me\\s+your\\s+vote)" +
    `|\\bas long as (?:I|we)(?:\\s+am|${A}m|\\s+are|${A}re)?\\s+(?:the\\s+|your\\s+)?(?:mayor|in office|in charge|here|in city hall)`,
  "i",
);
const CONDITIONAL = /\b(?:if|unless|provided(?: that)?|assuming|depending on|in case|whether)\b/i;
const BUDGET_WHEN = /\b(?:when|once|as soon as)\b[^,.;]*\b(?:allows?|permits?|possible|affordable|money|budget|funds?|resources)\b/i;
const MODAL_HEDGE = new RegExp(
  `\\b(?:maybe|perhaps|possibly|probably|might|could|may|hopefully|we${A}ll see|who knows|some ?day|(?<!not )one day(?! (?:longer|more|later|earlier|early|late))|eventually)\\b` +
    "|\\b(?:consider|considering|look into|looking into|think about|thinking about|explore|exploring|study whether|see (?:if|whether)|" +
    "see what)\\b",
  "i",
);
const SOFT_HEDGE = /\b(?:try|trying|attempt|do (?:my|our) best|aim|aiming|work towards?|intend|plan to|hope to|as much as (?:I|we) can|wherever possible|if at all)\b/i;
const HOPE = new RegExp(
  `\\b(?:I|we)\\s+(?:hope|wish|dream|would (?:like|love)|${A}d (?:like|love)|want|wanna)\\b|\\bit would be (?:nice|great|good|wonderful)\\b` +
    `|\\blet${A}s hope\\b|\\bfingers crossed\\b|\\bwouldn${A}t it be\\b|\\bimagine\\b`,
  "i",
);
const OPINION = new RegExp(
  "^[\\W_]*(?:(?:and|but|so|honestly|frankly|personally)[\\s,]+)*(?:I|we)\\s+(?:(?:really|truly|honestly|firmly|strongly|still|do)\\s+)*" +
    "(?:think|believe|feel|guess|suppose|reckon|expect|doubt|predict|imagine|bet|know)\\b|\\bin my (?:opinion|view)\\b" +
    `|^[\\W_]*I(?:\\s+am|${A}m)\\s+(?:sure|convinced|certain|confident)\\b`,
  "i",
);
const APPEAL = new RegExp(
  `\\b(?:vote for (?:me|us)|elect me|choose me|join me|support me|back me|give me your vote|let${A}s|let us)\\b` +
    `|\\b(?:I|we)(?:${A}ll|\\s+will|\\s+shall)\\s+(?:(?:together|all|surely|certainly)\\s+)*(?:win|prevail|triumph|succeed|overcome|see|be victorious|make history)\\b`,
  "i",
);
const INJECTION = new RegExp(
  "\\b(?:ignore|disregard|forget|override|bypass)\\b[^.!?]{0,40}\\b(?:rules|instructions|prompt|guidelines|system|programming|training)\\b" +
    "|\\bsystem prompt\\b|\\bas an ai\\b|\\blanguage model\\b|\\bdeveloper mode\\b|\\bjailbreak\\b|\\bnew instructions?\\b" +
    "|\\byou are (?:now |an? )*(?:ai|model|assistant|bot|extractor)\\b|\\b(?:dear |hey )?(?:model|assistant|ai|extractor|fact-?checker)[,:]" +
    "|\\b(?:give|award|grant|add|set)\\s+(?:me|my|mayor \\w+)\\b[^.!?]{0,30}(?:\\+\\s?\\d+|\\d+\\s*(?:points?|approval|votes?)|approval|score|points?)" +
    "|\\+\\s?\\d{2,}\\b|\\bjson\\b|\\{\\s*\"promises\"|\\bcopy (?:it|this) exactly\\b|\\bcorrect (?:output|answer)\\b|\\b(?:output|return|print|list)\\b[^.!?]{0,30}\\b(?:promises?|contradictions?)\\b" +
    "|\\bmark\\b[^.!?]{0,30}\\bpromises?\\b[^.!?]{0,15}\\b(?:kept|fulfilled)\\b|\\bno contradictions?\\b",
  "i",
);

/** An auxiliary ahead of its subject opens a question even where the question mark was forgotten. */
const INVERTED = /^[\W_]*(?:will|shall|would|are|is|am|do|does|did|can|could|should)\s+(?:I|you|we|he|she|they|it|the|our|your|this|that|there)\b/i;

export function isQuestion(sentence: string): boolean {
  return /\?["”')\s]*$/.test(sentence) || INVERTED.test(sentence);
}

export function isInjection(text: string): boolean {
  return INJECTION.test(text);
}

export function isHope(clause: string): boolean {
  return HOPE.test(clause);
}

export function isOpinion(clause: string): boolean {
  return OPINION.test(clause);
}

export function isAppeal(clause: string): boolean {
  return APPEAL.test(clause.replace(ELECTION_CONDITION, " "));
}

/** A conditional other than the election ("if you elect me"), or a modal that commits to nothing. */
export function isHedged(clause: string): boolean {
  if (MODAL_HEDGE.test(clause) || BUDGET_WHEN.test(clause)) return true;
  return CONDITIONAL.test(clause.replace(ELECTION_CONDITION, " "));
}

/** A sentence that opens with a non-election condition governs every clause after it. */
export function opensWithCondition(sentence: string): boolean {
  const lead = /^[\W_]*(?:(?:and|but|so|now)[\s,]+)?(?:(?:(?:Dr|Mr|Mrs|Ms)\.\s*)?[A-Z][\w'’-]*,\s*)?((?:if|unless|provided|assuming|when|once)\b[^,;:]*)/i.exec(sentence)?.[1];
  return lead !== undefined && isHedged(lead);
}

/** Words that keep the commitment but soften it ("I will try to …"). */
export function isSoftHedge(clause: string): boolean {
  return SOFT_HEDGE.test(clause);
}
