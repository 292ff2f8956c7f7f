-- A campaign its server was running when it stopped is picked up again from its stored events on the next start
-- (server/rooms/resume.ts); one that cannot be is marked interrupted, never left running.
ALTER TABLE campaigns DROP CONSTRAINT campaigns_status_check;
ALTER TABLE campaigns ADD CONSTRAINT campaigns_status_check CHECK (status IN ('lobby', 'running', 'finished', 'interrupted'));
-- The server process that runs the campaign (its PUBLIC_ADDRESS, '' for a single process): on start each resumes its own.
ALTER TABLE campaigns ADD COLUMN process text NOT NULL DEFAULT '';
-- What the room adds to the engine's settings: phase timers, rated, private. Null for a campaign no room ran (stored
-- by a tool), which is never resumed.
ALTER TABLE campaigns ADD COLUMN room jsonb;
CREATE INDEX campaigns_running_idx ON campaigns (process, created_at) WHERE status IN ('lobby', 'running');
