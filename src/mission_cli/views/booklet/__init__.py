"""The booklet ("carnet de route") as data: what ``mission booklet`` hands the typesetter
(``booklet/``) for each delegate, a selection, or the whole delegation, every word already
in the trip's language."""
