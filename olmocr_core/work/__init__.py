"""The OCR work: PDFs planned into page groups, each group converted once into a workspace.

groups       page groups olmOCR's way: sizing from sampled page counts, stable group ids
workspace    the workspace layout: index, results, done markers, reports
collections  a collection's spec (sources with their credentials, workspace, options), registry and YAML
manifests    a collection's manifest of every PDF found: compare-and-swap updates, scanning, page sampling
planning     a workspace's or a collection's PDFs planned into page groups
pipeline     one group run: fetch and render its PDFs, ask the engine, decide and write its documents
shards       a collection's page groups cut into fixed runs of its index: one run, one model load, one partition
worker       the planned groups not yet done, several at once, with one engine
stats        a collection's rollup over its Dolma outputs with polars (olmOCR's --stats), routing figures
s3_watch     an S3 source listed in bounded chunks from a cursor, new documents recorded in the manifest
"""
