-- A tournament its server was running (or holding open for registration) when it stopped is reopened on the next
-- start (server/rooms/resume.ts); one that cannot be is marked interrupted, never left open or running. Its results
-- so far are kept.
ALTER TABLE tournaments DROP CONSTRAINT tournaments_status_check;
ALTER TABLE tournaments ADD CONSTRAINT tournaments_status_check CHECK (status IN ('registration', 'closed', 'running', 'finished', 'interrupted'));
CREATE INDEX tournaments_open_idx ON tournaments (created_at, id) WHERE status IN ('registration', 'closed', 'running');
