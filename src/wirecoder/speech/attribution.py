"""Tie quoted stretches to their speech cue and speaker, and find indirect speech.

For each quoted piece (:mod:`wirecoder.speech.marks`), in text order:

1. the *governor*: from the words inside the quote, walk up the parse to the first word outside it
   and on up to a speech verb ("...," Stoltenberg said; called it "a significant donation"; would
   pose a "serious threat" under "Peskov said that ..."). A naming construction on the way ("what
   Moscow calls its ...", "so-called") makes a short quote a *term*;
2. when the parse does not link the quote to a cue, the words right after the closing mark ("...,"
   he said.) or right before the opening mark (He told reporters: "...") in the same sentence, or
   an "according to X" in the sentence;
3. a sentence that ends in a colon before the quote ("X criticised the budget: "...") gives its
   subject, whatever its verb;
4. otherwise the speaker carries over: from the other pieces of a quote running over paragraphs,
   from the previous quote or statement of the paragraph ("...," X said. "..."), or, for a
   paragraph that opens with a quote, from the last statement of the previous paragraph.

A piece is *direct* when it stands as a statement (at the start of its sentence or after a colon,
comma or "that", starting upper case), *partial* when it is a fragment in the narrator's sentence,
*term* when it is a short quoted name or phrase that no speech verb governs. Speech verbs with a
complement clause that is not a direct quote ("X said Ukraine would ...") give *reported*
statements whose text is the clause; "according to X" gives one for the clause it modifies.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

from wirecoder.coding.arguments import DocumentMemory, subject_heads
from wirecoder.data.actors import ActorDictionary
from wirecoder.document import CODABLE_SECTIONS, Document, Quote, Segment
from wirecoder.speech.cues import SpeechCues, SpeechVerb
from wirecoder.speech.marks import Paragraph, QuoteSpan, find_quotes
from wirecoder.speech.parsing import (
    according_content,
    distance,
    inside_map,
    is_mark,
    loose_subject,
    trim_clause,
)
from wirecoder.speech.speakers import (
    DOCUMENT_PARTS,
    GROUP,
    MAIN_SUBJECT_RANK,
    NAMED_RANK,
    ORG,
    PERSON,
    PLURAL,
    SINGULAR_PERSON,
    SPEAKER_RANK,
    SUBJECT_DEPS,
    SUBJECT_RANK,
    Speaker,
    SpeakerFinder,
    SpeakerTracker,
)

Token = Any  # spacy.tokens.Token

DIRECT, PARTIAL, REPORTED, TERM = "direct", "partial", "reported", "term"
SENTENCE_END = frozenset(".!?")
# How far up the parse a quote may sit below its speech verb.
MAX_CLIMB = 12
# How many words may stand between a speech verb and the quote after its listener ("told
# African American radio host Jo Smith "..."").
MAX_LISTENER_TOKENS = 10


@dataclass(slots=True)
class _Piece:
    span: QuoteSpan
    kind: str = DIRECT
    speaker: Speaker | None = None
    cue: str | None = None
    explicit: bool = False  # the cue was found in the text, not carried over
    done: bool = False


@dataclass(slots=True)
class _Cue:
    token: Token
    how: str  # verb | according | naming
    entry: SpeechVerb | None = None


@dataclass(slots=True)
class _Context:
    """One parsed paragraph and the pieces inside it."""

    segment: Segment
    pieces: list[_Piece]
    paragraph: int
    inside: list[int] = field(default_factory=list)  # token index -> piece index or -1
    starts: list[int] = field(default_factory=list)  # token index -> offset in the paragraph
    sents: list[Any] = field(default_factory=list)
    sent_index: list[int] = field(default_factory=list)  # token index -> index into sents

    @property
    def offset(self) -> int:
        return self.segment.start

    def is_inside(self, token: Token) -> bool:
        return self.inside[token.i] >= 0

    def tokens_of(self, piece_index: int) -> list[Token]:
        doc = self.segment.doc
        return [doc[i] for i, p in enumerate(self.inside) if p == piece_index]

    def sent_of(self, token_index: int) -> Any:
        return self.sents[self.sent_index[token_index]]

    def token_at(self, offset: int) -> int:
        """Index of the token at (or first after) an article offset inside this paragraph."""
        i = bisect_right(self.starts, offset - self.segment.start) - 1
        return min(max(i, 0), max(len(self.starts) - 1, 0))


class QuoteAttributor:
    """Finds the quotes of one document at a time (construct once, call per document)."""

    def __init__(self, cues: SpeechCues, actors: ActorDictionary) -> None:
        self.cues = cues
        self.actors = actors

    def attribute(self, doc: Document) -> list[Quote]:
        text = doc.text
        paragraphs = [Paragraph(s.start, s.end, s.kind)
                      for s in sorted(doc.sections, key=lambda s: s.start)
                      if s.kind in CODABLE_SECTIONS]
        pieces = [_Piece(span) for span in find_quotes(text, paragraphs)]
        run = _Run(self, doc, paragraphs, pieces)
        for segment in sorted(doc.segments, key=lambda s: s.start):
            if segment.section in CODABLE_SECTIONS:
                run.segment(segment)
        for piece in pieces:
            if not piece.done:  # not parsed (captions left out of the parse): marks only
                run.finish_unparsed(piece)
        run.fill_groups()
        quotes = [_quote(text, p) for p in pieces] + run.reported
        quotes.sort(key=lambda q: (q.start, q.end))
        return quotes


class _Run:
    """The state of attributing one document."""

    def __init__(self, owner: QuoteAttributor, doc: Document, paragraphs: list[Paragraph],
                 pieces: list[_Piece]) -> None:
        self.cues = owner.cues
        self.text = doc.text
        self.paragraphs = paragraphs
        self.pieces = pieces
        self.memory = DocumentMemory()
        self.tracker = SpeakerTracker(owner.cues)
        self.finder = SpeakerFinder(owner.cues, owner.actors, self.memory, self.tracker,
                                    doc.text)
        self.reported: list[Quote] = []
        self.last_speaker: dict[int, Speaker] = {}  # paragraph index -> last speaker in it
        self._para_at = {p.start: i for i, p in enumerate(paragraphs)}

    # -- one paragraph -----------------------------------------------------------------------
    def segment(self, segment: Segment) -> None:
        offset = segment.start
        end = offset + len(segment.doc.text)
        mine = [p for p in self.pieces if offset <= p.span.start < end]
        paragraph = self._paragraph_of(offset)
        starts = [tok.idx for tok in segment.doc]
        sents = list(segment.doc.sents)
        sent_index = [0] * len(starts)
        for n, sent in enumerate(sents):
            sent_index[sent.start:sent.end] = [n] * (sent.end - sent.start)
        inside = inside_map(offset, [p.span for p in mine], starts)
        ctx = _Context(segment, mine, paragraph, inside, starts, sents, sent_index)
        self.finder.start_segment(offset)
        pending = list(range(len(mine)))
        for sent in sents:
            sent_end = offset + sent.end_char
            due = [i for i in pending if mine[i].span.end - 1 < sent_end]
            for i in due:
                self._attribute(ctx, i, sent)
            pending = [i for i in pending if i not in due]
            self._reported(ctx, sent)
            self.finder.learn(self._salient_heads(ctx, sent))
            self.memory.sentence += 1
            self.tracker.next_sentence()
        last = sents[-1] if sents else None
        for i in pending:
            self._attribute(ctx, i, last)

    def _paragraph_of(self, offset: int) -> int:
        if offset in self._para_at:
            return self._para_at[offset]
        # a long paragraph parsed in pieces
        return max((i for i, p in enumerate(self.paragraphs) if p.start <= offset), default=-1)

    # -- one quoted piece ----------------------------------------------------------------------
    def _attribute(self, ctx: _Context, index: int, sent: Any) -> None:
        piece = ctx.pieces[index]
        piece.done = True
        tokens = [t for t in ctx.tokens_of(index) if not t.is_punct and not t.is_space]
        lead = self._lead(ctx, index)
        cue = self._governor(ctx, index, tokens) if tokens else None
        if cue is not None and self._listening_frame(cue):
            # "Speaking to NBC News, she said, "..."": the parse hangs the quote on the
            # participle; the verb with the speaker is the one next to the quote
            cue = self._adjacent(ctx, piece) or cue
        if cue is None and tokens:
            cue = self._adjacent(ctx, piece) or self._according_in(ctx, sent)
        words = len(self.text[piece.span.start:piece.span.end].split())
        short = words <= self.cues.term_max_words and not self._sentence_like(piece, tokens)
        if short and (self._naming_marker(lead) or (cue is not None and cue.how == "naming")):
            piece.kind = TERM
            return
        if cue is not None and cue.how == "naming":  # too long for a name: "described ... as"
            entry = self._speech_verb(cue.token)
            cue = _Cue(cue.token, "verb", entry) if entry else None
        piece.kind = self._kind(ctx, index, lead, cue)
        if cue is not None:
            piece.speaker = self._speaker_of(ctx, cue)
            piece.cue = self._cue_label(cue)
            piece.explicit = True
            if lead.endswith(":") and self._pronoun_subject(ctx, cue):
                # "Blankenship concurred: "...", he argued": "he" is the one the colon's
                # clause names, not an earlier speaker
                intro = self._colon_intro(ctx, piece)
                pron = self._speaker_heads(ctx, cue)[0]
                if intro is not None and self._fits(pron, intro, loose=True):
                    piece.speaker = intro
        elif lead.endswith(":") and piece.kind == DIRECT:
            piece.speaker = self._colon_intro(ctx, piece)
            piece.explicit = piece.speaker is not None
        if not piece.explicit and piece.kind == PARTIAL:
            self._continue_fragment(ctx, index)
        if not piece.explicit:
            if piece.kind == DIRECT:
                self._carry_over(ctx, index, lead)
            elif short:
                piece.kind = TERM  # a short fragment no speech verb governs: a name, scare quotes
        if piece.speaker is not None:
            self.tracker.note(piece.speaker, SPEAKER_RANK)
            self.last_speaker[ctx.paragraph] = piece.speaker

    def _pronoun_subject(self, ctx: _Context, cue: _Cue) -> bool:
        heads = self._speaker_heads(ctx, cue) if cue.how == "verb" else []
        return len(heads) == 1 and heads[0].pos_ == "PRON" and \
            heads[0].lower_ in SINGULAR_PERSON | PLURAL

    def _continue_fragment(self, ctx: _Context, index: int) -> None:
        """ "She described him as "a guiding force" who was "one of the best" and "always
        curious"": a fragment that goes on the narrator's sentence after an attributed quote
        keeps that quote's speaker and cue."""
        piece = ctx.pieces[index]
        prev = ctx.pieces[index - 1] if index > 0 else None
        if prev is None or not prev.explicit or prev.speaker is None or prev.kind == TERM or \
                prev.span.close_mark is None:
            return
        body = self.text[piece.span.start:piece.span.end]
        first = next((ch for ch in body if ch.isalpha()), "")
        between = self.text[prev.span.close_mark + 1:piece.span.open_mark]
        if not first.islower() or any(ch in SENTENCE_END for ch in between) or \
                ctx.sent_of(ctx.token_at(prev.span.start)).start != \
                ctx.sent_of(ctx.token_at(piece.span.start)).start:
            return
        piece.speaker, piece.cue = _copy(prev.speaker), prev.cue
        piece.explicit = True

    def _governor(self, ctx: _Context, index: int, tokens: list[Token]) -> _Cue | None:
        """The speech verb above the quote in the parse, or a naming verb right above it."""
        inside = {i for i, p in enumerate(ctx.inside) if p == index}
        attachments: list[Token] = []
        for tok in tokens:
            node = tok
            for _ in range(MAX_CLIMB * 4):
                if node.i not in inside or node.head.i == node.i:
                    break
                node = node.head
            if node.i not in inside and all(a.i != node.i for a in attachments):
                attachments.append(node)
        for attach in sorted(attachments, key=lambda a: distance(a, tokens)):
            found = self._climb(ctx, attach)
            if found is not None:
                return found
        return None

    def _climb(self, ctx: _Context, node: Token) -> _Cue | None:
        first_verb = True
        for _ in range(MAX_CLIMB):
            if ctx.is_inside(node):  # another quote's words: no cue there, but go on up
                if node.head.i == node.i:
                    return None
                node = node.head
                continue
            if first_verb and self._is_naming(node):
                return _Cue(node, "naming")
            found = self._cue_at(node, any_verb=first_verb)
            if found is not None:
                return found
            if node.pos_ in ("VERB", "AUX"):
                first_verb = False
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _adjacent(self, ctx: _Context, piece: _Piece) -> _Cue | None:
        """ "...," he said. / He told reporters: "..." when the parse did not link them."""
        doc = ctx.segment.doc
        offset = ctx.offset
        span = piece.span
        if span.close_mark is not None:
            at = ctx.token_at(span.close_mark)
            while at < len(doc) and offset + doc[at].idx <= span.close_mark:
                at += 1
            # the attribution's own sentence: spaCy often ends one at the closing mark
            for tok in doc[at:ctx.sent_of(at).end] if at < len(doc) else ():
                if ctx.is_inside(tok) or is_mark(tok):
                    break
                found = self._cue_at(tok, any_verb=True)
                if found is not None:
                    return found
        before = span.open_mark - 1
        while before > 0 and self.text[before].isspace():
            before -= 1
        if before >= 0 and self.text[before].isalnum():
            return self._object_before(ctx, piece)
        if before >= 0 and self.text[before] in ":,":
            open_tok = ctx.token_at(span.open_mark)
            sent = ctx.sent_of(open_tok)
            for tok in reversed(doc[sent.start:open_tok]):
                if ctx.is_inside(tok) or is_mark(tok):
                    break
                found = self._cue_at(tok, any_verb=True)
                if found is not None:
                    return found
        return None

    @staticmethod
    def _listening_frame(cue: _Cue) -> bool:
        """A subjectless participle adjunct ("Speaking to X, ...", "Talking to reporters, ...")
        names the listener, not the speaker."""
        verb = cue.token
        return cue.how == "verb" and verb.tag_ == "VBG" and verb.dep_ == "advcl" and \
            not any(c.dep_ in SUBJECT_DEPS for c in verb.children)

    def _object_before(self, ctx: _Context, piece: _Piece) -> _Cue | None:
        """ "He told radio host Jo Smith "if you ..."": a quote right after the listener of a
        speech verb, with no comma or colon, is what the verb's subject said."""
        doc = ctx.segment.doc
        last = ctx.token_at(piece.span.open_mark) - 1
        while last >= 0 and (doc[last].is_space or is_mark(doc[last])):
            last -= 1
        if last < 0 or ctx.is_inside(doc[last]) or doc[last].pos_ not in ("PROPN", "NOUN"):
            return None
        # the listener's sentence: spaCy often starts a new one at the opening mark
        lo = max(ctx.sent_of(last).start, last - MAX_LISTENER_TOKENS)
        for tok in reversed(doc[lo:last]):
            if ctx.is_inside(tok) or is_mark(tok) or tok.is_punct:
                return None
            entry = self._speech_verb(tok)
            if entry is not None:
                under = all(any(a.i == tok.i for a in t.ancestors) for t in doc[tok.i + 1:last + 1])
                return _Cue(tok, "verb", entry) if under else None
        return None

    def _according_in(self, ctx: _Context, sent: Any) -> _Cue | None:
        """ "According to police, he was driving "erratically"": the source of the sentence."""
        if sent is None:
            return None
        for tok in sent:
            if tok.lower_ == "according" and not ctx.is_inside(tok):
                found = self._cue_at(tok, any_verb=False)
                if found is not None:
                    return found
        return None

    def _cue_at(self, tok: Token, any_verb: bool) -> _Cue | None:
        if tok.lower_ == "according" and ("according", "to") in self.cues.prepositions and \
                any(c.lower_ == "to" for c in tok.children):
            return _Cue(tok, "according")
        entry = self._speech_verb(tok)
        if entry is None:
            entry = self._document_verb(tok)
        if entry is not None and (entry.reported or any_verb):
            return _Cue(tok, "verb", entry)
        return None

    def _document_verb(self, tok: Token) -> SpeechVerb | None:
        """ "Part of Trump's tweet included the statement, "..."": "include" quotes only what a
        document says (a package that "included" something says nothing)."""
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        entries = self.cues.document_verbs.get(tok.lemma_.lower())
        if not entries:
            return None
        for subject in (c for c in tok.children if c.dep_ == "nsubj"):
            noun = subject
            if noun.lemma_.lower() in DOCUMENT_PARTS:
                noun = next((p for prep in noun.children if prep.dep_ == "prep"
                             and prep.lower_ == "of" for p in prep.children
                             if p.dep_ == "pobj"), noun)
            if noun.lemma_.lower() in self.cues.document_nouns:
                return entries[0]
        return None

    def _speech_verb(self, tok: Token) -> SpeechVerb | None:
        if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
            return None
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        return self.cues.verb(tok.lemma_.lower(), particle)

    def _is_naming(self, tok: Token) -> bool:
        """ "what Moscow calls its ...", "Russia calls it ...", "is called", "dubbed"."""
        if tok.lemma_.lower() not in self.cues.naming_verbs:
            return False
        children = list(tok.children)
        if any(c.lower_ in ("what", "whatever") for c in children):
            return True
        if tok.tag_ in ("VBZ", "VBP"):  # habitual naming, not a statement
            return True
        # "a plan dubbed ...", "is called"
        return tok.tag_ == "VBN" and (tok.dep_ in ("acl", "amod") or
                                      any(c.dep_ == "auxpass" for c in children))

    def _naming_marker(self, lead: str) -> bool:
        words = tuple(w.lower() for w in lead.replace(",", " ").split()[-4:])
        return any(words[-len(m):] == m for m in self.cues.naming_markers if len(m) <= len(words))

    def _speaker_of(self, ctx: _Context, cue: _Cue) -> Speaker | None:
        heads = [h for h in self._speaker_heads(ctx, cue) if not ctx.is_inside(h)]
        if not heads:
            return None
        sent = ctx.sent_of(heads[0].i)
        if len(heads) == 1 and heads[0].pos_ == "PRON" and \
                heads[0].lower_ in SINGULAR_PERSON | PLURAL:
            found = self._matrix_antecedent(ctx, heads[0])
            if found is not None:
                return found
        # a pronoun's own sentence gives no antecedent but its matrix subject: not "Martin
        # Smith" in "Speaking to Martin Smith, he said", learned when a quote ran on past it
        own = (ctx.offset + sent.start_char, ctx.offset + sent.end_char)
        return self.finder.speaker(heads, own)

    def _matrix_antecedent(self, ctx: _Context, pron: Token) -> Speaker | None:
        """ "Biden gave a speech in which he called ...": a pronoun subject in a clause under
        another clause stands for that clause's subject when it fits (person and gender for
        "he"/"she", a group or organisation for "they")."""
        node = pron.head
        for _ in range(MAX_CLIMB):
            if node.head.i == node.i:
                return None
            node = node.head
            subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS
                        and c.pos_ != "PRON" and not ctx.is_inside(c) and c.i < pron.i]
            if subjects:
                found = self.finder.speaker([subjects[0], *subjects[0].conjuncts])
                return found if found is not None and self._fits(pron, found) else None
        return None

    def _fits(self, pron: Token, speaker: Speaker, loose: bool = False) -> bool:
        """Whether a pronoun can stand for a speaker. ``loose`` also lets "he"/"she" stand for
        an uncoded single name the tagger did not take for a person ("Blankenship")."""
        low = pron.lower_
        if low in PLURAL:
            return speaker.kind in (GROUP, ORG)
        want = "m" if low in ("he", "him") else "f"
        if self.tracker.gender(speaker) not in (None, want):
            return False
        actor = speaker.actor
        return speaker.kind == PERSON or (
            loose and speaker.kind == ORG and actor.code in (None, "UNK") and
            not actor.sector and not actor.org and actor.text[:1].isupper())

    def _colon_intro(self, ctx: _Context, piece: _Piece) -> Speaker | None:
        """ "Jo Smith disagreed with the findings: "...": the subject of the sentence that the
        colon ends speaks, whatever its verb."""
        doc = ctx.segment.doc
        colon = ctx.token_at(piece.span.open_mark) - 1
        while colon > 0 and doc[colon].is_space:  # "July:  "The ...": spaCy keeps the spaces
            colon -= 1
        if colon < 0 or doc[colon].text != ":":
            return None
        root = ctx.sent_of(colon).root
        if ctx.is_inside(root) or root.i > colon:
            # the parse hung the narrator's clause under the quote ("The campaign recycled a
            # statement: "..."" with "recycled" below the quote's verb): the colon's own verb
            sent = ctx.sent_of(colon)
            tops = [t for t in doc[sent.start:colon] if not ctx.is_inside(t)
                    and t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or t.head.i >= colon)]
            head = doc[colon].head
            if not ctx.is_inside(head) and head.i < colon and head.pos_ in ("VERB", "AUX"):
                tops.insert(0, head)
            if not tops:
                return None
            root = tops[0]
        heads = [h for h in subject_heads(root)[0] if not ctx.is_inside(h)]
        return self.finder.speaker(heads) if heads else None

    def _speaker_heads(self, ctx: _Context, cue: _Cue) -> list[Token]:
        verb = cue.token
        if cue.how == "according":
            to = next(c for c in verb.children if c.lower_ == "to")
            heads = [p for p in to.children if p.dep_ == "pobj"]
            return [heads[0], *heads[0].conjuncts] if heads else []
        # the verb's own subject outside the quote ("...and all that," Day said: the parse may
        # give "said" a second subject inside the quote)
        own = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(own) > 1:
            own = [c for c in own if c.i > verb.i or not c.is_stop]
        if own:
            return [own[-1], *own[-1].conjuncts]
        if verb.dep_ == "xcomp":
            # "Backlash led Biden to express "..."", "urged him to say": the object speaks
            objects = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")
                       and c.i < verb.i]
            if objects:
                return [objects[0], *objects[0].conjuncts]
        heads, how = subject_heads(verb)
        if how == "passive":
            return []
        outer = self._outer_speaker_verb(verb, heads)
        if outer is not None:
            return self._speaker_heads(ctx, _Cue(outer, "verb", self._speech_verb(outer)))
        if not heads and verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i:
            heads, _ = subject_heads(verb.head)  # "Dittmar went on to add, ..."
        if not heads:
            naming = verb.lemma_.lower() in self.cues.naming_verbs
            heads = loose_subject(verb, ctx.sent_of(verb.i).start, naming)
        return heads

    def _outer_speaker_verb(self, verb: Token, heads: list[Token]) -> Token | None:
        """ "Romney said the transfer of power is what ..., and described it as "..."": the
        parse joins "described" to the reported clause, whose subject (an abstract noun that
        names no actor) is no speaker; the speaker is the subject of "said"."""
        head = verb.head
        if verb.dep_ != "conj" or head.dep_ != "ccomp" or not heads:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        outer = head.head
        if self._speech_verb(outer) is None or self.finder.resolver is None:
            return None
        if any(h.pos_ != "NOUN" or self.finder.resolver.resolve(h) is not None for h in heads):
            return None
        return outer

    def _cue_label(self, cue: _Cue) -> str | None:
        if cue.how == "according":
            return self.cues.prepositions[("according", "to")]
        if cue.entry is None:
            return None
        label = cue.entry.cue
        for prep in (c for c in cue.token.children if c.dep_ == "prep" and c.lower_ == "in"):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                compound = " ".join(c.lower_ for c in noun.children if c.dep_ == "compound")
                for phrase in (f"{compound} {noun.lemma_.lower()}".strip(), noun.lemma_.lower()):
                    if phrase in self.cues.channel_nouns:
                        article = "an" if phrase[0] in "aeiou" else "a"
                        return f"{label} in {article} {phrase}"
        return label

    # -- kind and carried-over speakers ---------------------------------------------------------
    def _lead(self, ctx: _Context, index: int) -> str:
        """The narrator's words before the opening mark, within the sentence."""
        piece = ctx.pieces[index]
        # the sentence of the first quoted word: spaCy may leave an opening mark at the end of
        # the previous sentence
        start = ctx.offset + ctx.sent_of(ctx.token_at(piece.span.start)).start_char
        if index > 0 and ctx.pieces[index - 1].span.close_mark is not None:
            start = max(start, ctx.pieces[index - 1].span.close_mark + 1)
        return self.text[start:piece.span.open_mark].strip()

    def _kind(self, ctx: _Context, index: int, lead: str, cue: _Cue | None) -> str:
        piece = ctx.pieces[index]
        if piece.span.continued:
            return DIRECT
        body = self.text[piece.span.start:piece.span.end]
        first = next((ch for ch in body if ch.isalpha()), "")
        if first.islower():
            prev = ctx.pieces[index - 1] if index > 0 else None
            if prev is not None and prev.kind == DIRECT and lead.endswith(",") and \
                    self.text[prev.span.start:prev.span.end].endswith(","):
                return DIRECT  # "We will win," he said, "because ..."
            return PARTIAL
        if not lead or lead.endswith((":", ",")) or lead.split()[-1].lower() == "that":
            return DIRECT
        if cue is not None and cue.how == "verb":
            # Miller said "It is ..." / Smith told Wikinews "There are ...": no comma
            before = ctx.segment.doc[max(ctx.token_at(piece.span.open_mark) - 1, 0)]
            if before.i == cue.token.i or (before.head.i == cue.token.i
                                           and before.dep_ in ("dobj", "dative", "npadvmod")):
                return DIRECT
        return PARTIAL

    def _sentence_like(self, piece: _Piece, tokens: list[Token] | None = None) -> bool:
        """A quoted sentence ("We won."), not a term with the sentence's period inside it
        (American style: its "special military operation.", the title of "Chief Custodian.")."""
        body = self.text[piece.span.start:piece.span.end].rstrip(",;'’‘\"”“ ")
        first = next((ch for ch in body if ch.isalpha()), "")
        if not body or body[-1] not in SENTENCE_END or not first.isupper():
            return False
        return tokens is None or any(t.pos_ in ("VERB", "AUX") for t in tokens)

    def _carry_over(self, ctx: _Context, index: int, lead: str) -> None:
        piece = ctx.pieces[index]
        earlier = [p for p in self.pieces[:self.pieces.index(piece)]
                   if p.speaker is not None and p.done]
        same_group = [p for p in earlier if p.span.group == piece.span.group]
        same_paragraph = [p for p in ctx.pieces[:index] if p.speaker is not None]
        source = (same_group or same_paragraph or [None])[-1]
        if source is not None:
            piece.speaker, piece.cue = _copy(source.speaker), source.cue
            return
        if lead:
            return
        # a quote that starts a sentence continues the statement before it: the last speaker
        # of this paragraph, or of the previous one when the quote opens the paragraph
        before = self.last_speaker.get(ctx.paragraph)
        if before is None and self._opens_paragraph(ctx, piece) and ctx.paragraph > 0:
            before = self.last_speaker.get(ctx.paragraph - 1)
        if before is not None:
            piece.speaker = _copy(before)

    def _opens_paragraph(self, ctx: _Context, piece: _Piece) -> bool:
        return not self.text[ctx.offset:piece.span.open_mark].strip()

    def fill_groups(self) -> None:
        """A piece of a multi-paragraph quote with no cue of its own takes the attribution of
        another piece ("...\n\n"...," Kindiki said.), before any carried-over speaker."""
        by_group: dict[int, list[_Piece]] = {}
        for piece in self.pieces:
            by_group.setdefault(piece.span.group, []).append(piece)
        for group in by_group.values():
            if len(group) < 2:
                continue
            attributed = [p for p in group if p.explicit and p.speaker is not None]
            for piece in group:
                if piece.explicit or piece.kind == TERM:
                    continue
                source = min(attributed, key=lambda p: abs(p.span.start - piece.span.start),
                             default=None)
                if source is not None:
                    piece.speaker, piece.cue = _copy(source.speaker), source.cue

    def finish_unparsed(self, piece: _Piece) -> None:
        body = self.text[piece.span.start:piece.span.end]
        first = next((ch for ch in body if ch.isalpha()), "")
        short = len(body.split()) <= self.cues.term_max_words and not self._sentence_like(piece)
        piece.kind = TERM if short else (PARTIAL if first.islower() else DIRECT)
        piece.done = True

    # -- indirect speech ---------------------------------------------------------------------
    def _reported(self, ctx: _Context, sent: Any) -> None:
        for tok in sent:
            if ctx.is_inside(tok):
                continue
            if tok.lower_ == "according":
                cue = self._cue_at(tok, any_verb=False)
                if cue is not None:
                    self._add_reported(ctx, cue, according_content(tok))
                continue
            entry = self._speech_verb(tok)
            if entry is None or any(c.dep_ == "neg" for c in tok.children):
                continue
            # a complement whose verb is quoted is the quote itself, recorded as such
            comps = [c for c in tok.children if c.dep_ == "ccomp" and not ctx.is_inside(c)] \
                if entry.reported else []
            if not comps:
                self._colon_cue(ctx, tok, entry)
                continue
            for comp in comps:
                self._add_reported(ctx, _Cue(tok, "verb", entry), list(comp.subtree))

    def _add_reported(self, ctx: _Context, cue: _Cue, tokens: list[Token]) -> None:
        tokens = trim_clause(tokens)
        if len([t for t in tokens if not t.is_punct]) < 2:
            return
        start = ctx.offset + tokens[0].idx
        end = ctx.offset + tokens[-1].idx + len(tokens[-1])
        quoted = sum(1 for t in tokens if ctx.is_inside(t))
        if quoted * 2 > len(tokens):
            return  # the content is a direct quote, recorded as such
        for piece in ctx.pieces:  # close a partial quote that ends the clause
            span = piece.span
            if start <= span.open_mark < end and span.close_mark is not None and \
                    end <= span.close_mark < end + 3:
                end = span.close_mark + 1
        speaker = self._speaker_of(ctx, cue)
        if speaker is not None:
            self.tracker.note(speaker, SPEAKER_RANK)
            self.last_speaker[ctx.paragraph] = speaker
        self.reported.append(Quote(text=self.text[start:end], start=start, end=end,
                                   speaker=_copy(speaker).actor if speaker else None,
                                   cue=self._cue_label(cue), kind=REPORTED))

    def _colon_cue(self, ctx: _Context, tok: Token, entry: SpeechVerb) -> None:
        """ "X said:" closing a paragraph introduces the quote of the next paragraph."""
        end = self.paragraphs[ctx.paragraph].end if ctx.paragraph >= 0 else 0
        last = end - 1
        while last > 0 and self.text[last].isspace():
            last -= 1
        if last < 0 or self.text[last] != ":":
            return
        rest = self.text[ctx.offset + tok.idx:end]
        if any(m in rest for m in '"“”‘’'):
            return
        speaker = self._speaker_of(ctx, _Cue(tok, "verb", entry))
        if speaker is not None:
            self.last_speaker[ctx.paragraph] = speaker
            self.tracker.note(speaker, SPEAKER_RANK)

    def _salient_heads(self, ctx: _Context, sent: Any) -> list[tuple[Token, int]]:
        heads: list[tuple[Token, int]] = []
        root = sent.root
        for tok in sent:
            if ctx.is_inside(tok):
                continue
            if tok.dep_ in SUBJECT_DEPS and tok.pos_ != "PRON":
                verb = tok.head
                main = verb.i == root.i or (verb.dep_ == "conj" and verb.head.i == root.i)
                if not main and tok.pos_ != "PROPN":
                    continue  # common nouns deep in the sentence are seldom what "he" means
                rank = MAIN_SUBJECT_RANK if main else SUBJECT_RANK
                heads.extend((h, rank) for h in (tok, *tok.conjuncts))
        for ent in sent.ents:
            if ent.label_ == "PERSON" and not ctx.is_inside(ent.root) and \
                    not any(ch.isdigit() for ch in ent.text):
                heads.append((ent.root, NAMED_RANK))
        return heads


# -- helpers -----------------------------------------------------------------------------------

def _copy(speaker: Speaker | None) -> Speaker | None:
    if speaker is None:
        return None
    return Speaker(replace(speaker.actor), speaker.kind, speaker.gender)


def _quote(text: str, piece: _Piece) -> Quote:
    span = piece.span
    speaker = piece.speaker if piece.kind != TERM else None
    return Quote(text=text[span.start:span.end], start=span.start, end=span.end,
                 speaker=replace(speaker.actor) if speaker else None,
                 cue=piece.cue if piece.kind != TERM else None, kind=piece.kind)


def attribute_quotes(doc: Document, cues: SpeechCues, actors: ActorDictionary) -> list[Quote]:
    """The quotes and reported statements of a parsed document, in text order."""
    return QuoteAttributor(cues, actors).attribute(doc)
