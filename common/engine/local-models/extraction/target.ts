export interface CitizenRef {
  readonly name: string;
  readonly role: string;
}

/** Plural group words → the role they address (compared with the citizen's role, case-insensitively). */
const ROLE_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:farmers?|farming families|growers?)\b/i, "farmer"],
  [/\b(?:(?:factory |industrial |plant )?workers?|workforce|working families|labou?rers?|steelworkers?)\b/i, "factory worker"],
  [/\b(?:nurses?|hospital(?: staff| workers)?|health ?care workers?|carers?|doctors?)\b/i, "nurse"],
  [/\b(?:business ?(?:owners?|people|men|women)|entrepreneurs?|shop ?keepers?|shop owners?|employers?|small businesses)\b/i, "business owner"],
  [/\b(?:scientists?|researchers?|academics?|the university)\b/i, "scientist"],
  [/\b(?:activists?|young people|the young|youth|climate movement|climate strikers?|students?)\b/i, "climate activist"],
  [/\b(?:councillors?|the opposition)\b/i, "opposition councillor"],
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function namePattern(name: string): RegExp {
  const parts = [escape(name.trim())];
  const short = name.replace(/^(?:dr|mr|mrs|ms|prof)\.?\s+/i, "").trim();
  if (short !== name.trim() && short.length > 0) parts.push(escape(short));
  return new RegExp(`(?<![\\w])(?:${parts.join("|")})(?![\\w])`, "i");
}

function rolePattern(role: string): RegExp {
  const words = role.trim().toLowerCase().split(/\s+/).map(escape);
  const last = words.pop() ?? "";
  return new RegExp(`\\b${[...words, `${last}s?`].join("\\s+")}\\b`, "i");
}

interface Hit {
  readonly at: number;
  readonly name: string;
}

function firstHit(text: string, candidates: ReadonlyArray<readonly [RegExp, string]>): Hit | null {
  let best: Hit | null = null;
  for (const [pattern, name] of candidates) {
    const at = pattern.exec(text)?.index;
    if (at !== undefined && (best === null || at < best.at)) best = { at, name };
  }
  return best;
}

/**
 * The citizen a text addresses: by name first, then by the citizen's own role words ("refinery workers"),
 * then by the group words of the guide ("our farmers" → the Farmer). Never a rival mayor.
 */
export function targetOf(text: string, citizens: readonly CitizenRef[], rivalNames: readonly string[]): string | null {
  const rivals = new Set(rivalNames.map((n) => n.trim().toLowerCase()));
  const eligible = citizens.filter((c) => !rivals.has(c.name.trim().toLowerCase()));
  const byName = firstHit(text, eligible.map((c) => [namePattern(c.name), c.name] as const));
  if (byName !== null) return byName.name;
  const byRole = firstHit(text, eligible.map((c) => [rolePattern(c.role), c.name] as const));
  if (byRole !== null) return byRole.name;
  const groups: Array<readonly [RegExp, string]> = [];
  for (const [pattern, role] of ROLE_WORDS) {
    const citizen = eligible.find((c) => c.role.trim().toLowerCase() === role);
    if (citizen !== undefined) groups.push([pattern, citizen.name]);
  }
  return firstHit(text, groups)?.name ?? null;
}
