"""Quality measurement against gold sets (the formats of shared/gold/README.md)."""

from wirecoder.evaluate.runner import evaluate_paths

__all__ = ["evaluate_paths"]
