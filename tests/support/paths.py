"""Where tests find the repository and the shared real-world PDFs, wherever in tests/ they sit."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED_PDFS = REPO.parent / "shared" / "pdfs"
