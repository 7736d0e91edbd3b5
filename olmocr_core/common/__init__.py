"""What every layer uses: errors, settings and asyncio helpers (imports nothing else from olmocr_core).

errors    the OlmocrError family: input, storage, engine, config, model errors and their retry rules
settings  environment-derived defaults (the platform root)
aio       asyncio helpers: gather that cancels the rest on the first failure
"""
