-- The catalogue's schema. Geometries are WGS 84 (SRID 4326), lon/lat. Translatable texts are
-- jsonb objects keyed by BCP 47 language tags (see docs/decisions/0002-translations.md).

CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;

-- A translatable text: {"vi": "...", "en": "...", "zh-Hans": "..."}; keys are BCP 47 tags.
CREATE FUNCTION is_localized_text(t jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$
    SELECT t IS NULL OR (jsonb_typeof(t) = 'object' AND NOT EXISTS (
      SELECT 1 FROM jsonb_each(t) e
       WHERE e.key !~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' OR jsonb_typeof(e.value) <> 'string'))
  $$;

-- ---------------------------------------------------------------------------------------------
-- Parks
CREATE TABLE park (
  id                  text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
  name                jsonb NOT NULL CHECK (is_localized_text(name)),
  description         jsonb CHECK (is_localized_text(description)),
  country             text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  managing_body       jsonb CHECK (is_localized_text(managing_body)),
  unesco_year         integer CHECK (unesco_year BETWEEN 2000 AND 2100),
  languages           text[] NOT NULL DEFAULT '{}',
  catalogued          boolean NOT NULL DEFAULT false,
  boundary_quality    text NOT NULL DEFAULT 'published' CHECK (boundary_quality IN ('published', 'approximate-from-districts')),
  website             text,
  boundary            geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(boundary)),
  sources             text[] NOT NULL DEFAULT '{}',
  position_precision  text,
  import_source       text,
  import_external_id  text,
  import_digest       text,
  edited_since_import boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (import_source, import_external_id)
);
CREATE INDEX park_boundary_idx ON park USING gist (boundary);

CREATE TABLE park_partner (
  park_id         text NOT NULL REFERENCES park(id) ON DELETE CASCADE,
  partner_park_id text NOT NULL,
  PRIMARY KEY (park_id, partner_park_id),
  CHECK (park_id <> partner_park_id)
);

-- ---------------------------------------------------------------------------------------------
-- Places: one table for every kind (docs/decisions/0001-data-model.md).
CREATE TABLE place (
  id                  text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,119}$'),
  park_id             text NOT NULL REFERENCES park(id),
  kind                text NOT NULL CHECK (kind IN ('geosite', 'cave', 'waterfall', 'lake', 'landform',
                        'fossil_site', 'archaeological_site', 'historical_relic', 'religious_site',
                        'craft_village', 'viewpoint', 'information_centre')),
  name                jsonb NOT NULL CHECK (is_localized_text(name)),
  description         jsonb CHECK (is_localized_text(description)),
  transliterated      text[] NOT NULL DEFAULT '{}',
  status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'caution', 'closed')),
  status_reason       jsonb CHECK (is_localized_text(status_reason)),
  sensitivity         text NOT NULL DEFAULT 'public' CHECK (sensitivity IN ('public', 'generalised', 'restricted')),
  geom                geometry(Geometry, 4326) NOT NULL
                        CHECK (GeometryType(geom) IN ('POINT', 'POLYGON', 'MULTIPOLYGON') AND ST_IsValid(geom)),
  -- What the public sees: the exact geometry, a point snapped to a 0.01° grid (about 1 km), or
  -- nothing. Computed here so that no code path can forget the rule.
  public_geom         geometry(Geometry, 4326) GENERATED ALWAYS AS (
                        CASE sensitivity
                          WHEN 'public' THEN geom
                          WHEN 'generalised' THEN ST_SnapToGrid(ST_PointOnSurface(geom), 0.01)
                        END) STORED,
  protection_zone     geometry(MultiPolygon, 4326) CHECK (protection_zone IS NULL OR ST_IsValid(protection_zone)),
  tags                text[] NOT NULL DEFAULT '{}',
  facilities          text[] NOT NULL DEFAULT '{}',
  accessibility       jsonb CHECK (is_localized_text(accessibility)),
  media               jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(media) = 'array'),
  elevation_m         double precision,
  outside_park        text,
  attributes          jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object'),
  sources             text[] NOT NULL DEFAULT '{}',
  position_precision  text,
  import_source       text,
  import_external_id  text,
  import_digest       text,
  edited_since_import boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (import_source, import_external_id)
);
CREATE INDEX place_geom_idx ON place USING gist (geom);
CREATE INDEX place_public_geom_idx ON place USING gist (public_geom);
CREATE INDEX place_park_kind_idx ON place (park_id, kind);

-- ---------------------------------------------------------------------------------------------
-- Intangible heritage: no single point; linked to parks and places.
CREATE TABLE intangible_heritage (
  id                  text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,119}$'),
  category            text NOT NULL CHECK (category IN ('performing_art', 'ritual', 'festival', 'craft', 'oral_tradition', 'cuisine')),
  name                jsonb NOT NULL CHECK (is_localized_text(name)),
  description         jsonb CHECK (is_localized_text(description)),
  communities         jsonb CHECK (is_localized_text(communities)),
  transliterated      text[] NOT NULL DEFAULT '{}',
  unesco_listing      text,
  sources             text[] NOT NULL DEFAULT '{}',
  import_source       text,
  import_external_id  text,
  import_digest       text,
  edited_since_import boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (import_source, import_external_id)
);
CREATE TABLE intangible_heritage_park (
  heritage_id text NOT NULL REFERENCES intangible_heritage(id) ON DELETE CASCADE,
  park_id     text NOT NULL REFERENCES park(id),
  PRIMARY KEY (heritage_id, park_id)
);
CREATE TABLE intangible_heritage_place (
  heritage_id text NOT NULL REFERENCES intangible_heritage(id) ON DELETE CASCADE,
  place_id    text NOT NULL REFERENCES place(id) ON DELETE CASCADE,
  PRIMARY KEY (heritage_id, place_id)
);

-- ---------------------------------------------------------------------------------------------
-- Partners of the geopark network and their products.
CREATE TABLE partner (
  id                  text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,119}$'),
  park_id             text NOT NULL REFERENCES park(id),
  type                text NOT NULL CHECK (type IN ('homestay', 'hotel', 'restaurant', 'product_shop', 'ocop_producer', 'guide', 'transport')),
  sample              boolean NOT NULL DEFAULT false,
  name                jsonb NOT NULL CHECK (is_localized_text(name)),
  description         jsonb CHECK (is_localized_text(description)),
  transliterated      text[] NOT NULL DEFAULT '{}',
  certification_number      text,
  certification_valid_until date,
  contact             jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(contact) = 'object'),
  languages_spoken    text[] NOT NULL DEFAULT '{}',
  geom                geometry(Point, 4326),
  sources             text[] NOT NULL DEFAULT '{}',
  position_precision  text,
  import_source       text,
  import_external_id  text,
  import_digest       text,
  edited_since_import boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (import_source, import_external_id)
);
CREATE INDEX partner_geom_idx ON partner USING gist (geom);

CREATE TABLE partner_product (
  partner_id        text NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
  position          integer NOT NULL,
  name              jsonb NOT NULL CHECK (is_localized_text(name)),
  origin            jsonb CHECK (is_localized_text(origin)),
  cultural_meaning  jsonb CHECK (is_localized_text(cultural_meaning)),
  ingredients       jsonb CHECK (is_localized_text(ingredients)),
  usage             jsonb CHECK (is_localized_text(usage)),
  storage           jsonb CHECK (is_localized_text(storage)),
  ocop_stars        integer CHECK (ocop_stars BETWEEN 3 AND 5),
  PRIMARY KEY (partner_id, position)
);

-- ---------------------------------------------------------------------------------------------
-- Routes and their ordered stops. The length is computed on the geography, in metres.
CREATE TABLE route (
  id                  text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,119}$'),
  park_id             text NOT NULL REFERENCES park(id),
  name                jsonb NOT NULL CHECK (is_localized_text(name)),
  description         jsonb CHECK (is_localized_text(description)),
  transliterated      text[] NOT NULL DEFAULT '{}',
  mode                text NOT NULL CHECK (mode IN ('walk', 'bike', 'car', 'boat')),
  difficulty          text NOT NULL CHECK (difficulty IN ('easy', 'moderate', 'hard')),
  duration_hours      double precision CHECK (duration_hours > 0),
  themes              text[] NOT NULL DEFAULT '{}',
  seasons             integer[] NOT NULL DEFAULT '{}',
  geometry_quality    text NOT NULL CHECK (geometry_quality IN ('surveyed', 'road-trace', 'schematic')),
  geom                geometry(Geometry, 4326) NOT NULL
                        CHECK (GeometryType(geom) IN ('LINESTRING', 'MULTILINESTRING') AND NOT ST_IsEmpty(geom)),
  length_m            double precision GENERATED ALWAYS AS (ST_Length(geom::geography)) STORED,
  sources             text[] NOT NULL DEFAULT '{}',
  import_source       text,
  import_external_id  text,
  import_digest       text,
  edited_since_import boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (import_source, import_external_id)
);
CREATE INDEX route_geom_idx ON route USING gist (geom);

CREATE TABLE route_stop (
  route_id  text NOT NULL REFERENCES route(id) ON DELETE CASCADE,
  position  integer NOT NULL CHECK (position >= 1),
  place_id  text NOT NULL REFERENCES place(id),
  PRIMARY KEY (route_id, position)
);
CREATE INDEX route_stop_place_idx ON route_stop (place_id);

-- ---------------------------------------------------------------------------------------------
-- Hazards: time-bound, with advice per language.
CREATE TABLE hazard (
  id                  text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,119}$'),
  park_id             text NOT NULL REFERENCES park(id),
  place_id            text REFERENCES place(id),
  type                text NOT NULL CHECK (type IN ('high_water', 'flash_flood', 'rockfall', 'landslide',
                        'railway_crossing', 'slippery_path', 'deep_water', 'border_zone', 'steep_drop', 'low_ceiling')),
  severity            text NOT NULL CHECK (severity IN ('low', 'moderate', 'high', 'extreme')),
  status              text NOT NULL CHECK (status IN ('active', 'seasonal', 'resolved')),
  valid_from          timestamptz NOT NULL,
  valid_until         timestamptz CHECK (valid_until IS NULL OR valid_until > valid_from),
  title               jsonb NOT NULL CHECK (is_localized_text(title)),
  advice              jsonb NOT NULL CHECK (is_localized_text(advice)),
  geom                geometry(Geometry, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  sources             text[] NOT NULL DEFAULT '{}',
  position_precision  text,
  import_source       text,
  import_external_id  text,
  import_digest       text,
  edited_since_import boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (import_source, import_external_id)
);
CREATE INDEX hazard_geom_idx ON hazard USING gist (geom);
CREATE INDEX hazard_validity_idx ON hazard (valid_from, valid_until);

-- ---------------------------------------------------------------------------------------------
-- Signs: the signage inventory.
CREATE TABLE sign (
  id                  text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,119}$'),
  park_id             text NOT NULL REFERENCES park(id),
  type                text NOT NULL CHECK (type IN ('interpretation', 'direction', 'warning', 'safety')),
  condition           text NOT NULL CHECK (condition IN ('good', 'fair', 'damaged', 'missing')),
  installed_on        date,
  last_inspected_on   date,
  languages           text[] NOT NULL DEFAULT '{}',
  serves_place_id     text REFERENCES place(id),
  serves_hazard_id    text REFERENCES hazard(id),
  text                jsonb CHECK (is_localized_text(text)),
  photo_url           text,
  sample              boolean NOT NULL DEFAULT false,
  geom                geometry(Point, 4326) NOT NULL,
  sources             text[] NOT NULL DEFAULT '{}',
  position_precision  text,
  import_source       text,
  import_external_id  text,
  import_digest       text,
  edited_since_import boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (import_source, import_external_id),
  CHECK (serves_place_id IS NOT NULL OR serves_hazard_id IS NOT NULL)
);
CREATE INDEX sign_geom_idx ON sign USING gist (geom);

-- ---------------------------------------------------------------------------------------------
-- Audio-guide narrations: one row per place (or route stop) and language.
CREATE TABLE narration (
  id                  text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,159}$'),
  place_id            text REFERENCES place(id) ON DELETE CASCADE,
  route_id            text,
  stop_position       integer,
  language            text NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
  title               text NOT NULL,
  script              text NOT NULL,
  transcript          text,
  trigger_radius_m    integer NOT NULL DEFAULT 100 CHECK (trigger_radius_m BETWEEN 5 AND 5000),
  sources             text[] NOT NULL DEFAULT '{}',
  import_source       text,
  import_external_id  text,
  import_digest       text,
  edited_since_import boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (import_source, import_external_id),
  FOREIGN KEY (route_id, stop_position) REFERENCES route_stop(route_id, position) ON DELETE CASCADE,
  CHECK ((place_id IS NOT NULL) <> (route_id IS NOT NULL AND stop_position IS NOT NULL))
);
CREATE UNIQUE INDEX narration_place_language_idx ON narration (place_id, language) WHERE place_id IS NOT NULL;
CREATE UNIQUE INDEX narration_stop_language_idx ON narration (route_id, stop_position, language) WHERE route_id IS NOT NULL;

CREATE TABLE audio_asset (
  id            bigserial PRIMARY KEY,
  narration_id  text NOT NULL REFERENCES narration(id) ON DELETE CASCADE,
  media_type    text NOT NULL,
  storage_key   text NOT NULL UNIQUE,
  bytes         bigint NOT NULL CHECK (bytes >= 0),
  duration_s    double precision,
  sha256        text NOT NULL,
  synthesized   boolean NOT NULL DEFAULT false,
  transcript    text,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- ---------------------------------------------------------------------------------------------
-- Accounts, roles per park, API keys.
CREATE TABLE account (
  id             bigserial PRIMARY KEY,
  username       text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._@-]{3,80}$'),
  display_name   text NOT NULL,
  password_hash  text,
  enabled        boolean NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE account_role (
  account_id  bigint NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  role        text NOT NULL CHECK (role IN ('admin', 'park_manager', 'operator')),
  park_id     text REFERENCES park(id),
  CHECK (role <> 'park_manager' OR park_id IS NOT NULL)
);
CREATE UNIQUE INDEX account_role_uniq ON account_role (account_id, role, coalesce(park_id, ''));
CREATE TABLE api_key (
  id            bigserial PRIMARY KEY,
  account_id    bigint NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  prefix        text NOT NULL UNIQUE,
  secret_hash   text NOT NULL,
  label         text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);

-- ---------------------------------------------------------------------------------------------
-- Audit log: who changed what, with the record before and after.
CREATE TABLE audit_log (
  id           bigserial PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  actor        text NOT NULL,
  action       text NOT NULL,
  entity_type  text NOT NULL,
  entity_id    text NOT NULL,
  before       jsonb,
  after        jsonb,
  txid         xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at);

-- Change log: one row per change, written in the changing transaction. Readers follow it by
-- (txid, seq) and read only below the oldest running transaction (docs/decisions/0005-change-log.md).
CREATE TABLE change_log (
  seq          bigserial PRIMARY KEY,
  txid         xid8 NOT NULL DEFAULT pg_current_xact_id(),
  at           timestamptz NOT NULL DEFAULT clock_timestamp(),
  entity_type  text NOT NULL,
  entity_id    text NOT NULL,
  operation    text NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
  park_id      text
);
CREATE INDEX change_log_position_idx ON change_log (txid, seq);
