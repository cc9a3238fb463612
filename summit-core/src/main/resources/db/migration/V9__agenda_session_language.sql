-- Agenda context: the language a session is held in (a BCP 47 tag, zh-Hant or en), which delegates filter the
-- programme by and the frab/c3voc exports name per event. Sessions drafted before it existed are taken as held in
-- zh-Hant, the host's language; organisers can change each.
ALTER TABLE agenda_session ADD COLUMN language VARCHAR(8) DEFAULT 'zh-Hant' NOT NULL;
