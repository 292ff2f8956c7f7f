-- Why the city's bars moved each round (the engine's record since bar causes were added): the bars at the round's
-- start and each cause of their change. Rounds stored before this migration have none (empty list, start = before).
ALTER TABLE rounds ADD COLUMN bars_at_start jsonb;
ALTER TABLE rounds ADD COLUMN bar_causes jsonb NOT NULL DEFAULT '[]'::jsonb;
UPDATE rounds SET bars_at_start = bars_before WHERE bars_at_start IS NULL;
ALTER TABLE rounds ALTER COLUMN bars_at_start SET NOT NULL;
