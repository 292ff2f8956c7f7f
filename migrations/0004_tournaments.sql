-- Tournaments as common/schemas/tournament.ts models them. Standings are not stored: they are derived from the
-- results (common/tournament/standings.ts). A table's campaign is linked without a foreign key, because the
-- tournament may record the link before the campaign's first write.
CREATE TABLE tournaments (
  id text PRIMARY KEY,
  code text NOT NULL,
  host text NOT NULL REFERENCES players (id),
  settings jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('registration', 'closed', 'running', 'finished')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tournaments_created_idx ON tournaments (created_at DESC, id);
CREATE INDEX tournaments_code_idx ON tournaments (code);

CREATE TABLE tournament_entries (
  tournament_id text NOT NULL REFERENCES tournaments (id) ON DELETE CASCADE,
  player_id text NOT NULL REFERENCES players (id),
  seq integer NOT NULL CHECK (seq >= 0),
  name text NOT NULL,
  seed double precision NOT NULL,
  absent boolean NOT NULL,
  PRIMARY KEY (tournament_id, player_id)
);

CREATE TABLE tournament_tables (
  tournament_id text NOT NULL REFERENCES tournaments (id) ON DELETE CASCADE,
  table_id text NOT NULL,
  round integer NOT NULL CHECK (round >= 1),
  seq integer NOT NULL CHECK (seq >= 0),
  campaign_id text,
  PRIMARY KEY (tournament_id, table_id),
  UNIQUE (tournament_id, round, seq)
);

-- A player's seat has player_id (their mayor id is their player id); a bot's has its strategy.
CREATE TABLE tournament_seats (
  tournament_id text NOT NULL,
  table_id text NOT NULL,
  seat integer NOT NULL CHECK (seat >= 0),
  mayor_id text NOT NULL,
  player_id text REFERENCES players (id),
  bot text,
  abandoned boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tournament_id, table_id, seat),
  UNIQUE (tournament_id, table_id, mayor_id),
  CHECK ((player_id IS NULL) <> (bot IS NULL)),
  FOREIGN KEY (tournament_id, table_id) REFERENCES tournament_tables (tournament_id, table_id) ON DELETE CASCADE
);
CREATE INDEX tournament_seats_player_idx ON tournament_seats (player_id) WHERE player_id IS NOT NULL;

CREATE TABLE tournament_results (
  tournament_id text NOT NULL,
  table_id text NOT NULL,
  mayor_id text NOT NULL,
  seq integer NOT NULL CHECK (seq >= 0),
  rank integer NOT NULL CHECK (rank >= 1),
  votes integer NOT NULL CHECK (votes >= 0),
  points double precision NOT NULL CHECK (points >= 0),
  abandoned boolean NOT NULL,
  PRIMARY KEY (tournament_id, table_id, mayor_id),
  FOREIGN KEY (tournament_id, table_id, mayor_id) REFERENCES tournament_seats (tournament_id, table_id, mayor_id) ON DELETE CASCADE
);
