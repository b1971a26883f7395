-- 0010-decision-phrases.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Reason phrases a handler picks for a decision's reasons and then edits:
-- templates of their own kind, versioned and approved like the rest, in
-- Finnish and Swedish, by service area.

SET LOCAL ROLE kansio_owner;

ALTER TABLE kansio.document_template DROP CONSTRAINT document_template_kind_check;
ALTER TABLE kansio.document_template
  ADD CONSTRAINT document_template_kind_check
  CHECK (kind IN ('decision', 'letter', 'block', 'report', 'phrase'));

-- The approved phrases of an area (and those for every area), in one call.
CREATE FUNCTION api.phrases (p_area text)
  RETURNS TABLE (name text, title_fi text, title_sv text, body_fi text, body_sv text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM kansio.caller ();
  RETURN QUERY
    SELECT DISTINCT ON (t.id) t.name, t.title_fi, t.title_sv, v.body_fi, v.body_sv
    FROM kansio.document_template t
    JOIN kansio.template_version v ON v.template_id = t.id AND v.status = 'approved'
    WHERE t.kind = 'phrase' AND (t.area IS NULL OR t.area = p_area)
    ORDER BY t.id, v.version DESC;
END
$$;
COMMENT ON FUNCTION api.phrases (text) IS 'no-client-data';

CREATE FUNCTION kansio.ship_phrase (p_name text, p_title_fi text, p_title_sv text, p_body_fi text,
                                    p_body_sv text)
  RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  new_id integer;
BEGIN
  INSERT INTO kansio.document_template (name, area, kind, title_fi, title_sv)
  VALUES (p_name, 'income-support', 'phrase', p_title_fi, p_title_sv)
  RETURNING id INTO new_id;
  INSERT INTO kansio.template_version (template_id, version, body_fi, body_sv, fi_revised_at,
                                       sv_revised_at, status, note, approved_at)
  VALUES (new_id, 1, p_body_fi, p_body_sv, now (), now (), 'approved', 'Shipped with Kansio',
          now ());
END
$$;

SELECT kansio.ship_phrase ('is-reason-calculation', 'Laskelman mukainen tuki',
                           'Stöd enligt beräkningen',
  'Tuki on myönnetty liitteenä olevan laskelman mukaisesti. Laskelmassa on otettu huomioon '
  'perusosa sekä hyväksytyt muut perusmenot ja täydentävän toimeentulotuen erityismenot, ja '
  'niistä on vähennetty käytettävissä olevat tulot ja varat.',
  'Stödet har beviljats enligt den bifogade beräkningen. I beräkningen har grunddelen och de '
  'godkända övriga grundutgifterna samt de särskilda utgifterna inom kompletterande '
  'utkomststöd beaktats, och från dem har de tillgängliga inkomsterna och tillgångarna dragits '
  'av.');
SELECT kansio.ship_phrase ('is-reason-income-exceeds', 'Tulot ylittävät menot',
                           'Inkomsterna överstiger utgifterna',
  'Hakemus on hylätty, koska perheen käytettävissä olevat tulot ja varat ylittävät '
  'toimeentulotuessa hyväksyttävät menot.',
  'Ansökan har avslagits eftersom familjens tillgängliga inkomster och tillgångar överstiger '
  'de utgifter som godkänns i utkomststödet.');
SELECT kansio.ship_phrase ('is-reason-rent-reasonable', 'Asumismenot kohtuulliset',
                           'Boendeutgifterna skäliga',
  'Asumismenot on hyväksytty täysimääräisinä, koska ne ovat kohtuulliset.',
  'Boendeutgifterna har godkänts till fullt belopp eftersom de är skäliga.');
SELECT kansio.ship_phrase ('is-reason-missing-attachments', 'Puuttuvat liitteet',
                           'Bilagor saknas',
  'Hakemus on ratkaistu käytettävissä olevien tietojen perusteella, koska pyydettyjä '
  'selvityksiä ei toimitettu määräaikaan mennessä.',
  'Ansökan har avgjorts utifrån de uppgifter som finns tillgängliga eftersom de begärda '
  'utredningarna inte lämnades in inom utsatt tid.');
SELECT kansio.ship_phrase ('is-reason-special-expense', 'Erityismeno hyväksytty',
                           'Särskild utgift godkänd',
  'Täydentävää toimeentulotukea on myönnetty erityismenoon, jota ei ole katettu '
  'perustoimeentulotuella ja jonka on katsottu olevan välttämätön.',
  'Kompletterande utkomststöd har beviljats för en särskild utgift som inte täcks av '
  'grundläggande utkomststöd och som har bedömts vara nödvändig.');

DROP FUNCTION kansio.ship_phrase (text, text, text, text, text);

RESET ROLE;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO kansio_user;
