import base64
import re

from olmocr_core.formats import prompts
from olmocr_core.formats.response import PageResponse, format_page_response

# olmOCR 0.4.27's build_no_anchoring_v4_yaml_prompt(), copied as data: the models were trained on it.
OLMOCR_V4_PROMPT = (
    "Attached is one page of a document that you must process. "
    "Just return the plain text representation of this document as if you were reading it naturally. Convert equations to LateX and tables to HTML.\n"
    "If there are any figures or charts, label them with the following markdown syntax ![Alt text describing the contents of the figure](page_startx_starty_width_height.png)\n"
    "Return your output as markdown, with a front matter section on top specifying values for the primary_language, is_rotation_valid, rotation_correction, is_table, and is_diagram parameters."
)


def test_prompt_is_olmocr_v4_exactly():
    assert prompts.PROMPT_V4 == OLMOCR_V4_PROMPT
    assert prompts.PROMPT_V4.count("\n") == 2


def test_request_is_text_then_image():
    png = b"\x89PNG fake bytes"
    body = prompts.build_chat_request(png, model="olmocr", temperature=0.3, max_tokens=8000)
    (message,) = body["messages"]
    assert message["role"] == "user"
    text, image = message["content"]
    assert text == {"type": "text", "text": OLMOCR_V4_PROMPT}
    assert image["type"] == "image_url"
    url = image["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == png
    assert body["temperature"] == 0.3 and body["max_tokens"] == 8000 and body["model"] == "olmocr"
    assert "structured_outputs" not in body


def test_guided_decoding_regex_accepts_our_answers_and_rejects_others():
    body = prompts.build_chat_request(b"x", guided_decoding=True)
    pattern = re.compile(body["structured_outputs"]["regex"])
    good = format_page_response(PageResponse("en", True, 90, False, True, "Hello"))
    blank = format_page_response(PageResponse(None, True, 0, False, False, None))
    assert pattern.fullmatch(good) and pattern.fullmatch(blank)
    assert not pattern.fullmatch(good.replace("rotation_correction: 90", "rotation_correction: 45"))
    assert not pattern.fullmatch("Hello")


def test_temperature_schedule_matches_olmocr():
    assert prompts.TEMPERATURES == (0.1, 0.1, 0.2, 0.3, 0.5, 0.8, 0.9, 1.0)
