"""From Dolma documents to what users search and query: chunks, vectors, a search table, and extracted facts.

chunking   markdown-aware chunks counted in the embedding model's tokens, with their lineage
embedding  the sentence-transformers model, loaded once per process
store      the per-group parquet files (written once) and the LanceDB table built from them
groups     a page group's documents to chunks, and chunks to vectors in the table
query      search: a query embedded with the stored model, the nearest chunks back
entities   facts extracted by an LLM over an OpenAI-compatible server, constrained to a JSON schema
"""
