"""Link events to the dates, places and amounts found by the other stages.

For each event (its trigger tokens are found again in the parse from the evidence offsets):

* **date**: a date expression attached to the event itself (a temporal modifier of the trigger,
  of its light verb, or of the nominal trigger: "met on Monday", "the February contribution");
  else one attached to a verb that governs it ("announced Thursday that they plan to provide");
  else another date of the sentence that belongs to no other event; else the article's news
  day (a day named in the lead paragraph, up to a week before the dateline: wire stories date
  later undated statements to it); else the dateline. The
  precision comes with the date (day, month, year). An event dated well before the dateline whose
  status is still "asserted" becomes "historical".
* **location**: a place in a locative phrase on the event ("in X", "at X", "near X"; "to X" for
  visits and travel; the target of an attack, "shelled Juba"); else one on a governing verb; else a
  locative place elsewhere in the sentence (not inside the event's actors); else the article's
  place dateline (``place_of_article`` of the geocoder or the places stage).
* **amounts**: indexes into ``doc.amounts`` of the amounts inside the event's clause (the subtrees
  of its trigger tokens, without the clauses of other events); dead, injured, arrested and size
  from :func:`wirecoder.stages.amounts.casualty_kind` (largest value of each kind).

The parse is still on the document while stages run (the pipeline drops it only at the end).
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterable
from datetime import date as Date
from typing import Any

from wirecoder.document import Amount, DateExpr, Document, Event, EventLocation, Place
from wirecoder.registry import register_stage
from wirecoder.stages.amounts import casualty_kind as casualty_kind_of
from wirecoder.stages.base import Stage
from wirecoder.stages.places import place_of_article

log = logging.getLogger(__name__)
Token = Any

# Relations through which a date modifies the word it hangs on.
DATE_DEPS = frozenset({"npadvmod", "tmod", "prep", "advmod", "obl", "pobj", "compound", "amod",
                       "nmod", "poss", "appos", "nummod", "pcomp", "advcl", "oprd", "attr"})
TEMPORAL_PREPS = frozenset({"in", "on", "at", "during", "since", "until", "till", "by", "before",
                            "after", "from", "through", "throughout", "over", "between", "within",
                            "as", "of", "around", "ahead", "following", "earlier",
                            "later", "last", "next", "into"})
# Prepositions that place an event.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout",
                            "around", "within", "along", "off", "into", "over", "beyond",
                            "onto", "outside of", "nearby", "towards", "toward", "amid"})
# Triggers after which "to X" is where the event happens (a visit, a trip, an arrival).
MOTION_WORDS = frozenset({"visit", "trip", "journey", "tour", "travel", "fly", "arrive", "go",
                          "come", "return", "head", "deploy", "deployment", "mission", "send",
                          "dispatch", "march", "pilgrimage", "move"})
# Types whose direct object or passive subject, when a place, is where the event happened
# ("shelled Juba", "protesters blocked the bridge").
PHYSICAL_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"})
# Clause links through which a governing verb's date or place reaches an event.
CHAIN_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "pcomp", "acomp", "relcl", "acl"})
# A dated event this many days before the dateline is background ("historical").
HISTORICAL_DAYS = 31
CASUALTY_FIELDS = ("dead", "injured", "arrested", "size")
# How far before the dateline the lead's day may lie to be the article's news day.
LEAD_DAYS = 7


@register_stage("link")
class LinkStage(Stage):
    requires = ("events", "dates", "places", "amounts")
    assigns = ("events",)

    def process(self, doc: Document) -> None:
        if not doc.events:
            return
        light = self.resources.lexicon.light_verbs
        link_document(doc, light_verbs=light, article_place=_article_place(doc))


# -- collaborators ------------------------------------------------------------------------------

def _article_place(doc: Document) -> Place | None:
    try:
        return place_of_article(doc)  # type: ignore[no-any-return]
    except Exception as exc:  # noqa: BLE001  (a geocoder bug must not lose the events)
        doc.warnings.append(f"place_of_article failed: {type(exc).__name__}: {exc}")
        return None


# -- the parse, by article offsets --------------------------------------------------------------

class ParseIndex:
    """Find tokens of the parsed segments from article character offsets."""

    def __init__(self, doc: Document) -> None:
        self.segments = sorted(doc.segments, key=lambda s: s.start)
        self.starts = [s.start for s in self.segments]

    def segment_at(self, offset: int) -> Any | None:
        k = bisect.bisect_right(self.starts, offset) - 1
        if k < 0:
            return None
        seg = self.segments[k]
        return seg if offset < seg.start + len(seg.doc.text) else None

    def span(self, start: int, end: int) -> Any | None:
        seg = self.segment_at(start)
        if seg is None:
            return None
        lo = start - seg.start
        hi = min(end - seg.start, len(seg.doc.text))
        if hi <= lo:
            return None
        return seg.doc.char_span(lo, hi, alignment_mode="expand")

    def root(self, start: int, end: int) -> Token | None:
        span = self.span(start, end)
        return span.root if span is not None and len(span) else None


# -- linking ------------------------------------------------------------------------------------

class _Anchored:
    """A date, place or amount with its parse token (or None when it is not in a parsed part)."""

    __slots__ = ("index", "item", "span", "token")

    def __init__(self, index: int, item: Any, token: Token | None,
                 span: tuple[int, int] | None = None) -> None:
        self.index = index
        self.item = item
        self.token = token
        self.span = span  # token range of the expression in its segment


def _token_span(anchored: _Anchored) -> tuple[int, int] | None:
    return anchored.span


def link_document(doc: Document, light_verbs: Iterable[str] = (),
                  article_place: Place | None = None,
                  casualty_kind: Callable[[Amount, Document], str | None] = casualty_kind_of
                  ) -> None:
    """Set date, location, amounts and casualty counts on ``doc.events`` in place."""
    index = ParseIndex(doc)
    light = frozenset(light_verbs)
    dates = _anchor(doc.dates, index)
    places = _anchor(doc.places, index)
    amounts = _anchor(doc.amounts, index)
    news_day = lead_day(doc, index)
    tokens_of = {id(ev): event_tokens(ev, index, light) for ev in doc.events}
    # tokens (by segment doc and index) that carry some event: a date on one belongs to it
    owner: dict[tuple[int, int], int] = {}
    for k, ev in enumerate(doc.events):
        for tok in tokens_of[id(ev)]:
            owner.setdefault((id(tok.doc), tok.i), k)
    for k, ev in enumerate(doc.events):
        toks = tokens_of[id(ev)]
        if not toks:
            _dateline(ev, doc, news_day)
            if ev.location is None and article_place is not None:
                ev.location = _location(article_place)
            continue
        _link_date(ev, k, toks, dates, owner, doc, news_day)
        _link_place(ev, toks, places, owner, article_place)
        _link_amounts(ev, k, toks, amounts, owner, doc, casualty_kind)


def event_tokens(event: Event, index: ParseIndex, light_verbs: frozenset[str]) -> list[Token]:
    """The trigger tokens of an event, with the light verb of a nominal trigger ("held talks")."""
    out: list[Token] = []
    for ev in event.evidence:
        tok = index.root(ev.trigger_start, ev.trigger_end)
        if tok is not None and all(_key(t) != _key(tok) for t in out):
            out.append(tok)
    if out and out[0].pos_ in ("NOUN", "PROPN"):
        verb = _governing_verb(out[0])
        if verb is not None and (verb.lemma_.lower() in light_verbs or not light_verbs) \
                and all(_key(t) != _key(verb) for t in out):
            out.insert(1, verb)
    return out


def _governing_verb(noun: Token) -> Token | None:
    head = noun.head
    if noun.dep_ in ("dobj", "obj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _anchor(items: list[Any], index: ParseIndex) -> list[_Anchored]:
    out = []
    for k, item in enumerate(items):
        span = index.span(item.start, item.end)
        if span is None or not len(span):
            out.append(_Anchored(k, item, None))
        else:
            out.append(_Anchored(k, item, span.root, (span.start, span.end)))
    return out


def attachment(token: Token, stops: set[tuple[int, int]]) -> tuple[Token, list[Token]]:
    """The word an expression headed by ``token`` modifies, and the path up to it.

    Climbs from the expression to the first verb or event trigger; the path lists the tokens
    passed (the expression's head first), so the caller can check the relation it hangs by.
    """
    node = token
    path = [token]
    for _ in range(10):
        head = node.head
        if head.i == node.i:
            return node, path
        if (id(head.doc), head.i) in stops or head.pos_ in ("VERB", "AUX"):
            return head, path
        path.append(head)
        node = head
    return node, path


def _key(tok: Token) -> tuple[int, int]:
    return (id(tok.doc), tok.i)


def _governors(tokens: list[Token], limit: int = 4) -> list[Token]:
    """Verbs that govern the event's clause through clause links ("announced that they plan")."""
    out: list[Token] = []
    node = tokens[-1] if tokens[0].pos_ in ("NOUN", "PROPN") and len(tokens) > 1 else tokens[0]
    for _ in range(limit):
        if node.head.i == node.i or node.dep_ not in CHAIN_DEPS:
            break
        node = node.head
        if node.dep_ == "prep":
            node = node.head
        out.append(node)
    return out


def _same_sentence(a: Token, b: Token) -> bool:
    return a.doc is b.doc and a.sent.start == b.sent.start


# -- dates --------------------------------------------------------------------------------------

def _date_relation_ok(head: Token, path: list[Token], span: tuple[int, int] | None = None
                      ) -> bool:
    top = path[-1]
    if span is not None and any(t.pos_ in ("NOUN", "PROPN", "VERB") and
                                not span[0] <= t.i < span[1] for t in path[1:]):
        return False  # "since Russia's invasion a year ago" dates the invasion, not the visit
    if top.dep_ not in DATE_DEPS:
        return False
    if top.dep_ == "prep" and top.lower_ not in TEMPORAL_PREPS:
        return False
    if head.pos_ in ("VERB", "AUX"):
        # a date inside an argument noun phrase ("condemned the 2008 invasion") dates the noun
        return top.dep_ in ("npadvmod", "tmod", "prep", "advmod", "obl", "advcl", "pcomp")
    return True


def _link_date(ev: Event, k: int, toks: list[Token], dates: list[_Anchored],
               owner: dict[tuple[int, int], int], doc: Document,
               news_day: DateExpr | None = None) -> None:
    mine = {_key(t) for t in toks}
    stops = set(owner)
    in_sentence = [d for d in dates if d.token is not None and _same_sentence(d.token, toks[0])]
    own = chain = None
    attached: list[tuple[_Anchored, Token]] = []
    for d in in_sentence:
        head, path = attachment(d.token, stops)
        if not _date_relation_ok(head, path, _token_span(d)):
            continue  # a date inside an argument ("the 2008 invasion") dates no clause
        attached.append((d, head))
        if _key(head) in mine and own is None:
            own = d
    if own is None:
        govs = _governors(toks)
        for gov in govs:
            for d, head in attached:
                if _key(head) == _key(gov) and (_key(head) not in owner
                                                or owner[_key(head)] == k):
                    chain = d
                    break
            if chain is not None:
                break
    best = own or chain
    if best is None:
        free = [(d, head) for d, head in attached
                if _key(head) not in owner or owner[_key(head)] == k]
        if free:
            root = _key(toks[0].sent.root)
            free.sort(key=lambda x: (_key(x[1]) != root, abs(x[0].token.i - toks[0].i)))
            best = free[0][0]
    if best is None:
        _dateline(ev, doc, news_day)
        return
    expr: DateExpr = best.item
    ev.date, ev.date_precision = expr.value, expr.precision
    if best is own and ev.status == "asserted" and _long_before(expr, doc.article.dateline):
        ev.status = "historical"


def _dateline(ev: Event, doc: Document, news_day: DateExpr | None = None) -> None:
    """The article's news day when its lead names one, else the dateline."""
    if news_day is not None:
        ev.date, ev.date_precision = news_day.value, "day"
        return
    ev.date = doc.article.dateline
    ev.date_precision = "day" if ev.date else None


def lead_day(doc: Document, index: ParseIndex) -> DateExpr | None:
    """The day the news happened, as the lead paragraph gives it ("... declared Thursday"):
    its first day-precise date no more than LEAD_DAYS before the dateline. Wire stories date
    later undated statements to that day, not to the publication date."""
    if not doc.article.dateline or not index.segments:
        return None
    try:
        pub = Date.fromisoformat(doc.article.dateline[:10])
    except ValueError:
        return None
    lead = next((seg for seg in index.segments if seg.section == "body"), None)
    if lead is None:
        return None
    end = lead.start + len(lead.doc.text)
    for expr in sorted(doc.dates, key=lambda d: d.start):
        if not lead.start <= expr.start < end or expr.precision != "day" or expr.value_end:
            continue
        try:
            day = Date.fromisoformat(expr.value[:10])
        except ValueError:
            continue
        if 0 <= (pub - day).days <= LEAD_DAYS:
            return expr
    return None


def _long_before(expr: DateExpr, dateline: str | None) -> bool:
    """True when the whole date expression ends more than HISTORICAL_DAYS before the dateline."""
    if not dateline:
        return False
    end = _last_day(expr.value_end or expr.value, expr.precision)
    try:
        pub = Date.fromisoformat(dateline[:10])
    except ValueError:
        return False
    return end is not None and (pub - end).days > HISTORICAL_DAYS


def _last_day(value: str, precision: str) -> Date | None:
    try:
        parts = [int(p) for p in value[:10].split("-")]
    except ValueError:
        return None
    try:
        if precision == "day" and len(parts) >= 3:
            return Date(parts[0], parts[1], parts[2])
        if precision == "month" and len(parts) >= 2:
            nxt = Date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return Date.fromordinal(nxt.toordinal() - 1)
        if parts:
            return Date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


# -- places -------------------------------------------------------------------------------------

def _place_relation_ok(ev: Event, head: Token, path: list[Token], toks: list[Token]) -> bool:
    """Is the place on ``path`` (climbing to ``head``) where the event happens?"""
    preps = [t for t in path if t.dep_ == "prep" and t.lower_ != "of"]  # "the city of X"
    if any(p.lower_ in LOCATIVE_PREPS for p in preps):
        return True
    top = path[-1]
    if top.dep_ == "prep" and top.lower_ in ("to", "for") and (
            head.lemma_.lower() in MOTION_WORDS or "visit" in ev.mode):
        return True
    if ev.event in PHYSICAL_TYPES and head.pos_ in ("VERB", "AUX") and not preps and \
            top.dep_ in ("dobj", "obj", "nsubjpass"):
        return True  # the target of an attack or a blockade: "shelled Juba"
    return top.dep_ in ("npadvmod",) and head.pos_ in ("VERB", "AUX")  # "went home"


def _in_actor(place: Place, ev: Event) -> bool:
    return any(a.start <= place.start and place.end <= a.end for a in ev.actor)


def _link_place(ev: Event, toks: list[Token], places: list[_Anchored],
                owner: dict[tuple[int, int], int], article_place: Place | None) -> None:
    mine = {_key(t) for t in toks}
    stops = set(owner)
    own = chain = other = None
    govs = {_key(g) for g in _governors(toks)}
    best_distance = None
    for p in places:
        if p.token is None or not _same_sentence(p.token, toks[0]):
            continue
        head, path = attachment(p.token, stops)
        if not _place_relation_ok(ev, head, path, toks):
            continue
        key = _key(head)
        if key in mine:
            own = own or p
        elif key in govs:
            chain = chain or p
        elif not _in_actor(p.item, ev):
            distance = abs(p.token.i - toks[0].i)
            if best_distance is None or distance < best_distance:
                other, best_distance = p, distance
    best = own or chain or other
    if best is not None:
        ev.location = _location(best.item)
    elif article_place is not None:
        ev.location = _location(article_place)


def _location(place: Place) -> EventLocation:
    return EventLocation(name=place.name, country=place.country, lat=place.lat, lon=place.lon)


# -- amounts ------------------------------------------------------------------------------------

def clause_region(toks: list[Token], owner: dict[tuple[int, int], int], k: int) -> set[int]:
    """Token indexes of the event's clause: its trigger tokens' subtrees, less other events'."""
    doc = toks[0].doc
    mine = {_key(t) for t in toks}
    region: set[int] = set()
    for tok in toks:
        if tok.doc is not doc:
            continue
        stack = [tok]
        while stack:
            node = stack.pop()
            if node.i in region:
                continue
            if node.i != tok.i and _key(node) in owner and owner[_key(node)] != k and \
                    _key(node) not in mine:
                continue  # another event's clause
            region.add(node.i)
            stack.extend(node.children)
    return region


def _link_amounts(ev: Event, k: int, toks: list[Token], amounts: list[_Anchored],
                  owner: dict[tuple[int, int], int], doc: Document,
                  casualty_kind: Callable[[Amount, Document], str | None]) -> None:
    region = clause_region(toks, owner, k)
    base = toks[0].doc
    found = [a for a in amounts if a.token is not None and a.token.doc is base
             and a.token.i in region]
    ev.amounts = [a.index for a in found]
    counts: dict[str, float] = {}
    for a in found:
        try:
            kind = casualty_kind(a.item, doc)
        except Exception as exc:
            log.debug("casualty_kind failed", exc_info=exc)
            kind = None
        if kind in CASUALTY_FIELDS and isinstance(a.item.value, int | float):
            counts[kind] = max(counts.get(kind, 0), a.item.value)
    for kind, value in counts.items():
        setattr(ev, kind, int(value) if float(value).is_integer() else value)


__all__ = ["LinkStage", "ParseIndex", "attachment", "event_tokens", "link_document"]
