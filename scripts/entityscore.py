"""Scoring shared by scripts/eval-entities and scripts/compare-spacy (stdlib only).

Gold files are JSONL lines {"id", "text", "entities": [{"start", "end", "label"}], "doc"?}
with Unicode scalar offsets. Lines of one "doc" are joined with a blank line into one
document (the way an article reaches the analyzer, and what document-level features need);
predictions are mapped back to their lines by offset. Scoring is entity-level, exact span,
after mapping OntoNotes labels onto the dataset's (see ../shared/eval/README.md).
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys
import time
from pathlib import Path

# OntoNotes (ours, spaCy's) -> CoNLL labels; None drops the prediction.
TO_CONLL = {
    "PERSON": "PER", "PER": "PER", "ORG": "ORG",
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "LANGUAGE": "MISC", "MISC": "MISC",
}


def label_map(dataset: str) -> dict:
    """UNER has no MISC: MISC-like predictions are dropped there."""
    if "uner" in dataset:
        return {k: v for k, v in TO_CONLL.items() if v != "MISC"}
    return TO_CONLL


class Dataset:
    def __init__(self, path: Path, by_document: bool = True):
        self.path = path
        self.name = path.name
        self.lines = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        # documents: (text, [(line index, scalar offset of the line in the text)])
        self.documents = []
        for index, line in enumerate(self.lines):
            doc = line.get("doc") if by_document else None
            if self.documents and doc is not None and self.documents[-1][2] == doc:
                text, parts, _ = self.documents[-1]
                offset = len(text) + 2
                self.documents[-1] = (text + "\n\n" + line["text"], parts + [(index, offset)], doc)
            else:
                self.documents.append((line["text"], [(index, 0)], doc))
        self.bytes = sum(len(text.encode("utf-8")) for text, _, _ in self.documents)

    def texts(self):
        return [text for text, _, _ in self.documents]

    def score(self, predictions, dataset_labels=None):
        """predictions: per document, a list of (start, end, OntoNotes label)."""
        mapping = dataset_labels or label_map(self.name)
        gold = set()
        for index, line in enumerate(self.lines):
            for entity in line.get("entities", []):
                if entity["label"] in mapping.values():
                    gold.add((index, entity["start"], entity["end"], entity["label"]))
        predicted = set()
        for (text, parts, _), spans in zip(self.documents, predictions):
            for start, end, label in spans:
                mapped = mapping.get(label)
                if mapped is None:
                    continue
                for line_index, offset in reversed(parts):
                    if start >= offset:
                        predicted.add((line_index, start - offset, end - offset, mapped))
                        break
        return Scores(gold, predicted, self.lines)


class Scores:
    def __init__(self, gold, predicted, lines):
        self.gold, self.predicted, self.lines = gold, predicted, lines

    def table(self):
        rows = []
        labels = sorted({g[3] for g in self.gold} | {p[3] for p in self.predicted})
        for label in labels + ["all"]:
            g = {x for x in self.gold if label in ("all", x[3])}
            p = {x for x in self.predicted if label in ("all", x[3])}
            correct = len(g & p)
            precision = correct / len(p) if p else 0.0
            recall = correct / len(g) if g else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            rows.append({"label": label, "gold": len(g), "predicted": len(p), "correct": correct,
                         "precision": precision, "recall": recall, "f1": f1})
        return rows

    def failures(self, limit):
        def text(x):
            return self.lines[x[0]]["text"][x[1]:x[2]]
        missed = collections.Counter(f"{x[3]} {text(x)!r}" for x in self.gold - self.predicted)
        spurious = collections.Counter(f"{x[3]} {text(x)!r}" for x in self.predicted - self.gold)
        return missed.most_common(limit), spurious.most_common(limit)


def format_table(rows, title):
    lines = [title, f"  {'label':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for row in rows:
        lines.append(f"  {row['label']:<6} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
                     f"{row['gold']:6d} {row['predicted']:6d}")
    return "\n".join(lines)


def run_analyzer(analyze: Path, texts, jobs: int = 1):
    """Runs `analyze --plugins entities` once over all texts (JSONL on stdin); returns the
    (start, end, label) spans per text and the wall time of the process."""
    payload = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    started = time.perf_counter()
    process = subprocess.run([str(analyze), "--plugins", "entities", "--input", "jsonl", "--format", "jsonl",
                              "--jobs", str(jobs), "--quiet"],
                             input=payload.encode("utf-8"), capture_output=True)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"analyze failed ({process.returncode}): {process.stderr.decode()[:500]}")
    predictions = []
    for line in process.stdout.decode("utf-8").splitlines():
        record = json.loads(line)
        if "error" in record:
            sys.exit(f"analyze error: {record['error']}")
        predictions.append([(a["start"], a["end"], a["label"]) for a in record.get("annotations", [])
                            if a.get("plugin") == "entities"])
    return predictions, elapsed
