"""What reads a page, and which documents are read at all.

``features``: a page's cheap PyMuPDF features (text layer, images, drawings, fonts, rotation, columns).
``router``: a page's route, ``cpu`` or ``vlm``, with a readable reason, and the quality guard that sends a
doubtful CPU result to the VLM. ``document_filter``: olmOCR's document filter (languages, SEO spam, forms).
"""
