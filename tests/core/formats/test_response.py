import pytest

from olmocr_core.common.errors import ResponseParseError
from olmocr_core.formats.response import PageResponse, format_page_response, parse_page_response

GOOD = """---
primary_language: en
is_rotation_valid: True
rotation_correction: 0
is_table: False
is_diagram: true
---
# Title

Some text with a table <table><tr><td>1</td></tr></table>
"""


def test_parses_every_field():
    response = parse_page_response(GOOD)
    assert response == PageResponse(
        primary_language="en",
        is_rotation_valid=True,
        rotation_correction=0,
        is_table=False,
        is_diagram=True,
        natural_text="# Title\n\nSome text with a table <table><tr><td>1</td></tr></table>",
    )


def test_blank_page_has_no_text_and_null_language():
    response = parse_page_response(
        "---\nprimary_language: null\nis_rotation_valid: True\nrotation_correction: 90\nis_table: False\nis_diagram: False\n---"
    )
    assert response.natural_text is None
    assert response.primary_language is None
    assert response.rotation_correction == 90


def test_norwegian_is_not_read_as_false():
    response = parse_page_response(GOOD.replace("primary_language: en", "primary_language: no"))
    assert response.primary_language == "no"


def test_quoted_values_are_accepted_like_olmocr():
    response = parse_page_response(
        GOOD.replace("rotation_correction: 0", 'rotation_correction: "180"').replace(
            "is_table: False", 'is_table: "true"'
        )
    )
    assert response.rotation_correction == 180 and response.is_table is True


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("Just some text, no front matter", "front matter"),
        ("---\nprimary_language: en\n", "front matter"),
        (GOOD.replace("is_table: False\n", ""), "lacks is_table"),
        (GOOD.replace("is_table: False", "is_table: False\nconfidence: 3"), "unknown keys confidence"),
        (GOOD.replace("rotation_correction: 0", "rotation_correction: 45"), "rotation_correction must be one of"),
        (GOOD.replace("rotation_correction: 0", "rotation_correction: left"), "rotation_correction must be an integer"),
        (GOOD.replace("is_diagram: true", "is_diagram: maybe"), "is_diagram must be true or false"),
        (GOOD.replace("primary_language: en", "primary_language: [en, de]"), "primary_language must be"),
        ("---\n: : bad: [yaml\n---\ntext", "not valid YAML"),
        ("---\n- a list\n---\ntext", "not a mapping"),
    ],
)
def test_invalid_answers_name_the_problem(answer, message):
    with pytest.raises(ResponseParseError, match=message):
        parse_page_response(answer)


def test_format_round_trips():
    response = parse_page_response(GOOD)
    assert parse_page_response(format_page_response(response)) == response
    blank = PageResponse(None, False, 270, True, False, None)
    assert format_page_response(blank).endswith("is_diagram: False\n---")
    assert parse_page_response(format_page_response(blank)) == blank
