-- Parley's schema, as numbered migrations. Each block starts with "-- migration N: what";
-- Store applies, in one transaction each, the blocks above the version the file records.

-- migration 1: articles, their actors and events
CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,  -- same title and body, same article: stored once
  input        TEXT,                  -- file, file:line or stdin it came from
  url          TEXT,
  title        TEXT,
  subtitle     TEXT,
  published    TEXT,                  -- ISO 8601, with offset when the page gives a zone
  updated      TEXT,
  outlet       TEXT,
  genre        TEXT,
  body         TEXT NOT NULL,
  document     BLOB NOT NULL,         -- the annotated article (all layers), gzip-compressed JSON
  analyzed_at  TEXT NOT NULL
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE actors (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  code        TEXT,
  country     TEXT,
  sector      TEXT,
  name        TEXT,
  role        TEXT,
  affiliation TEXT
);
CREATE INDEX actors_article ON actors(article_id);
CREATE INDEX actors_name ON actors(name);

CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  source_code    TEXT, source_country TEXT, source_sector TEXT, source_name TEXT, source_kind TEXT,
  source_start   INTEGER, source_end INTEGER,
  target_code    TEXT, target_country TEXT, target_sector TEXT, target_name TEXT, target_kind TEXT,
  target_start   INTEGER, target_end INTEGER,
  code           TEXT NOT NULL,
  root           TEXT NOT NULL,
  goldstein      REAL NOT NULL,
  quad_class     INTEGER NOT NULL,
  status         TEXT NOT NULL,
  date_from      TEXT,
  date_to        TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  evidence_text  TEXT NOT NULL,
  trigger_word   TEXT,
  trigger_start  INTEGER,
  trigger_end    INTEGER
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_source ON events(source_country);
CREATE INDEX events_target ON events(target_country);

-- migration 2: quotes with their speakers, themes, amounts and the article's tone
CREATE TABLE quotes (
  id                  INTEGER PRIMARY KEY,
  article_id          INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start               INTEGER NOT NULL,
  end                 INTEGER NOT NULL,
  text                TEXT NOT NULL,
  direct              INTEGER NOT NULL,      -- 1: between quotation marks; 0: reported speech
  cue                 TEXT,                  -- "said", "according to"
  speaker_name        TEXT,
  speaker_kind        TEXT,                  -- PERSON, ORGANIZATION, COUNTRY, GROUP
  speaker_title       TEXT,
  speaker_affiliation TEXT,
  speaker_country     TEXT,
  speaker_code        TEXT,
  speaker_start       INTEGER,
  speaker_end         INTEGER,
  via                 TEXT                   -- outlet of a reproduced report the quote sits in
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_name);

CREATE TABLE themes (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  theme      TEXT NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL
);
CREATE INDEX themes_article ON themes(article_id);
CREATE INDEX themes_theme ON themes(theme);

CREATE TABLE amounts (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  kind       TEXT NOT NULL,                  -- MONEY, PERCENT, COUNT
  value      REAL NOT NULL,
  currency   TEXT,
  usd        REAL,
  unit       TEXT
);
CREATE INDEX amounts_article ON amounts(article_id);

-- the article's tone: positive minus negative words, percent of words
ALTER TABLE articles ADD COLUMN tone REAL;

-- migration 3: word-shingle fingerprints, to find passages articles share
CREATE TABLE shingles (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  hash       INTEGER NOT NULL,            -- 64-bit hash of eight normalised words
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL
);
CREATE INDEX shingles_hash ON shingles(hash);
CREATE INDEX shingles_article ON shingles(article_id);

-- migration 4: real-world events, each with its mentions across articles
CREATE TABLE event_clusters (
  id             INTEGER PRIMARY KEY,
  source_code    TEXT, source_country TEXT, source_name TEXT,
  target_code    TEXT, target_country TEXT, target_name TEXT,
  code           TEXT NOT NULL,
  root           TEXT NOT NULL,
  goldstein      REAL NOT NULL,
  quad_class     INTEGER NOT NULL,
  status         TEXT NOT NULL,
  date_from      TEXT,
  date_to        TEXT,
  num_mentions   INTEGER NOT NULL,
  num_sources    INTEGER NOT NULL,
  num_articles   INTEGER NOT NULL,
  first_seen     TEXT,
  last_seen      TEXT,
  confidence     REAL NOT NULL
);
CREATE INDEX event_clusters_key ON event_clusters(source_country, target_country, root);
ALTER TABLE events ADD COLUMN cluster_id INTEGER REFERENCES event_clusters(id);
CREATE INDEX events_cluster ON events(cluster_id);

-- migration 5: persons across articles, each with the evidence of every merge
CREATE TABLE persons (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  name_key     TEXT NOT NULL,            -- lowercased, accents removed: the blocking key
  title        TEXT,
  affiliation  TEXT,
  country      TEXT,
  code         TEXT,
  num_articles INTEGER NOT NULL
);
CREATE INDEX persons_key ON persons(name_key);
CREATE TABLE person_mentions (
  person_id   INTEGER NOT NULL REFERENCES persons(id),
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  title       TEXT,
  affiliation TEXT,
  country     TEXT,
  evidence    TEXT NOT NULL,               -- why this article's person is this one
  PRIMARY KEY (person_id, article_id)
);
CREATE INDEX person_mentions_article ON person_mentions(article_id);
ALTER TABLE articles ADD COLUMN persons_linked INTEGER NOT NULL DEFAULT 0;
-- the articles still to link, found without reading the whole table after every batch
CREATE INDEX articles_persons_pending ON articles(id) WHERE persons_linked = 0;

-- migration 6: stories, the articles about one developing subject, grouped as they arrive
CREATE TABLE stories (
  id           INTEGER PRIMARY KEY,
  label        TEXT NOT NULL,            -- made from its most frequent actors, themes and persons
  first_seen   TEXT,
  last_seen    TEXT,
  num_articles INTEGER NOT NULL,
  top_keys     TEXT NOT NULL DEFAULT ''  -- its most frequent keys, "key=count;...": read without the key table
);
CREATE TABLE story_keys (
  story_id INTEGER NOT NULL REFERENCES stories(id),
  key      TEXT NOT NULL,                -- "country:CHN", "pair:CHN-RUS", "theme:SANCTIONS", "person:li xing"
  weight   INTEGER NOT NULL,             -- how many of its articles have the key
  PRIMARY KEY (story_id, key)
);
CREATE INDEX story_keys_key ON story_keys(key);
ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id);
CREATE INDEX articles_story_pending ON articles(published, id) WHERE story_id IS NULL;

-- migration 7: organisations get corpus-wide ids too, beside persons
ALTER TABLE persons ADD COLUMN kind TEXT NOT NULL DEFAULT 'PERSON';
CREATE INDEX persons_kind_key ON persons(kind, name_key);

-- migration 8: the days an event covers kept on the event, so that lists, date filters and
-- counts over time read the events table and its indexes alone, not every event's article
-- first_day: date_from, else the article's publication day;
-- last_day: date_to, else date_from, else the publication day
ALTER TABLE events ADD COLUMN first_day TEXT;
ALTER TABLE events ADD COLUMN last_day TEXT;
UPDATE events SET
  first_day = COALESCE(date_from, (SELECT substr(a.published, 1, 10) FROM articles a WHERE a.id = events.article_id)),
  last_day = COALESCE(date_to, date_from, (SELECT substr(a.published, 1, 10) FROM articles a WHERE a.id = events.article_id));
CREATE INDEX events_first_day ON events(first_day, quad_class, goldstein);
CREATE INDEX events_source_code ON events(source_code);
CREATE INDEX events_target_code ON events(target_code);
CREATE INDEX events_root ON events(root);

-- migration 9: counts by root code and by pair read an index, not the events table
DROP INDEX events_root;
CREATE INDEX events_root ON events(root, quad_class, goldstein);
CREATE INDEX events_pair ON events(source_country, target_country, quad_class, goldstein);
CREATE INDEX events_code_pair ON events(source_code, target_code, quad_class, goldstein);
-- the newest events that pass a filter, found by walking this index from the newest day back
-- and stopping at the page's end, not by sorting every event that passes
CREATE INDEX events_listing ON events(first_day, source_code, target_code, source_country, target_country, code, status, quad_class);

-- migration 10: what `watch` has read: files by path, size and time; feeds with their HTTP
-- validators, when to poll them next and how their last polls went
CREATE TABLE watched_files (
  path     TEXT PRIMARY KEY,
  size     INTEGER NOT NULL,
  modified INTEGER NOT NULL,
  read_at  TEXT NOT NULL
);
CREATE TABLE watched_feeds (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  polled_at     TEXT,
  next_poll     INTEGER NOT NULL DEFAULT 0,
  failures      INTEGER NOT NULL DEFAULT 0,
  last_error    TEXT,
  items         INTEGER NOT NULL DEFAULT 0
);

-- migration 11: where an event happens: the place its sentence names, with the gazetteer's
-- country and coordinates (none when only a state is named) and the mention's offsets
ALTER TABLE events ADD COLUMN place_name TEXT;
ALTER TABLE events ADD COLUMN place_country TEXT;
ALTER TABLE events ADD COLUMN place_kind TEXT;
ALTER TABLE events ADD COLUMN place_lat REAL;
ALTER TABLE events ADD COLUMN place_lon REAL;
ALTER TABLE events ADD COLUMN place_start INTEGER;
ALTER TABLE events ADD COLUMN place_end INTEGER;

-- migration 12: a city's place from the world gazetteer: its admin-1 division (name and
-- GeoNames code), GeoNames id and population
ALTER TABLE events ADD COLUMN place_admin1 TEXT;
ALTER TABLE events ADD COLUMN place_admin1_code TEXT;
ALTER TABLE events ADD COLUMN place_feature_id INTEGER;
ALTER TABLE events ADD COLUMN place_population INTEGER;

-- migration 13: what a quote attributes: quote (direct), reported (words said), thought
-- (belief, hope, intention) or stance (a view of something); NULL for quotes stored before
ALTER TABLE quotes ADD COLUMN kind TEXT;
