"""ProcessWorkers' processes: what they start with."""

import json
import subprocess
import sys
from pathlib import Path

# A main module with a visible import-time effect: it appends its process id to a file.
MAIN = """
import json, os, sys
with open(sys.argv[1], "a") as marker:
    marker.write(f"{os.getpid()}\\n")
if __name__ == "__main__":
    import asyncio
    from olmocr_core.rendering.pool import ProcessWorkers

    async def main():
        workers = ProcessWorkers(2)
        results = await asyncio.gather(*(workers.run(os.getpid) for _ in range(4)))
        workers.close()
        print(json.dumps([os.getpid(), sorted({pid for pid, _ in results}), sys.modules["__main__"].__file__]))

    asyncio.run(main())
"""


def test_worker_processes_do_not_run_the_parents_main_module_again(tmp_path: Path) -> None:
    """Spawn would run it again in each process (for olmocr-platform: Dagster and every asset definition)."""
    script, marker = tmp_path / "main.py", tmp_path / "imports.txt"
    script.write_text(MAIN)
    run = subprocess.run([sys.executable, str(script), str(marker)], capture_output=True, text=True, check=True)
    parent, workers, main_file = json.loads(run.stdout)
    assert workers and parent not in workers  # the calls ran in other processes
    assert marker.read_text().split() == [str(parent)]  # which never ran the main module
    assert main_file == str(script)  # and the parent's main module is back in place
