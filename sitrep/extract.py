"""Which extractor fills which claim table: the one registry the pipeline walks."""
from __future__ import annotations

from collections.abc import Callable

from sitrep.aid import extract_aid_pledges
from sitrep.air_attacks import extract_air_attacks
from sitrep.casualties import extract_casualties
from sitrep.clashes import extract_combat_clashes
from sitrep.models import Document
from sitrep.schemas import AID_PLEDGES, AIR_ATTACKS, CASUALTY_CLAIMS, COMBAT_CLASHES, TROOP_DEPLOYMENTS
from sitrep.troops import extract_troop_deployments

Extractor = Callable[[Document], list[dict]]

EXTRACTORS: dict[str, Extractor] = {
    AIR_ATTACKS.name: extract_air_attacks,
    CASUALTY_CLAIMS.name: extract_casualties,
    TROOP_DEPLOYMENTS.name: extract_troop_deployments,
    AID_PLEDGES.name: extract_aid_pledges,
    COMBAT_CLASHES.name: extract_combat_clashes,
}


def extract_claims(doc: Document) -> dict[str, list[dict]]:
    """Every claim table's rows for one document."""
    return {table: extractor(doc) for table, extractor in EXTRACTORS.items()}
