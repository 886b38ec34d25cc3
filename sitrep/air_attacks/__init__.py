"""Air-attack claims from cleaned documents: who says how many drones or missiles were
launched, shot down, lost to electronic warfare, or hit their targets.

The extractor works sentence by sentence on the posts of a Document:

1. a cheap keyword prefilter skips paragraphs that cannot hold a claim;
2. each number that counts a weapon ("81 Russian drones"), or stands for one in context
   ("46 were lost", "34 out of 81"), gets a role from the nearest verb cue;
3. the counts of one sentence become one row per weapon (and weapon type);
4. rows are merged with the claim of the neighbouring sentences when they only add to it
   ("Of the other drones, 46 were lost"), and repeats of a claim within the document
   (headline and body, the same figures re-reported later) collapse into one row. Figures
   whose attacker is not known yet stay open for the next sentences ("Shot down: 54 UAVs ...
   In total, the enemy launched 76 drones") and are dropped if none tells it. A revised figure
   ("later raised the figure to 72", "in an updated statement", a later live-blog post that "now
   says" otherwise) replaces the one it revises; a rounded one ("nearly 500 drones" in a headline
   above "497 drones") is no claim of its own.

Attacker and claimant are read from the text: side adjectives ("Russian drones"), the
subject of a launch verb ("Russia launched"), the side whose air defences intercept,
places, weapon types, and finally the side of whoever reports the claim. Rows whose
attacker cannot be established, and attacks of other wars ("Iran launched 100 drones at
Israel"), are dropped. Pure: no I/O.

Modules, bottom up: `lexicon` (words, patterns, data classes, text helpers), `places`,
`claimants`, `counts` (which numbers count weapons, and their roles), `downed` (how many were
downed, from words: "all but three"), `attackers` (whose attack), `reporters` (where another
reporter's claim begins in a sentence), `revisions` (figures that replace others), `non_events`
(counts that are no single attack), `rows` (one sentence's counts into rows), `sentence` (the
walk from a sentence to its rows), `merging` (rows across sentences and posts), `document`
(the walk over a document and its records).
"""
from sitrep.air_attacks.document import extract_air_attacks
from sitrep.air_attacks.lexicon import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION", "extract_air_attacks"]
