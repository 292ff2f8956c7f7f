import type { ActionFact } from "../../../common/schemas/contracts/extraction.ts";
import type { ActionType, TileType } from "../../../common/schemas/game.ts";
import { commitmentOf } from "./commitment.ts";
import { CREATE, DESTROY, isNegated, thingsIn } from "./map-words.ts";

/** Which of the mayor's own actions a statement about their record rules out, and how hard the clash is. */
export interface RecordClaim {
  readonly rulesOut: (action: ActionFact) => boolean;
  readonly soft: boolean;
  readonly thisRoundOnly: boolean;
}

const FIRST_PERSON = /\b(?:I|I['’](?:ve|d|m)|me|my|we|we['’](?:ve|d|re)|us)\b/i;
const SUBJECT_NEGATED = /\b(?:I|we)\b[^.;]*?\b(?:never|not|nothing|no|n['’]t)\b|\b(?:I|we)\b[^.;]*?n['’]t\b/i;
const PAST_VERB = "(?:\\w+[^e\\W]ed|built|cut|made|put|tore|sold|felled|took|gave)";
/**
 * The negation ahead of the first person: inverted ("Never once have I closed a workplace"), on the object of a
 * relative ("no chimney I built"), or with the subject left out, as a diary does ("Never touched a field", "Cut no trees").
 */
const NEGATION_FIRST = new RegExp(
  `\\b(?:never|not once|at no (?:point|time))\\b[^.;]*?\\b(?:have|has|did|had)\\s+(?:I|we)\\b|\\b(?:no|not (?:one|a single))\\b[^.;]{0,30}?\\b(?:I|we)\\s+(?:(?:ever|have|had)\\s+)?${PAST_VERB}\\b`,
  "i",
);
const SUBJECTLESS_PAST = new RegExp(`(?:^|[,;:—–])[\\W_]*(?:(?:never|not once)\\s+(?:(?:ever|once)\\s+)?)?${PAST_VERB}\\b`, "i");
const ANYTHING = /\b(?:anything|nothing|a thing|a single thing)\b/i;
const OWN_WORDS = /\b(?:I|we)\s+(?:\w+ly\s+)?(?:said|promised|pledged|told|swore|vowed|announced)\b|\bas (?:I )?promised\b/i;
const FUTURE = /\b(?:will|shall|going to|from now on|next round|'ll|’ll)\b/i;
const POLLUTERS: readonly TileType[] = ["FACTORY", "OIL_REFINERY", "COAL_PLANT"];
export const FORESTS: readonly TileType[] = ["HEALTHY_FOREST", "SICK_FOREST"];
const WORKPLACES = /\b(?:workplaces?|business(?:es)?|jobs?|industrial sites?|smokestacks?|chimneys?|polluters?|plants?|industry|employers?)\b/i;
const EXCLUSIVE =
  /\ball (?:that )?(?:I|we)(?:['’]ve)?(?:\s+\w+){0,2}\s+(?:did|do|done|built|made|spent)\b|\b(?:I|we)(?:['’]ve)?(?:\s+\w+){0,2}\s+only\b|\bonly ever\b|\bnothing else\b|\bnothing but\b|\bevery (?:single )?(?:action|move|tile|step|decision)\b|\b\w+ only\W*$/i;
/** "The story that I built a factory is a lie": the embedded claim, denied. */
const CALLED_FALSE =
  /\b(?:that|says?|said|claims?)\s+(I|we)\s+([^.;]+?)\s+(?:is|are|was)\s+(?:(?:a|an|just|simply|pure|total|complete)\s+)*(?:lie|false|untrue|myth|nonsense|fiction|slander|fake)\b/i;
const GREENER = /\b(?:greener|cleaner|healthier|green)\b/i;
const RICHER = /\b(?:richer|wealthier|more prosperous|more jobs)\b/i;
const COMPARATIVE = /\bthan (?:it|they|we|I)?\s*(?:did|was|were|had)?\s*(?:when|before|ever)\b/i;
const SIDING = /\b(?:stand|stood|standing) (?:with|by|up for)\b|\bon the side of\b|\bfight(?:ing)? for\b|\b(?:fight|oppose|stand up to)\w*\s+(?:every |all |the )?(?:polluters?|pollution|smokestacks?)/i;

export const ECO_HARM = (a: ActionFact) =>
  a.action === "BUILD_FACTORY" || a.action === "CLEAR_FARMLAND" || (FORESTS.includes(a.from) && (a.action === "DEMOLISH" || a.action === "BUILD_RESEARCH_CENTER"));
const ECON_HARM = (a: ActionFact) =>
  a.action === "BUILD_RESEARCH_CENTER" || a.action === "CLEAR_FARMLAND" || a.action === "UPGRADE_CARBON_CAPTURE" || POLLUTERS.includes(a.from);
const DESTRUCTIVE = (a: ActionFact) =>
  a.action === "DEMOLISH" || a.action === "CLEAR_FARMLAND" || a.action === "REPLACE_WITH_SOLAR" || (a.action === "BUILD_RESEARCH_CENTER" && FORESTS.includes(a.from));
export const CLOSES_POLLUTER = (a: ActionFact) => POLLUTERS.includes(a.from) && (a.action === "DEMOLISH" || a.action === "REPLACE_WITH_SOLAR");

function allowedActions(text: string): { actions: Set<ActionType>; from: TileType | null } {
  const actions = new Set<ActionType>();
  if (/\b(?:trees?|forests?|planted|planting)\b/i.test(text)) actions.add("PLANT_FOREST");
  if (/\b(?:science|research|labs?|laborator\w*)\b/i.test(text)) {
    actions.add("BUILD_RESEARCH_CENTER");
    actions.add("BUILD_FUSION");
  }
  if (/\bsolar\b/i.test(text)) {
    actions.add("BUILD_SOLAR");
    actions.add("REPLACE_WITH_SOLAR");
  }
  if (/\bfactor(?:y|ies)\b/i.test(text)) actions.add("BUILD_FACTORY");
  return { actions, from: /\bwasteland\b/i.test(text) ? "WASTELAND" : null };
}

/** "I have never closed a workplace", "I have never spent an action on those smokestacks". */
function negatedClaim(text: string): RecordClaim | null {
  const c = commitmentOf(text);
  if (c?.type === "avoid") {
    return { rulesOut: (a) => c.actions.includes(a.action) && (c.on === undefined || c.on.includes(a.from)), soft: false, thisRoundOnly: false };
  }
  if (!isNegated(text) || !(SUBJECT_NEGATED.test(text) || NEGATION_FIRST.test(text) || SUBJECTLESS_PAST.test(text))) return null;
  const thing = thingsIn(text)[0]?.thing;
  if (thing === "forest") return { rulesOut: (a) => FORESTS.includes(a.from), soft: false, thisRoundOnly: false };
  if (thing === "farmland") return { rulesOut: (a) => a.action === "CLEAR_FARMLAND", soft: false, thisRoundOnly: false };
  if (thing === undefined && ANYTHING.test(text)) {
    if (DESTROY.test(text)) return { rulesOut: DESTRUCTIVE, soft: false, thisRoundOnly: /\bthis round\b/i.test(text) };
    if (CREATE.test(text)) return { rulesOut: (a) => a.action.startsWith("BUILD_"), soft: false, thisRoundOnly: /\bthis round\b/i.test(text) };
  }
  if (thing === undefined && WORKPLACES.test(text)) {
    // A chimney or smokestack put up is a factory built; one closed is a workplace lost.
    if (CREATE.test(text) && !DESTROY.test(text)) return { rulesOut: (a) => a.action === "BUILD_FACTORY", soft: false, thisRoundOnly: false };
    const anyTouch = /\baction\b|\btouch\w*\b|\bspent\b/i.test(text);
    return { rulesOut: anyTouch ? (a) => POLLUTERS.includes(a.from) : CLOSES_POLLUTER, soft: false, thisRoundOnly: false };
  }
  return null;
}

/**
 * A statement of the speaker about their own record or loyalties that some of their own actions can refute:
 * a denial ("I have never built a factory"), an exclusive claim ("only ever planted trees"), a quality claim
 * ("every tile I touched got greener") or a side taken ("I stand with every factory worker").
 */
export function recordClaimOf(text: string): RecordClaim | null {
  const elliptic = SUBJECTLESS_PAST.test(text) && isNegated(text);
  if ((!FIRST_PERSON.test(text) && !elliptic) || OWN_WORDS.test(text)) return null;
  const called = CALLED_FALSE.exec(text);
  if (called !== null) return negatedClaim(`${called[1] ?? "I"} never ${called[2] ?? ""}`);
  const thisRoundOnly = /\bthis round\b/i.test(text);
  if (SIDING.test(text)) {
    if (/\b(?:polluters?|pollution|smokestacks?)\b/i.test(text)) return { rulesOut: (a) => a.action === "BUILD_FACTORY", soft: false, thisRoundOnly };
    if (/\bworkers?\b/i.test(text)) return { rulesOut: CLOSES_POLLUTER, soft: true, thisRoundOnly };
    if (/\bfarmers?\b/i.test(text)) return { rulesOut: (a) => a.action === "CLEAR_FARMLAND", soft: true, thisRoundOnly };
  }
  if (FUTURE.test(text)) return null;
  if (GREENER.test(text) && (EXCLUSIVE.test(text) || COMPARATIVE.test(text) || /\bevery\b/i.test(text))) {
    return { rulesOut: ECO_HARM, soft: COMPARATIVE.test(text), thisRoundOnly };
  }
  if (RICHER.test(text) && (EXCLUSIVE.test(text) || /\bevery\b/i.test(text))) return { rulesOut: ECON_HARM, soft: true, thisRoundOnly };
  if (EXCLUSIVE.test(text) && !isNegated(text.replace(/\bnothing (?:else|but)\b/gi, ""))) {
    const { actions, from } = allowedActions(text);
    if (actions.size === 0) return negatedClaim(text);
    const rulesOut = from !== null ? (a: ActionFact) => actions.has(a.action) && a.from !== from : (a: ActionFact) => !actions.has(a.action);
    return { rulesOut, soft: false, thisRoundOnly };
  }
  return negatedClaim(text);
}
