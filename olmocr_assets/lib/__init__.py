"""Dagster helpers every domain of the code location shares (nothing here is loaded as a definition):

defaults.py     the asset decorators' shared defaults: owners, groups, the accelerator pool
markdown.py     markdown lists in metadata, capped so that a partition's metadata stays small
partitions.py   the partitions definitions (collections, shards, datasets, runs, candidates; page groups, read only
                by the migration) and their keys
shards.py       a collection's shards in the instance: registered, read back as groups, which still hold work
shard_metadata.py  what a dolma_documents shard shows: numbers summed over its groups, its group and PDF tables
migration.py    an instance from before shards carried over (olmocr-platform migrate-shards), converting nothing
resources.py    PlatformResource (the registry and model store), OcrEngineResource (the OCR engine)
search_resources.py  EmbeddingResource and EntityResource (the search assets' models)
registration.py  a run that fails to register its partition's name removes the partition again
gpu_runner.py   GpuRunner: where GPU work runs (in the step, a local Pipes subprocess, a GPU pod)
kubernetes.py   KubernetesGpuResource: the GPU pod's spec and its Pipes client
environment.py  the resources and shard settings, from the deployment's environment variables (the one place)
"""
