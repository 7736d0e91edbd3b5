"""Model folders and where they live, below engines and training so both can use them.

source  a model named by local folder, hub id or s3:// located on disk, with its revision for lineage
files   what makes a model folder self-contained; folders written whole or not at all; checkpoints
store   where each training stage keeps its files, and the registry of released models
"""
