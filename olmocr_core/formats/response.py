"""olmOCR's answer format: YAML front matter, then the page's markdown; and PageResult, what we keep per page."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

import yaml

from olmocr_core.common.errors import ResponseParseError

VALID_ROTATIONS = (0, 90, 180, 270)

# YAML 1.1 reads some language codes as booleans (Norwegian "no"): keep the raw token instead.
_RAW_LANGUAGE = re.compile(r"^primary_language:[ \t]*['\"]?([^\s'\"]+)", re.MULTILINE)
_REQUIRED = ("primary_language", "is_rotation_valid", "rotation_correction", "is_table", "is_diagram")


@dataclass(frozen=True)
class PageResponse:
    primary_language: str | None
    is_rotation_valid: bool
    rotation_correction: int
    is_table: bool
    is_diagram: bool
    natural_text: str | None

    def __post_init__(self) -> None:
        if self.rotation_correction not in VALID_ROTATIONS:
            raise ResponseParseError(
                f"rotation_correction must be one of {VALID_ROTATIONS}, got {self.rotation_correction!r}"
            )

    def to_dict(self) -> dict:
        return asdict(self)


def _as_bool(key: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):  # quoted, as olmOCR accepts
        return value.lower() == "true"
    raise ResponseParseError(f"{key} must be true or false, got {value!r}")


def split_front_matter(answer: str) -> tuple[str, str]:
    """(front matter, text) the way olmOCR splits them: the answer starts with '---\\n' and the
    front matter ends at the next '\\n---'."""
    end = answer.find("\n---", 4) if answer.startswith("---\n") else -1
    if end == -1:
        raise ResponseParseError("answer does not start with a '---' front matter block closed by '---'")
    return answer[4:end], answer[end + 4 :].strip()


def parse_page_response(answer: str) -> PageResponse:
    """Parse and validate a model answer. Raises ResponseParseError naming what is wrong."""
    front_matter, body = split_front_matter(answer)
    try:
        fields = yaml.safe_load(front_matter) or {}
    except yaml.YAMLError as exc:
        raise ResponseParseError(f"front matter is not valid YAML: {exc}") from exc
    if not isinstance(fields, dict):
        raise ResponseParseError("front matter is not a mapping")
    missing = [key for key in _REQUIRED if key not in fields]
    if missing:
        raise ResponseParseError(f"front matter lacks {', '.join(missing)}")
    extra = sorted(set(fields) - set(_REQUIRED))
    if extra:
        raise ResponseParseError(f"front matter has unknown keys {', '.join(map(str, extra))}")

    language = fields["primary_language"]
    if isinstance(language, bool):
        language = _RAW_LANGUAGE.search(front_matter).group(1)
    if language is not None and not isinstance(language, str):
        raise ResponseParseError(f"primary_language must be a language code or null, got {language!r}")
    rotation = fields["rotation_correction"]
    if isinstance(rotation, str) and rotation.strip().isdigit():  # quoted, as olmOCR accepts
        rotation = int(rotation)
    if isinstance(rotation, bool) or not isinstance(rotation, int):
        raise ResponseParseError(f"rotation_correction must be an integer, got {rotation!r}")

    return PageResponse(
        primary_language=language,
        is_rotation_valid=_as_bool("is_rotation_valid", fields["is_rotation_valid"]),
        rotation_correction=rotation,
        is_table=_as_bool("is_table", fields["is_table"]),
        is_diagram=_as_bool("is_diagram", fields["is_diagram"]),
        natural_text=body or None,
    )


def format_page_response(response: PageResponse) -> str:
    """The answer text olmOCR's models are trained to produce (front matter + text)."""
    language = response.primary_language if response.primary_language is not None else "null"
    header = (
        "---\n"
        f"primary_language: {language}\n"
        f"is_rotation_valid: {response.is_rotation_valid}\n"
        f"rotation_correction: {response.rotation_correction}\n"
        f"is_table: {response.is_table}\n"
        f"is_diagram: {response.is_diagram}\n"
        "---"
    )
    return header if response.natural_text is None else f"{header}\n{response.natural_text}"


@dataclass
class PageResult:
    """What we keep for every page: the answer and how it was obtained."""

    page_number: int  # 1-based, like olmOCR
    response: PageResponse
    engine: str
    attempts: int = 1
    # Tokens of the accepted answer (what olmOCR's Dolma metadata counts) ...
    input_tokens: int = 0
    output_tokens: int = 0
    # ... and of every attempt, which is what the page cost.
    tokens_spent_in: int = 0
    tokens_spent_out: int = 0
    seconds: float = 0.0
    is_fallback: bool = False
    error: str | None = None  # why the page fell back, when it did
    route_reason: str | None = None  # why the page router sent the page to this engine (--route auto)
    sent_back: bool = False  # the quality guard sent the page from the cpu engine to the VLM

    @property
    def page_engine(self) -> str:
        """What read the page, as ``olmocr_page_engine`` records it: "fallback" (its text layer after a failed
        conversion), "cpu", or "vlm" (the model, on a server or in this process)."""
        if self.is_fallback:
            return "fallback"
        return "cpu" if self.engine == "cpu" else "vlm"

    @property
    def text(self) -> str:
        return self.response.natural_text or ""
