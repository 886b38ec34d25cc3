"""Which extractor fills which claim table: the one registry the pipeline walks."""
from __future__ import annotations

from collections.abc import Callable

from sitrep import aid, air_attacks, casualties, clashes, troops
from sitrep.clean import CLEAN_VERSION
from sitrep.models import Document
from sitrep.schemas import AID_PLEDGES, AIR_ATTACKS, CASUALTY_CLAIMS, COMBAT_CLASHES, TROOP_DEPLOYMENTS

Extractor = Callable[[Document], list[dict]]

EXTRACTORS: dict[str, Extractor] = {
    AIR_ATTACKS.name: air_attacks.extract_air_attacks,
    CASUALTY_CLAIMS.name: casualties.extract_casualties,
    TROOP_DEPLOYMENTS.name: troops.extract_troop_deployments,
    AID_PLEDGES.name: aid.extract_aid_pledges,
    COMBAT_CLASHES.name: clashes.extract_combat_clashes,
}

VERSIONS: dict[str, str] = {
    "clean": CLEAN_VERSION,
    AIR_ATTACKS.name: air_attacks.EXTRACTOR_VERSION,
    CASUALTY_CLAIMS.name: casualties.EXTRACTOR_VERSION,
    TROOP_DEPLOYMENTS.name: troops.EXTRACTOR_VERSION,
    AID_PLEDGES.name: aid.EXTRACTOR_VERSION,
    COMBAT_CLASHES.name: clashes.EXTRACTOR_VERSION,
}


def pipeline_version() -> str:
    """What produced a lake's rows ("clean=1,air_attacks=5,..."): when it changes, the lake's
    incremental state no longer holds and every file is processed again."""
    return ",".join(f"{name}={version}" for name, version in VERSIONS.items())


def extract_claims(doc: Document) -> dict[str, list[dict]]:
    """Every claim table's rows for one document."""
    return {table: extractor(doc) for table, extractor in EXTRACTORS.items()}
