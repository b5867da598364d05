"""The event coder's building blocks: PLOVER vocabulary, trigger matching, arguments, status.

``wirecoder.stages.events`` wires these together; each module can be used and tested alone.
"""
