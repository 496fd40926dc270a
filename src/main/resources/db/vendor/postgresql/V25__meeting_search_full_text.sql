-- PostgreSQL only (docs/0019-search.md): full-text search over the meetings' search documents. The documents are
-- already lower case, without accents and cut into words by Parley, so the 'simple' configuration (no stemming, no stop
-- words: the same in every language and script) only has to index them. A query is words that must each begin a word
-- of the document ('lavr:* & riyad:*'); the GIN index answers it without reading the documents.
create index meeting_search_words_idx on meeting_search using gin (to_tsvector('simple', document));

-- One name for the match, so that the application's query reads the same on every database; PostgreSQL inlines this
-- SQL function into the query, where the index above serves it.
create function parley_search_matches(document varchar, words varchar) returns boolean
    language sql immutable parallel safe
    as $$ select to_tsvector('simple', document) @@ to_tsquery('simple', words) $$;
