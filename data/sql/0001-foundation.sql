-- 0001-foundation.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The private schema (tables no login role may touch) and the api schema
-- (the only way in, filled by later migrations). Runs in one transaction,
-- applied by KansioMigrator; never edit it once released: add a migration.

CREATE SCHEMA kansio;
COMMENT ON SCHEMA kansio IS 'Kansio private tables: reached only through the api schema.';
REVOKE ALL ON SCHEMA kansio FROM PUBLIC;

CREATE SCHEMA api;
COMMENT ON SCHEMA api IS 'Kansio API: SECURITY DEFINER functions that check rights and log.';
REVOKE ALL ON SCHEMA api FROM PUBLIC;

CREATE TABLE kansio.organisation_unit (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  parent_id integer REFERENCES kansio.organisation_unit (id),
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]+$'),
  kind text NOT NULL CHECK (kind IN ('county', 'office', 'team')),
  name_fi text NOT NULL CHECK (name_fi <> ''),
  name_sv text NOT NULL CHECK (name_sv <> ''),
  street_address text,
  postal_code text CHECK (postal_code ~ '^[0-9]{5}$'),
  post_office_fi text,
  post_office_sv text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'county') = (parent_id IS NULL))
);

CREATE TABLE kansio.staff_member (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  login_role name NOT NULL UNIQUE,
  full_name text NOT NULL CHECK (full_name <> ''),
  title_fi text NOT NULL,
  title_sv text NOT NULL,
  unit_id integer NOT NULL REFERENCES kansio.organisation_unit (id),
  language text NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv')),
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The century sign is part of the identity (DOMAIN.md 1.1): stored as
-- given, never normalised.
CREATE TABLE kansio.person (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  identity_code text NOT NULL UNIQUE CHECK (identity_code ~ '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$'),
  first_names text NOT NULL CHECK (first_names <> ''),
  surname text NOT NULL CHECK (surname <> ''),
  language text NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv')),
  home_municipality text,
  created_at timestamptz NOT NULL DEFAULT now(),
  row_version integer NOT NULL DEFAULT 1
);

CREATE INDEX person_surname_idx ON kansio.person (lower (surname) text_pattern_ops);

-- What the app shows about the database it is connected to.
CREATE FUNCTION api.server_info (OUT schema_version integer, OUT organisation text,
                                 OUT is_demo boolean)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT (SELECT max (version) FROM kansio_meta.schema_migration),
         (SELECT name_fi FROM kansio.organisation_unit WHERE kind = 'county' ORDER BY id LIMIT 1),
         EXISTS (SELECT 1 FROM kansio.staff_member WHERE is_demo)
$$;
