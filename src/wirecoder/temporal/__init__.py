"""Temporal expressions: find them in text, resolve them against the publication date."""

from wirecoder.temporal.lexicon import TemporalLexicon, load_temporal
from wirecoder.temporal.resolve import resolve, resolve_date_text
from wirecoder.temporal.scan import Candidate, scan

__all__ = ["Candidate", "TemporalLexicon", "load_temporal", "resolve", "resolve_date_text",
           "scan"]
