"""Dagster helpers every domain of the code location shares (nothing here is loaded as a definition):

defaults.py     the asset decorators' shared defaults: owners, groups, the accelerator pool
partitions.py   the partitions definitions (collections, page groups, datasets, runs, candidates)
resources.py    PlatformResource (the registry and model store), OcrEngineResource (the OCR engine)
gpu_runner.py   GpuRunner: where GPU work runs (in the step, a local Pipes subprocess, a GPU pod)
kubernetes.py   KubernetesGpuResource: the GPU pod's spec and its Pipes client
environment.py  the resources, built from the deployment's environment variables (the one place)
collection_component.py  WatchedCollection: a collection declared in YAML, as a Dagster Component
"""
