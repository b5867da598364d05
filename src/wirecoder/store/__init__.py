"""The event store: coded documents in SQLite (default) or PostgreSQL, queried and exported.

``Store.open(url)`` is the way in; see ``repository.Store`` for the methods.
"""

from wirecoder.store.queries import FLAT_COLUMNS, EventFilter, EventRecord
from wirecoder.store.repository import Store
from wirecoder.store.writer import StoreOutcome

__all__ = ["FLAT_COLUMNS", "EventFilter", "EventRecord", "Store", "StoreOutcome"]
