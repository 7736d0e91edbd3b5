"""Tables in a page's markdown, as grids of cells with neighbours, for olmOCR-Bench table tests.

olmOCR's models write tables as HTML; other tools write markdown pipe tables: both count. A cell spanning
rows or columns occupies every grid slot it covers and is stored once, at its top-left slot, so a cell can
have several neighbours on one side (the cells beside each row it spans). Headings follow olmOCR-Bench:
``<th>`` cells and cells inside ``<thead>`` in HTML; the first row and the first column of a pipe table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

Slot = tuple[int, int]  # (row, column) of a cell's top-left grid slot

# A pipe table's separator row: only pipes, dashes, colons and spaces, at least one dash.
_SEPARATOR = re.compile(r"^[\s|:]*-[\s|:-]*$")


@dataclass(frozen=True)
class CellSpec:
    text: str
    rowspan: int = 1
    colspan: int = 1
    heading: bool = False


@dataclass(frozen=True)
class Table:
    """Cell texts by slot and the grid of which cell occupies each slot (None: no cell there)."""

    cells: dict[Slot, str]
    headings: frozenset[Slot]
    grid: tuple[tuple[Slot | None, ...], ...]

    def neighbours(self, slot: Slot, direction: str) -> set[Slot]:
        """The nearest other cells above/below/left/right of the cell at ``slot``, one per row or column
        it spans ("up", "down", "left", "right")."""
        rows = [r for r, line in enumerate(self.grid) for c, owner in enumerate(line) if owner == slot]
        cols = [c for line in self.grid for c, owner in enumerate(line) if owner == slot]
        top, bottom, left, right = min(rows), max(rows), min(cols), max(cols)
        height, width = len(self.grid), len(self.grid[0])
        if direction in ("left", "right"):
            step, start, stop = (-1, left - 1, -1) if direction == "left" else (1, right + 1, width)
            lines = [[self.grid[row][col] for col in range(start, stop, step)] for row in range(top, bottom + 1)]
        elif direction in ("up", "down"):
            step, start, stop = (-1, top - 1, -1) if direction == "up" else (1, bottom + 1, height)
            lines = [[self.grid[row][col] for row in range(start, stop, step)] for col in range(left, right + 1)]
        else:
            raise ValueError(f"direction must be up, down, left or right, not {direction!r}")
        found = set()
        for line in lines:
            nearest = next((owner for owner in line if owner is not None and owner != slot), None)
            if nearest is not None:
                found.add(nearest)
        return found

    def heading_cells(self, slot: Slot, direction: str) -> set[Slot]:
        """The headings reached walking ``direction`` ("up" or "left") from ``slot``; without any, the cells
        where the walk ends (the top row or first column), as olmOCR-Bench does."""
        seen, ends, frontier = {slot}, set(), [slot]
        while frontier:
            current = frontier.pop()
            following = self.neighbours(current, direction)
            if not following and current != slot:
                ends.add(current)
            frontier.extend(following - seen)
            seen |= following
        headings = (seen - {slot}) & self.headings
        return headings or ends


def build_table(rows: list[list[CellSpec]]) -> Table | None:
    """Lay out rows of cells (with spans) on a grid; None for a table without cells."""
    cells: dict[Slot, str] = {}
    headings: set[Slot] = set()
    grid: dict[Slot, Slot] = {}
    for row, specs in enumerate(rows):
        col = 0
        for spec in specs:
            while (row, col) in grid:  # slots taken by a rowspan from above
                col += 1
            cells[(row, col)] = spec.text
            if spec.heading:
                headings.add((row, col))
            for dr in range(max(1, spec.rowspan)):
                for dc in range(max(1, spec.colspan)):
                    grid[(row + dr, col + dc)] = (row, col)
            col += max(1, spec.colspan)
    if not cells:
        return None
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    layout = tuple(tuple(grid.get((r, c)) for c in range(width)) for r in range(height))
    return Table(cells=cells, headings=frozenset(headings), grid=layout)


def markdown_tables(markdown: str) -> list[Table]:
    """Pipe tables: runs of at least two consecutive lines containing '|' (separator rows dropped)."""
    tables, run = [], []
    for line in [*markdown.splitlines(), ""]:
        if "|" in line:
            run.append(line)
            continue
        if len(run) >= 2:
            rows = [_pipe_cells(line) for line in run if not _SEPARATOR.match(line)]
            specs = [
                [CellSpec(text, heading=r == 0 or c == 0) for c, text in enumerate(cells)]
                for r, cells in enumerate(row for row in rows if row)
            ]
            table = build_table(specs)
            if table is not None:
                tables.append(table)
        run = []
    return tables


def _pipe_cells(line: str) -> list[str]:
    cells = [cell.strip() for cell in line.strip().split("|")]
    if cells and cells[0] == "":
        cells = cells[1:]
    if cells and cells[-1] == "":
        cells = cells[:-1]
    return cells


def html_tables(markdown: str) -> list[Table]:
    """Every ``<table>`` in the text (nested ones too), rows in document order."""
    parser = _TableParser()
    parser.feed(markdown)
    parser.close()
    return [table for table in (build_table(rows) for rows in parser.finished) if table is not None]


class _TableParser(HTMLParser):
    """Collects each table's rows of CellSpecs. Tolerates missing closing tags, as model output often has."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.finished: list[list[list[CellSpec]]] = []
        self._tables: list[dict] = []  # open tables, innermost last

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._tables.append({"rows": [], "cell": None, "thead": False})
            return
        if not self._tables:
            return
        table = self._tables[-1]
        if tag == "thead":
            table["thead"] = True
        elif tag == "tr":
            self._close_cell(table)
            table["rows"].append([])
        elif tag in ("td", "th"):
            self._close_cell(table)
            if not table["rows"]:
                table["rows"].append([])
            values = dict(attrs)
            table["cell"] = {
                "text": [],
                "rowspan": _span(values.get("rowspan")),
                "colspan": _span(values.get("colspan")),
                "heading": tag == "th" or table["thead"],
            }
        elif tag == "br" and table["cell"] is not None:
            table["cell"]["text"].append("\n")

    def handle_endtag(self, tag: str) -> None:
        if not self._tables:
            return
        table = self._tables[-1]
        if tag in ("td", "th", "tr"):
            self._close_cell(table)
        elif tag == "thead":
            table["thead"] = False
        elif tag == "table":
            self._close_cell(table)
            self.finished.append(self._tables.pop()["rows"])

    def handle_data(self, data: str) -> None:
        if self._tables and self._tables[-1]["cell"] is not None:
            self._tables[-1]["cell"]["text"].append(data)

    def close(self) -> None:
        super().close()
        while self._tables:  # an unclosed table still counts
            self.handle_endtag("table")

    @staticmethod
    def _close_cell(table: dict) -> None:
        cell = table["cell"]
        if cell is not None:
            text = "".join(cell["text"]).strip()
            table["rows"][-1].append(CellSpec(text, cell["rowspan"], cell["colspan"], cell["heading"]))
            table["cell"] = None


def _span(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1
