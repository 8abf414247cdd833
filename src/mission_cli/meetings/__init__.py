"""Meeting requests placed in a trip (``mission schedule``, issue #23): the trip side of
the scheduling engine (``schedule/``).

``stating.py`` turns a resolved trip's requests into the engine's :class:`Problem`
(every start on a time grid inside the outside party's windows, what each would hold,
the trip's fixed items and the rules' thresholds), leaving out and remembering why the
starts that the trip itself rules out (a delegate in another city, on a move, at an odd
hour). ``reasons.py`` says, for each request left out, why, in words an organiser can
act on; ``writeback.py`` adds the placed meetings to the file's text; ``verify.py``
checks that the trip with them raises no new finding; ``plan.py`` runs the whole.
"""
