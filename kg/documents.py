"""Stage 1: documents. Read plain-text files into immutable Document records."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import vocab
from .errors import InputError

TEXT_SUFFIXES = (".txt", ".text", ".md")


@dataclass(frozen=True)
class Document:
    """A source document: its text and where it came from."""

    path: str
    text: str
    sha256: str

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def iri(self) -> str:
        return vocab.document_iri(self.sha256)


def document_from_text(text: str, path: str = "<memory>") -> Document:
    """A Document for text that is not in a file (tests, notebooks)."""
    return Document(path=path, text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def read_document(path: Path) -> Document:
    """Read one UTF-8 text file; a clear InputError if it is missing, binary or not UTF-8."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a text file") from None
    if b"\x00" in raw:
        raise InputError(f"{path} is not a text file (it contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text (byte {exc.start}: {exc.reason})") from None
    if not text.strip():
        raise InputError(f"{path} is empty")
    return Document(path=str(path), text=text, sha256=hashlib.sha256(raw).hexdigest())


def find_documents(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their text files (sorted), keep files as given; drop duplicates."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            files = [p for p in files if p.name.lower() != "readme.md"]
            if not files:
                raise InputError(f"no text documents (*.txt) in {path}/")
            found.extend(files)
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"no such file or folder: {path}")
    unique: dict[Path, None] = {}
    for p in found:
        unique.setdefault(p.resolve(), None)
    return [Path(p) for p in unique] if len(unique) != len(found) else found


def load_documents(paths: Iterable[Path]) -> list[Document]:
    """Read every document under ``paths``; identical contents are kept once."""
    docs: dict[str, Document] = {}
    for path in find_documents(paths):
        doc = read_document(path)
        docs.setdefault(doc.sha256, doc)
    return list(docs.values())
