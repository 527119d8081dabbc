# Elasticsearch 8 with the analysis plugin the search index needs:
#   analysis-icu  icu_tokenizer (Thai, Lao, Khmer, Burmese, CJK by dictionary),
#                 icu_normalizer, icu_folding, icu_collation_keyword
# The plugin must match the server version exactly; elasticsearch-plugin
# installs the matching build.
ARG ES_VERSION=8.19.14
FROM docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION}

RUN bin/elasticsearch-plugin install --batch analysis-icu
