"""What the benchmark scripts (bench-peers, bench-memory) share: paths, the corpus as documents,
a timed run of a command with its peak RSS, and the release build under the shared build lock."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "news-en.txt.xz"
SEED = REPO / "seeds" / "kupiansk-2025-12.txt"
ANALYZE = REPO / ".build" / "release" / "analyze"
# The same CLI linked with the Swift runtime and Foundation inside (`--static-swift-stdlib`), as
# a release ships it: no shared Swift libraries to load and bind at each start (about 9 ms of
# a 33 ms start on the seed). Built in its own scratch directory so the two never rebuild each other.
STATIC_ANALYZE = REPO / ".build-static" / "release" / "analyze"


def sh(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def documents(tool: str, corpus: Path = CORPUS) -> list[str]:
    """The news corpus (xz-compressed or plain text) split at blank lines; the seed article
    repeated when it is absent (../shared missing)."""
    if corpus.exists():
        text = (sh(["xz", "-dc", str(corpus)], capture_output=True).stdout.decode("utf-8") if corpus.suffix == ".xz"
                else corpus.read_text(encoding="utf-8"))
    else:
        print(f"{tool}: {corpus} not found: using the seed article repeated", file=sys.stderr)
        text = "\n\n".join([SEED.read_text(encoding="utf-8")] * 2000)
    return [d for d in text.split("\n\n") if d.strip()]


def timed(command, stdin_path: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one command reading stdin_path, output discarded."""
    with open(stdin_path, "rb") as stdin, tempfile.NamedTemporaryFile("r") as report:
        started = time.perf_counter()
        sh(["/usr/bin/time", "-f", "%M", "-o", report.name] + command, stdin=stdin, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
        rss_kb = float(Path(report.name).read_text().split()[-1])
    return seconds, rss_kb / 1024


def build_release(*products: str) -> None:
    """`swift build -c release` of each product, under the shared build lock when flock exists
    (as scripts/fuzz does): two Swift builds at once on a 2-core machine only slow each other."""
    for product in products:
        sh(build_lock() + ["swift", "build", "-c", "release", "--product", product], cwd=REPO, stdout=subprocess.DEVNULL)


def build_static_analyze() -> Path:
    """`analyze` linked statically (see ``STATIC_ANALYZE``), under the same lock."""
    sh(build_lock() + ["swift", "build", "-c", "release", "--product", "analyze", "--static-swift-stdlib",
                       "--scratch-path", str(STATIC_ANALYZE.parent.parent)], cwd=REPO, stdout=subprocess.DEVNULL)
    return STATIC_ANALYZE


def build_lock() -> list[str]:
    return ["flock", os.environ.get("SWIFT_BUILD_LOCK", "/tmp/swift-build.lock")] if shutil.which("flock") else []
