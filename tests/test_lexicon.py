"""The event lexicon and the PLOVER vocabulary: shipped files load, bad files are rejected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.coding.plover import DataError, load_plover
from wirecoder.data.lexicon import LEXICON_SCHEMA, load_lexicon

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}


def test_plover_vocabulary():
    spec = load_plover()
    assert set(spec.types) == PLOVER_TYPES
    quads = {name: t.quad for name, t in spec.types.items()}
    assert {n for n, q in quads.items() if q == 1} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert {n for n, q in quads.items() if q == 2} == {"COOPERATE", "AID", "RETREAT"}
    assert {n for n, q in quads.items() if q == 3} == {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
    assert spec.types["AID"].score == 10.0 and spec.types["ASSAULT"].score == -9.0
    assert spec.types["AGREE"].cameo_root == "03" and spec.types["SANCTION"].cameo_root == "16"
    assert "visit" in spec.modes_of("CONSULT") and "arrest" in spec.modes_of("COERCE")
    assert {"GOV", "MIL", "COP", "REB", "CVL", "LEG", "JUD", "PTY"} <= set(spec.sectors)


def test_shipped_lexicon_is_broad():
    lex = load_lexicon()
    assert len(lex) >= 300
    covered = {e.type for entries in lex.verbs.values() for e in entries if e.type}
    assert covered == PLOVER_TYPES
    assert {"say", "tell"} <= lex.reporting_verbs
    assert lex.version and lex.source.endswith("event_lexicon.json")


def test_specific_entries_come_first():
    lex = load_lexicon()
    send = lex.verb_entries("send")
    assert send, "send has entries"
    assert all(e.object for e in send)  # "send" alone is no event
    types = {e.type for e in send}
    assert {"AID", "MOBILIZE"} <= types
    call = lex.verb_entries("call")
    assert call[0].particle  # "call off" outranks "call" + object and "call on"


def _lexicon(**overrides) -> dict:
    data = {
        "version": "test", "schema": LEXICON_SCHEMA,
        "word_classes": {"TROOPS": ["troops"]},
        "reporting_verbs": ["say"], "light_verbs": ["hold"],
        "verbs": [{"lemma": "deploy", "type": "MOBILIZE", "object": ["@TROOPS"],
                   "mode": ["troops"]}],
        "nouns": [{"lemma": "talks", "type": "CONSULT"}],
    }
    data.update(overrides)
    return data


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_small_valid_lexicon_loads(tmp_path):
    lex = load_lexicon(_write(tmp_path, _lexicon()))
    assert [e.type for e in lex.verb_entries("deploy")] == ["MOBILIZE"]
    assert "troops" in lex.verb_entries("deploy")[0].object


@pytest.mark.parametrize(("change", "message"), [
    ({"verbs": [{"lemma": "attack", "type": "FIGHT"}]}, "unknown PLOVER type 'FIGHT'"),
    ({"verbs": [{"lemma": "attack", "type": "ASSAULT", "mode": ["troops"]}]}, "not modes of"),
    ({"verbs": [{"lemma": "send", "type": "AID", "object": ["@ARMS"]}]}, "unknown word class"),
    ({"verbs": [{"lemma": "send", "type": "AID", "objekt": ["aid"]}]}, "unknown key"),
    ({"verbs": [{"lemma": "say", "type": "ACCUSE"}]}, "reporting verb 'say'"),
    ({"verbs": [{"lemma": "call off", "type": "CONCEDE"}]}, "single words"),
    ({"nouns": [{"lemma": "raid", "type": "ASSAULT", "status": "maybe"}]}, "unknown status"),
    ({"schema": "something/else"}, "schema"),
    ({"version": 3}, "version"),
])
def test_bad_lexicon_is_rejected_with_file_and_entry(tmp_path, change, message):
    path = _write(tmp_path, _lexicon(**change))
    with pytest.raises(DataError, match=message) as info:
        load_lexicon(path)
    assert str(path) in str(info.value)
    assert str(info.value).startswith("E120")


def test_entry_is_named_in_the_error(tmp_path):
    data = _lexicon(verbs=[{"lemma": "deploy", "type": "MOBILIZE"},
                           {"lemma": "shell", "type": "SHELL"}])
    with pytest.raises(DataError, match=r"verbs\[1\] \(shell\)"):
        load_lexicon(_write(tmp_path, data))


def test_invalid_json_is_reported(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"version": "1",', encoding="utf-8")
    with pytest.raises(DataError, match="invalid JSON"):
        load_lexicon(path)


def test_bad_plover_file(tmp_path):
    data = json.loads((Path(load_lexicon().source).parent / "plover.json").read_text())
    data["types"]["AID"]["quad"] = 7
    path = tmp_path / "plover.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match=r"types\.AID\.quad"):
        load_plover(path)


def test_new_entry_keys_and_lists_load(tmp_path):
    data = _lexicon(
        word_classes={"TROOPS": ["troops"], "MEANS": ["bomb", "car bomb"], "HAZ": ["flood"]},
        verbs=[{"lemma": "arrive", "type": "AID", "subject": ["peacekeepers"],
                "recipient_preps": ["in"]},
               {"lemma": "block", "type": "REJECT", "prep": ["from"], "object_state": True}],
        nouns=[{"lemma": "war games", "type": "MOBILIZE", "joint": "COOPERATE"}],
        need_verbs=["need"], light_nouns=["effort"], attack_means=["@MEANS"],
        attack_means_not=["heart"], non_agents=["@HAZ"],
        status_words={"historical": ["previously"]},
    )
    lex = load_lexicon(_write(tmp_path, data))
    arrive = lex.verb_entries("arrive")[0]
    assert arrive.subject == frozenset({"peacekeepers"}) and arrive.specificity > 0
    assert lex.verb_entries("block")[0].object_state
    assert lex.noun_entries("games")[0].joint == "COOPERATE"
    assert lex.attack_means == frozenset({"bomb", "car bomb"})
    assert lex.non_agents == frozenset({"flood"}) and lex.need_verbs == frozenset({"need"})
    assert lex.status_words["historical"] == frozenset({"previously"})


@pytest.mark.parametrize(("change", "message"), [
    ({"nouns": [{"lemma": "games", "type": "MOBILIZE", "joint": "TEAMWORK"}]},
     "unknown PLOVER type 'TEAMWORK'"),
    ({"nouns": [{"lemma": "games", "type": None, "joint": "COOPERATE"}]}, "joint"),
    ({"nouns": [{"lemma": "talks", "type": "CONSULT", "subject": ["envoys"]}]},
     "subject applies to verbs only"),
    ({"attack_means": ["@NOPE"]}, "unknown word class @NOPE"),
    ({"verbs": [{"lemma": "block", "type": "REJECT", "object_state": "yes"}]},
     "must be true or false"),
    ({"status_words": {"someday": ["maybe"]}}, "unknown kind"),
])
def test_new_keys_are_validated(tmp_path, change, message):
    with pytest.raises(DataError, match=message):
        load_lexicon(_write(tmp_path, _lexicon(**change)))


def test_shipped_lexicon_blocks_known_non_events():
    lex = load_lexicon()
    assert "wildfire" in lex.non_agents and "bus" in lex.non_agents
    assert "roadside bomb" in lex.attack_means and "heart" in lex.attack_means_not
    assert [e.type for e in lex.verb_entries("agree")][-1] is None  # a bare "X agreed"
