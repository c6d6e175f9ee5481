-- The key that signs the catalogue's own access tokens, shared by every instance of the service
-- (made by the first instance that starts; an operator may rotate it by deleting the row).
CREATE TABLE auth_signing_key (
  id          smallint PRIMARY KEY CHECK (id = 1),
  secret      bytea NOT NULL CHECK (octet_length(secret) >= 32),
  created_at  timestamptz NOT NULL DEFAULT now()
);
