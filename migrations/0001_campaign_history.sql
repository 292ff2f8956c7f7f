-- The event list (events) is the replayable source of truth; every other table makes it queryable.

CREATE TABLE campaigns (
  id text PRIMARY KEY,
  code text NOT NULL,
  settings jsonb NOT NULL,
  seed bigint NOT NULL CHECK (seed >= 0),
  rounds integer NOT NULL CHECK (rounds >= 1),
  rounds_played integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'lobby' CHECK (status IN ('lobby', 'running', 'finished')),
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  winner text,
  ending text CHECK (ending IN ('completed', 'ecological_collapse', 'economic_collapse')),
  tie_break text,
  CHECK ((status = 'finished') = (finished_at IS NOT NULL))
);
CREATE INDEX campaigns_code_idx ON campaigns (code);
CREATE INDEX campaigns_finished_idx ON campaigns (finished_at DESC, id) WHERE status = 'finished';

CREATE TABLE mayors (
  campaign_id text NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  mayor_id text NOT NULL,
  name text NOT NULL,
  color text NOT NULL,
  seat integer NOT NULL CHECK (seat >= 0),
  is_bot boolean NOT NULL DEFAULT false,
  strategy text,
  PRIMARY KEY (campaign_id, mayor_id),
  UNIQUE (campaign_id, seat)
);

ALTER TABLE campaigns ADD FOREIGN KEY (id, winner) REFERENCES mayors (campaign_id, mayor_id);

CREATE TABLE rounds (
  campaign_id text NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  round integer NOT NULL CHECK (round >= 1),
  bars_before jsonb NOT NULL,
  bars_after jsonb NOT NULL,
  summary text NOT NULL,
  passive_changes jsonb NOT NULL,
  approval_after jsonb NOT NULL,
  resolved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (campaign_id, round)
);

CREATE TABLE actions (
  campaign_id text NOT NULL,
  round integer NOT NULL,
  seq integer NOT NULL,
  mayor_id text NOT NULL,
  x integer NOT NULL,
  y integer NOT NULL,
  action text NOT NULL,
  from_tile text NOT NULL,
  to_tile text NOT NULL,
  PRIMARY KEY (campaign_id, round, seq),
  FOREIGN KEY (campaign_id, round) REFERENCES rounds (campaign_id, round) ON DELETE CASCADE,
  FOREIGN KEY (campaign_id, mayor_id) REFERENCES mayors (campaign_id, mayor_id) ON DELETE CASCADE
);

CREATE TABLE speeches (
  campaign_id text NOT NULL,
  round integer NOT NULL,
  mayor_id text NOT NULL,
  seq integer NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (campaign_id, round, mayor_id),
  FOREIGN KEY (campaign_id, round) REFERENCES rounds (campaign_id, round) ON DELETE CASCADE,
  FOREIGN KEY (campaign_id, mayor_id) REFERENCES mayors (campaign_id, mayor_id) ON DELETE CASCADE
);

CREATE TABLE promises (
  campaign_id text NOT NULL,
  id text NOT NULL,
  seq integer NOT NULL,
  owner text NOT NULL,
  round integer NOT NULL,
  text text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('explicit', 'implicit')),
  domain text NOT NULL,
  confidence double precision NOT NULL,
  target text,
  deadline integer,
  commitment jsonb,
  status text NOT NULL CHECK (status IN ('pending', 'kept', 'broken')),
  resolved_round integer,
  verdict text,
  PRIMARY KEY (campaign_id, id),
  UNIQUE (campaign_id, seq),
  FOREIGN KEY (campaign_id, round) REFERENCES rounds (campaign_id, round) ON DELETE CASCADE,
  FOREIGN KEY (campaign_id, owner) REFERENCES mayors (campaign_id, mayor_id) ON DELETE CASCADE
);
CREATE INDEX promises_round_idx ON promises (campaign_id, round);
CREATE INDEX promises_resolved_idx ON promises (campaign_id, resolved_round) WHERE resolved_round IS NOT NULL;

CREATE TABLE contradictions (
  campaign_id text NOT NULL,
  id text NOT NULL,
  seq integer NOT NULL,
  owner text NOT NULL,
  round integer NOT NULL,
  description text NOT NULL,
  speech_quote text NOT NULL,
  contradicts jsonb NOT NULL,
  severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  PRIMARY KEY (campaign_id, id),
  UNIQUE (campaign_id, seq),
  FOREIGN KEY (campaign_id, round) REFERENCES rounds (campaign_id, round) ON DELETE CASCADE,
  FOREIGN KEY (campaign_id, owner) REFERENCES mayors (campaign_id, mayor_id) ON DELETE CASCADE
);
CREATE INDEX contradictions_round_idx ON contradictions (campaign_id, round);

-- Approval changes in the order the engine applied them.
CREATE TABLE reactions (
  campaign_id text NOT NULL,
  round integer NOT NULL,
  seq integer NOT NULL,
  citizen text NOT NULL,
  mayor_id text NOT NULL,
  delta integer NOT NULL,
  cause text NOT NULL CHECK (cause IN ('reaction', 'promise_kept', 'promise_broken', 'solidarity', 'collapse_blame')),
  dialogue text,
  tone text,
  promise_id text,
  PRIMARY KEY (campaign_id, round, seq),
  FOREIGN KEY (campaign_id, round) REFERENCES rounds (campaign_id, round) ON DELETE CASCADE,
  FOREIGN KEY (campaign_id, mayor_id) REFERENCES mayors (campaign_id, mayor_id) ON DELETE CASCADE,
  FOREIGN KEY (campaign_id, promise_id) REFERENCES promises (campaign_id, id) ON DELETE CASCADE
);
CREATE INDEX reactions_mayor_idx ON reactions (campaign_id, mayor_id);

-- Core citizens arrive in round 0; arrival_seq and departure_seq keep the engine's order within a round.
CREATE TABLE citizens (
  campaign_id text NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  citizen_id text NOT NULL,
  name text NOT NULL,
  role text NOT NULL,
  age integer,
  personality text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('core', 'dynamic')),
  bloc integer NOT NULL,
  linked_mayor text,
  arrived_round integer NOT NULL CHECK (arrived_round >= 0),
  arrival_seq integer NOT NULL,
  opening_line text,
  tone text,
  departed_round integer,
  departure_seq integer,
  PRIMARY KEY (campaign_id, citizen_id),
  FOREIGN KEY (campaign_id, linked_mayor) REFERENCES mayors (campaign_id, mayor_id) ON DELETE CASCADE
);
CREATE INDEX citizens_arrived_idx ON citizens (campaign_id, arrived_round);
CREATE INDEX citizens_departed_idx ON citizens (campaign_id, departed_round) WHERE departed_round IS NOT NULL;

CREATE TABLE votes (
  campaign_id text NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq >= 1),
  citizen text NOT NULL,
  mayor_id text NOT NULL,
  votes integer NOT NULL CHECK (votes >= 1),
  PRIMARY KEY (campaign_id, seq),
  FOREIGN KEY (campaign_id, mayor_id) REFERENCES mayors (campaign_id, mayor_id) ON DELETE CASCADE
);

CREATE TABLE standings (
  campaign_id text NOT NULL,
  mayor_id text NOT NULL,
  rank integer NOT NULL CHECK (rank >= 1),
  votes integer NOT NULL,
  approval_sum integer NOT NULL,
  kept integer NOT NULL,
  broken integer NOT NULL,
  PRIMARY KEY (campaign_id, mayor_id),
  FOREIGN KEY (campaign_id, mayor_id) REFERENCES mayors (campaign_id, mayor_id) ON DELETE CASCADE
);

CREATE TABLE model_calls (
  campaign_id text NOT NULL,
  round integer NOT NULL,
  seq integer NOT NULL,
  part text NOT NULL CHECK (part IN ('extraction', 'citizens')),
  mayor_id text,
  provider text NOT NULL,
  model text NOT NULL,
  latency_ms double precision NOT NULL,
  prompt_tokens integer NOT NULL,
  completion_tokens integer NOT NULL,
  fallback_reason text,
  PRIMARY KEY (campaign_id, round, seq),
  FOREIGN KEY (campaign_id, round) REFERENCES rounds (campaign_id, round) ON DELETE CASCADE,
  FOREIGN KEY (campaign_id, mayor_id) REFERENCES mayors (campaign_id, mayor_id) ON DELETE CASCADE
);
CREATE INDEX model_calls_provider_idx ON model_calls (provider, model);

CREATE TABLE events (
  campaign_id text NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq >= 1),
  event jsonb NOT NULL,
  PRIMARY KEY (campaign_id, seq)
);
