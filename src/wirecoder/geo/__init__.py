"""Places: the offline gazetteer, the geocoder and the mention finder behind the places stage.

``wirecoder.geo.gazetteer`` reads ``data/gazetteer.tsv``; ``wirecoder.geo.geocoder`` picks the
entry a name means given what an article says; ``wirecoder.geo.mentions`` finds place mentions
in a spaCy parse; ``wirecoder.geo.relative`` keeps "15 miles from the border" phrases as text.
The stage itself is ``wirecoder.stages.places``.
"""

from wirecoder.geo.gazetteer import Entry, Gazetteer, default_gazetteer, fold, load_gazetteer
from wirecoder.geo.geocoder import GeoContext, geocode

__all__ = [
           "Entry",
           "Gazetteer",
           "GeoContext",
           "default_gazetteer",
           "fold",
           "geocode",
           "load_gazetteer",
]
