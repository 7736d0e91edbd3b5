"""PDF pages to images and text layers.

pdf   open and check PDFs, render a page to PNG, read its text layer, count pages
pool  the process pool that renders pages with a per-page timeout, restarting stuck workers
"""
