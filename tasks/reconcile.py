"""Reconcile: link claims about the same attack across documents into events."""
from __future__ import annotations

from datetime import date

from prefect import task
from prefect.cache_policies import NO_CACHE

from sitrep import lake
from sitrep.config import Settings
from sitrep.events import reconcile
from sitrep.schemas import AIR_ATTACK_EVENTS, AIR_ATTACKS
from sitrep.validation import Validator
from tasks.validate import Validated, validate_table


@task(name="reconcile events", task_run_name="reconcile events", cache_policy=NO_CACHE)
def reconcile_events(lake_uri: str, today: date, validator: Validator,
                     settings: Settings) -> Validated:
    """Events from every published air-attack claim, not just this run's: a new report
    about an old attack changes that attack's event."""
    events = reconcile(lake.read(lake_uri, AIR_ATTACKS, settings))
    return validate_table(validator, AIR_ATTACK_EVENTS.name, events, today)
