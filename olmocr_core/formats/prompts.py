"""The olmOCR v4 request: the prompt exactly as the models were trained on it, text then image."""

from __future__ import annotations

import base64

# The spelling "LateX" is what the model was trained on: do not correct it.
PROMPT_V4 = (
    "Attached is one page of a document that you must process. Just return the plain text representation of "
    "this document as if you were reading it naturally. Convert equations to LateX and tables to HTML.\n"
    "If there are any figures or charts, label them with the following markdown syntax "
    "![Alt text describing the contents of the figure](page_startx_starty_width_height.png)\n"
    "Return your output as markdown, with a front matter section on top specifying values for the "
    "primary_language, is_rotation_valid, rotation_correction, is_table, and is_diagram parameters."
)

GUIDED_DECODING_REGEX = (
    r"---\nprimary_language: (?:[a-z]{2}|null)\nis_rotation_valid: (?:True|False|true|false)\n"
    r"rotation_correction: (?:0|90|180|270)\nis_table: (?:True|False|true|false)\n"
    r"is_diagram: (?:True|False|true|false)\n(?:---|---\n[\s\S]+)"
)

DEFAULT_MAX_TOKENS = 8000
DEFAULT_MODEL = "allenai/olmOCR-2-7B-1025-FP8"
SERVED_MODEL_NAME = "olmocr"
TARGET_LONGEST_IMAGE_DIM = 1288
TEMPERATURES = (0.1, 0.1, 0.2, 0.3, 0.5, 0.8, 0.9, 1.0)


def image_data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def build_messages(png: bytes) -> list[dict]:
    """One user message: the prompt text first (cacheable prefix), then the page image."""
    return [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": PROMPT_V4},
                {"type": "image_url", "image_url": {"url": image_data_url(png)}},
            ],
        }
    ]


def build_chat_request(
    png: bytes,
    *,
    model: str = SERVED_MODEL_NAME,
    temperature: float = TEMPERATURES[0],
    max_tokens: int = DEFAULT_MAX_TOKENS,
    guided_decoding: bool = False,
) -> dict:
    """The body of POST /v1/chat/completions for one page."""
    body: dict = {
        "model": model,
        "messages": build_messages(png),
        "max_tokens": max_tokens,
        "temperature": temperature,
    }
    if guided_decoding:
        # vLLM's structured outputs (olmOCR 0.4 sent the older guided_regex, which vLLM has since dropped).
        body["structured_outputs"] = {"regex": GUIDED_DECODING_REGEX}
    return body
