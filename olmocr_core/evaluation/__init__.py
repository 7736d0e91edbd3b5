"""Scoring OCR output the way olmOCR-Bench does, without Dagster.

bench_tests  unit tests from JSONL (present, absent, order, table, baseline, math), run and scored
benchmark    a bench folder (pdfs/ + *.jsonl) converted by one of our engines and scored
fuzzy        edit distances for fuzzy matching (bit-parallel, no compiled dependency)
tables       HTML and markdown pipe tables as grids of cells with neighbours
"""
