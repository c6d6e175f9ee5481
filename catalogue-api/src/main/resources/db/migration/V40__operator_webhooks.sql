-- Tour operators: their API keys (table api_key, migration V1) and their webhooks.

-- A key is found by its prefix on every request that carries one; revoked keys stay for the record.
CREATE INDEX api_key_account_idx ON api_key (account_id);

-- An operator's subscription: a URL that receives a signed POST when the hazards or closures on
-- the routes it follows start, change or end. It follows routes, or every route of a park.
CREATE TABLE webhook_subscription (
  id          bigserial PRIMARY KEY,
  account_id  bigint NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  url         text NOT NULL CHECK (url ~ '^https?://'),
  -- the shared secret of the HMAC signatures: the receiver must hold it too, so it is kept as is
  secret      text NOT NULL,
  route_ids   text[] NOT NULL DEFAULT '{}',
  park_ids    text[] NOT NULL DEFAULT '{}',
  -- the language of the notifications' texts (titles, advice)
  language    text NOT NULL DEFAULT 'en',
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (cardinality(route_ids) + cardinality(park_ids) > 0)
);
CREATE INDEX webhook_subscription_account_idx ON webhook_subscription (account_id);

-- What a subscriber was last told of a route: the hazards and closures in force on it (now and in
-- the look-ahead). A notification is due when the route's state differs from this; the instance
-- that moves it (row locked) is the one that queues the notification, so it is queued once.
CREATE TABLE webhook_route_state (
  subscription_id bigint NOT NULL REFERENCES webhook_subscription(id) ON DELETE CASCADE,
  route_id        text NOT NULL,
  state           jsonb NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subscription_id, route_id)
);

-- One notification to deliver, with its retries. A worker claims due rows with FOR UPDATE SKIP
-- LOCKED and leases them (next_attempt_at moves forward), so one instance posts each at a time.
CREATE TABLE webhook_delivery (
  id              uuid PRIMARY KEY,
  subscription_id bigint NOT NULL REFERENCES webhook_subscription(id) ON DELETE CASCADE,
  route_id        text NOT NULL,
  payload         jsonb NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  created_at      timestamptz NOT NULL DEFAULT now(),
  delivered_at    timestamptz
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, created_at);

-- The delivery log: every attempt, its answer or its failure.
CREATE TABLE webhook_attempt (
  delivery_id  uuid NOT NULL REFERENCES webhook_delivery(id) ON DELETE CASCADE,
  attempt      integer NOT NULL,
  at           timestamptz NOT NULL DEFAULT now(),
  status_code  integer,
  error        text,
  duration_ms  integer NOT NULL,
  PRIMARY KEY (delivery_id, attempt)
);
