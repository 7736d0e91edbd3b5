"""Named jobs of the search domain, re-executable from the UI."""

import dagster as dg

embed_page_groups = dg.define_asset_job(
    "embed_page_groups",
    selection=dg.AssetSelection.assets("document_chunks", "document_embeddings"),
    description="Page groups' Dolma documents chunked and embedded into the collection's search table: one "
    "partition, or a range of adjacent ones in one run (one model load).",
)

observe_embedding_model = dg.define_asset_job(
    "observe_embedding_model",
    selection=dg.AssetSelection.assets("embedding_model"),
    description="The embedding model's revision recorded as the data version of embedding_model: chunks and "
    "embeddings made with another model show as stale.",
)

extract_page_group_entities = dg.define_asset_job(
    "extract_page_group_entities",
    selection=dg.AssetSelection.assets("document_entities"),
    description="Page groups' entities extracted by the LLM: one partition, or a range of adjacent ones in one run "
    "(one server start).",
)
