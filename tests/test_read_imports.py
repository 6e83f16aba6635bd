"""Commands that only read the database do not load the extraction and clustering stages.

Each command runs in a fresh interpreter (this test session has imported everything), on the
corpus database, and reports which stages it imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("claimtrack.extract", "claimtrack.cluster", "claimtrack.normalise", "claimtrack.ingest")

# Runs one command, then prints the stages it imported and its exit code.
PROBE = """
import json, sys
from claimtrack.cli import main
sys.argv = ["claimtrack", *sys.argv[1:]]
try:
    main()
except SystemExit as done:
    code = done.code or 0
stages = sorted(m for m in sys.modules if m in {stages!r})
print("PROBE " + json.dumps({{"code": code, "stages": stages}}), file=sys.stderr)
"""


def _imported_stages(*args: str) -> tuple[int, list[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(stages=STAGES), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("PROBE "))
    report = json.loads(line.removeprefix("PROBE "))
    return report["code"], report["stages"]


@pytest.mark.parametrize(
    ("command", "stages"),
    [
        (["list"], []),
        (["show", "1"], []),
        (["export", "--format", "jsonl"], []),
        # the conflict rules may refresh clusters: they need clustering's folding, no extraction
        (["conflicts"], ["claimtrack.cluster"]),
        # a bad --set is refused as before, which needs the clustering settings
        (["--set", "nope=1", "list"], ["claimtrack.cluster"]),
    ],
)
def test_read_commands_import_no_extraction(
    corpus_db: Path, command: list[str], stages: list[str]
) -> None:
    code, imported = _imported_stages("--db", str(corpus_db), *command)
    assert imported == stages
    assert code == (2 if "nope=1" in command else 0)
