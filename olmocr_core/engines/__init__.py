"""Engines: one page in, one PageResult out.

base           the Engine interface, PageTask and Completion
config         EngineConfig: which engine, its server or model, client and managed-server settings
open           open_engine: an EngineConfig turned into a running engine (and released models resolved)
vlm            the vision-language engine: render, ask, parse, retry, fall back to the text layer
openai_client  the OpenAI-compatible HTTP client: concurrency, retries, waiting for the server
vllm_server    the managed vLLM server: start, restart, metrics
hf_chat        a model in this process with transformers (engine hf; also tokenizing for training)
cpu            PyMuPDF layout markdown with OCR, in worker processes
routed         --route auto: each page to the cpu engine or the VLM as the page router says, with the quality guard
"""
