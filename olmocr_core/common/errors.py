"""Typed errors. Every error names the input it is about and the reason."""

from __future__ import annotations


class OlmocrError(Exception):
    """Base of every error this library raises on purpose."""


class InputError(OlmocrError):
    """A source document cannot be read. ``source`` names it, ``reason`` says why."""

    kind = "unreadable"

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __reduce__(self):
        # Raised in render/convert worker processes: it must cross back to the parent intact, or the
        # process pool is marked broken.
        return (type(self), (self.source, self.reason))


class NotAPdfError(InputError):
    kind = "not_a_pdf"


class CorruptPdfError(InputError):
    kind = "corrupt"


class EncryptedPdfError(InputError):
    kind = "encrypted"


class EmptyPdfError(InputError):
    kind = "empty"


class ResponseParseError(OlmocrError):
    """A model answer is not olmOCR's front matter + text."""


class EngineError(OlmocrError):
    """The engine could not produce an answer (server down after all tries, bad config)."""


class StorageError(OlmocrError):
    """A workspace or source location cannot be read or written."""


class MissingObjectError(StorageError):
    """The object, file or bucket a path names does not exist (S3 404/NoSuchKey/NoSuchBucket)."""


class ConfigError(OlmocrError):
    """A configuration (a training run's YAML, a release) is invalid; the message names the file and field."""


class ModelError(OlmocrError):
    """A model folder, checkpoint or adapter is incomplete or does not fit what it is combined with."""
