-- A promise said again while open is merged into the first one (RULES.md), which notes the rounds of the repeats;
-- a promise broken by its owner's own deed links the contradiction recorded against that deed.
ALTER TABLE promises
  ADD COLUMN repeated_rounds integer[] NOT NULL DEFAULT '{}',
  ADD COLUMN contradiction_id text;
