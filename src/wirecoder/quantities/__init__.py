"""Quantities: numbers with their qualifier, currency, unit and counted object."""

from wirecoder.quantities.lexicon import QuantityLexicon, load_quantities

__all__ = ["QuantityLexicon", "load_quantities"]
