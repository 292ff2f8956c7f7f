/** Longest name after cleaning; the same bound as a mayor's name, since a player's name is their mayor's. */
export const PLAYER_NAME_MAX = 24;

export type NameRefusal = "empty" | "too_long" | "invisible_character" | "no_letter" | "mixed_scripts" | "reserved_character";

const MESSAGES: Record<NameRefusal, string> = {
  empty: "A name needs at least one visible character.",
  too_long: `A name has at most ${PLAYER_NAME_MAX} characters.`,
  invisible_character: "A name cannot hold invisible or control characters.",
  no_letter: "A name needs a letter or a digit.",
  mixed_scripts: "A name cannot mix Latin letters with Greek or Cyrillic ones.",
  reserved_character: "A name cannot contain # (it marks the tag that tells equal names apart).",
};

export type CleanedName = { ok: true; name: string } | { ok: false; reason: NameRefusal; message: string };

// Control, format (zero-width, bidi overrides), private-use and unassigned code points, line and paragraph
// separators, and the letters and blanks that fonts draw as nothing (Hangul fillers, braille blank, combining
// grapheme joiner, variation selectors).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0\u2800\u034f\ufe00-\ufe0f]/u;
// Stacked combining marks can paint over neighbouring lines of a standings table.
const STACKED_MARKS = /\p{M}{3,}/u;

const refuse = (reason: NameRefusal): CleanedName => ({ ok: false, reason, message: MESSAGES[reason] });

/**
 * A display name as it is stored and shown: NFKC-normalised (so full-width and other compatibility forms read as
 * their plain letters), trimmed, every run of spaces collapsed to one. Refused when nothing visible remains or when
 * it could pass for someone else's name: invisible characters, heavy stacks of combining marks, Latin mixed with
 * Greek or Cyrillic (the look-alike letters), or the # of the discriminator.
 */
export function cleanPlayerName(raw: string): CleanedName {
  const name = raw.normalize("NFKC").replace(/\s+/gu, " ").trim();
  if (INVISIBLE.test(name) || STACKED_MARKS.test(name)) return refuse("invisible_character");
  if (name.length === 0) return refuse("empty");
  if ([...name].length > PLAYER_NAME_MAX) return refuse("too_long");
  if (!/[\p{L}\p{N}]/u.test(name)) return refuse("no_letter");
  if (name.includes("#")) return refuse("reserved_character");
  if (/\p{Script=Latin}/u.test(name) && /[\p{Script=Greek}\p{Script=Cyrillic}]/u.test(name)) return refuse("mixed_scripts");
  return { ok: true, name };
}

/** Names that read the same in a table: equal once cleaned and case-folded. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase();
}
