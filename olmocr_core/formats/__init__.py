"""The formats on the wire and on disk: what we send the model, what it answers, what we write.

prompts   the olmOCR v4 prompt, chat request and image size defaults
response  the model's page answer (front matter + text), parsed and formatted, and PageResult per page
dolma     Dolma documents exactly in olmOCR's format, plus our lineage; whether a document is kept
jsonl     JSON Lines, plain or gzip/zstd compressed
"""
