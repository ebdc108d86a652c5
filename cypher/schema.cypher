// The graph's schema in Neo4j 5: applied by `kg init` and by `kg ingest` when missing.
// Every statement is idempotent (IF NOT EXISTS).

// Ids: one node per id. `:Entity` is on every Person, Unit, Place, Campaign and Measure node.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;

// The loader's lock: one (:KgWriteLock) node every write transaction updates first, so writers
// from several processes take turns; unique, so two first writers cannot each create one.
CREATE CONSTRAINT kg_write_lock IF NOT EXISTS FOR (n:KgWriteLock) REQUIRE n.name IS UNIQUE;

// Lookups by name within a label (Browser users type `MATCH (u:Unit {name: '…'})`).
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX campaign_name IF NOT EXISTS FOR (n:Campaign) ON (n.name);
CREATE INDEX measure_name IF NOT EXISTS FOR (n:Measure) ON (n.name);
CREATE INDEX place_code IF NOT EXISTS FOR (n:Place) ON (n.code);

// Substring search (CONTAINS) over names and pinyin.
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE TEXT INDEX entity_pinyin_text IF NOT EXISTS FOR (n:Entity) ON (n.pinyinPlain);

// Articles by source file and position (re-ingesting a file replaces its articles).
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source, n.index);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);
// Articles by text hash: the same text under another file name is recognised, not stored twice.
CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.hash);

// Full-text search over names, aliases and search keys (each pinyin syllable, runs of them, the
// whole name run together, initials, each character: src/resolve/search-keys.ts); the CJK analyzer
// indexes Chinese by character bigrams. It replaces `entity_names` of version 1.
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Unit|Place|Campaign|Measure) ON EACH [n.name, n.aliases, n.pinyinPlain, n.searchKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Full-text search over article titles and texts.
CREATE FULLTEXT INDEX article_text IF NOT EXISTS
FOR (n:Article) ON EACH [n.title, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Evidence: one node per article and relationship it supports (the article, spans, sentences,
// rules); a relationship's `id` property is their `relation`, so an edge finds its sentences by
// `MATCH (ev:Evidence {relation: r.id})`. Not an :Entity: graph queries never meet them.
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE INDEX evidence_relation IF NOT EXISTS FOR (n:Evidence) ON (n.relation);
CREATE INDEX evidence_article IF NOT EXISTS FOR (n:Evidence) ON (n.article);
// What changed since a date.
CREATE INDEX article_ingested IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt);
