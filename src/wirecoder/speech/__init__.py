"""Quotes and reported speech: quote marks in the raw text, speech cues and speakers in the parse.

* :mod:`wirecoder.speech.cues` loads ``data/speech_cues.json`` (speech verbs, naming verbs, gender
  hints) and validates it;
* :mod:`wirecoder.speech.marks` finds quoted stretches in the article text, paragraph by
  paragraph, including quotes continued over paragraphs (AP style) and nested quotes;
* :mod:`wirecoder.speech.speakers` keeps who spoke and who was mentioned, so "he said", "they
  said" and surnames go to the right actor;
* :mod:`wirecoder.speech.parsing` holds the small readings of the parse that attribution uses;
* :mod:`wirecoder.speech.attribution` ties each quoted stretch to its speech cue and speaker, sets
  its kind (direct, partial, term) and finds indirect speech ("X said that ...").
"""
