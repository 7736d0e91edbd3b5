"""Routing: which engine reads a page, and which documents are read at all.

features         a page's cheap PyMuPDF features: text layer, garbled and invisible text, math, images, rules, fonts,
                 rotation, columns
router           a page's route, cpu or vlm, with a readable reason; the quality guard over a CPU result
document_filter  olmOCR's document filter (--apply-filter): forms, SEO spam, languages
"""
