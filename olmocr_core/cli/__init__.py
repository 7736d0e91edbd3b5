"""The ``olmocr-worker`` command.

flags    the input and engine flags olmocr-worker and olmocr-platform run share; EngineConfig from them
console  the progress bar, live server throughput and the summary table
main     the parser, the run loop with clean shutdown on SIGTERM, and ``main``
"""
