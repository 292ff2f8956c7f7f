-- Guest identities and their ratings. A token is never stored: only its SHA-256, which is enough to recognise it and
-- useless to anyone who reads the table (the token is 256 random bits, so no salt or slow hash is needed).
CREATE TABLE players (
  id text PRIMARY KEY CHECK (id ~ '^p[0-9a-f]{16}$'),
  name text NOT NULL,
  token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  mu double precision NOT NULL,
  sigma double precision NOT NULL CHECK (sigma > 0),
  games integer NOT NULL DEFAULT 0 CHECK (games >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
-- The leaderboard orders by the ordinal, mu - 3 sigma (common/rating/display.ts).
CREATE INDEX players_ordinal_idx ON players ((mu - 3 * sigma) DESC, id) WHERE games > 0;

-- Which identity held each human seat of a campaign.
CREATE TABLE campaign_players (
  campaign_id text NOT NULL,
  mayor_id text NOT NULL,
  player_id text NOT NULL REFERENCES players (id) ON DELETE CASCADE,
  PRIMARY KEY (campaign_id, mayor_id),
  UNIQUE (campaign_id, player_id),
  FOREIGN KEY (campaign_id, mayor_id) REFERENCES mayors (campaign_id, mayor_id) ON DELETE CASCADE
);
CREATE INDEX campaign_players_player_idx ON campaign_players (player_id);

-- One row per player per rated campaign: the skill before and after it.
CREATE TABLE rating_history (
  player_id text NOT NULL REFERENCES players (id) ON DELETE CASCADE,
  campaign_id text NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  rank integer NOT NULL CHECK (rank >= 1),
  mu_before double precision NOT NULL,
  sigma_before double precision NOT NULL,
  mu_after double precision NOT NULL,
  sigma_after double precision NOT NULL,
  rated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (player_id, campaign_id)
);
CREATE INDEX rating_history_campaign_idx ON rating_history (campaign_id);
CREATE INDEX rating_history_player_idx ON rating_history (player_id, rated_at DESC);
