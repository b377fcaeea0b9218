"""Training data from play (issue #20): preference pairs, labelled completions and chat
transcripts, from the narrations of consenting tables, without anyone's identity.

`judgements` reads what players and GMs decided about each narration, `consent`
picks the scenes that may leave, `privacy` pseudonymises and scrubs, `formats`
writes the shapes trainers read (TRL), `card` describes the result, `run` ties
them together for `loremaster export preferences` (`cli`).
"""
