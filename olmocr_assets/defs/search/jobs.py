"""Named jobs of the search domain, re-executable from the UI."""

import dagster as dg

embed_page_groups = dg.define_asset_job(
    "embed_page_groups",
    selection=dg.AssetSelection.assets("document_chunks", "document_embeddings"),
    description="A shard's Dolma documents chunked and embedded into the collection's search table: one shard per "
    "run (one model load); its groups already embedded are skipped, those not converted yet wait for the next run.",
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
    description="A shard's entities extracted by the LLM: one shard per run (one server start); its groups already "
    "extracted are skipped, those not converted yet wait for the next run.",
)
