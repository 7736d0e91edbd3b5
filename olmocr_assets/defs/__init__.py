"""The code location's definitions, one folder per domain (loaded by ``dg.load_from_defs_folder``):

collections/  pdf_collection, page_groups, collection_report; the S3 source sensors; convert_collection
ocr/          dolma_documents and its check; the page-groups sensor; convert_page_groups
search/       embedding_model (observed) -> document_chunks -> document_embeddings (the search table),
              document_entities; embed_page_groups, observe_embedding_model
models/       training_data -> sft/grpo checkpoints -> prepared -> fp8 -> released; the named jobs
resources.py  the resources, from the environment
"""
