-- The host's deadline for the tournament round in play, so that a reopened tournament keeps it
-- (server/rooms/resume.ts). Null without one.
ALTER TABLE tournaments ADD COLUMN round_ends_at timestamptz;
