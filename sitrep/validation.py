"""Row-level data quality: Great Expectations suites kept as JSON files in expectations/.

A suite file per table (`<table>.json`) holds GX 1.x expectation configurations; each
expectation's `meta.rule` is the name a failing row carries into quarantine. Rules that
GX cannot state on raw columns use derived columns computed here (documented in the
suite's meta). Build one `Validator` per run: importing GX and creating its context is
the slow part.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable

import pandas as pd

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

DerivedColumn = Callable[[pd.DataFrame], pd.Series]


def _report_day(df: pd.DataFrame) -> pd.Series:
    """The report date as `datetime.date` (GX compares dates, not ISO strings), None if unknown."""
    def parse(value: object) -> date | None:
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            return None
    return pd.Series([parse(v) for v in df["report_date"]], index=df.index, dtype=object)


COMMON_DERIVED: dict[str, DerivedColumn] = {"report_day": _report_day}  # tables with report_date

DERIVED: dict[str, dict[str, DerivedColumn]] = {
    "air_attacks": {
        "intercepted_plus_lost": lambda df: (
            df["intercepted"].fillna(0) + df["lost"].fillna(0)
        ).astype("float64"),
        "counts_given": lambda df: df[["launched", "intercepted", "lost", "hit"]]
        .notna()
        .sum(axis=1)
        .astype("float64"),
    },
}


def derived_columns(table: str, columns: list[str]) -> dict[str, DerivedColumn]:
    """The derived columns a table's suite may refer to."""
    common = COMMON_DERIVED if "report_date" in columns else {}
    return {**common, **DERIVED.get(table, {})}


class SuiteError(RuntimeError):
    """A suite could not be loaded or one of its expectations could not be evaluated."""


@dataclass
class ValidationOutcome:
    """Which rows passed, which failed with which rules, and GX's own result for the record."""

    table: str
    valid: pd.DataFrame
    failed: pd.DataFrame
    failed_rules: list[tuple[str, ...]]
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    result: dict[str, Any] = field(default_factory=dict)


def _rule_name(config: Any) -> str:
    meta = config.meta or {}
    column = config.kwargs.get("column") or config.kwargs.get("column_A", "")
    return meta.get("rule") or f"{config.type}:{column}"


class Validator:
    """Loads every suite in a folder once and validates DataFrames against them."""

    def __init__(self, expectations_dir: Path) -> None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import (
            DataContextConfig,
            InMemoryStoreBackendDefaults,
            ProgressBarsConfig,
        )
        from great_expectations.expectations.expectation_configuration import (
            ExpectationConfiguration,
        )

        config = DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(),
            progress_bars=ProgressBarsConfig(globally=False),
            analytics_enabled=False,
        )
        self._context = gx.get_context(mode="ephemeral", project_config=config)
        asset = self._context.data_sources.add_pandas("sitrep").add_dataframe_asset("rows")
        self._batches = asset.add_batch_definition_whole_dataframe("run")
        self._suites = {}
        paths = sorted(Path(expectations_dir).glob("*.json"))
        if not paths:
            raise SuiteError(f"no expectation suites in {expectations_dir}")
        for path in paths:
            try:
                spec = json.loads(path.read_text(encoding="utf-8"))
                expectations = [
                    ExpectationConfiguration(
                        type=e["type"], kwargs=e["kwargs"], meta=e.get("meta", {})
                    ).to_domain_obj()
                    for e in spec["expectations"]
                ]
            except Exception as exc:  # any malformed suite is a configuration error
                raise SuiteError(f"cannot load suite {path}: {exc}") from exc
            suite = gx.ExpectationSuite(name=spec.get("name", path.stem), expectations=expectations)
            self._suites[path.stem] = self._context.suites.add(suite)

    @property
    def tables(self) -> list[str]:
        return sorted(self._suites)

    def validate(self, table: str, rows: pd.DataFrame, today: date) -> ValidationOutcome:
        """Split `rows` into valid and failed, naming for each failed row the rules it broke."""
        rows = rows.reset_index(drop=True)
        if table not in self._suites:
            raise SuiteError(f"no expectation suite for table {table!r}")
        frame = rows.copy()
        for name, derive in derived_columns(table, list(frame.columns)).items():
            frame[name] = derive(frame) if len(frame) else pd.Series(dtype=object)
        result = self._batches.get_batch(batch_parameters={"dataframe": frame}).validate(
            self._suites[table],
            expectation_parameters={"today": today.isoformat()},
            result_format={"result_format": "COMPLETE"},
        )
        broken: dict[int, list[str]] = {}
        rules: dict[str, dict[str, Any]] = {}
        for res in result.results:
            name = _rule_name(res.expectation_config)
            if res.exception_info and res.exception_info.get("raised_exception"):
                raise SuiteError(f"{table}: expectation {name} failed to run: "
                                 f"{res.exception_info.get('exception_message')}")
            failed_rows = res.result.get("unexpected_index_list") or []
            rules[name] = {
                "expectation": res.expectation_config.type,
                "success": bool(res.success),
                "unexpected_count": int(res.result.get("unexpected_count") or 0),
            }
            for index in failed_rows:
                broken.setdefault(int(index), []).append(name)
        failed_index = sorted(broken)
        return ValidationOutcome(
            table=table,
            valid=rows.drop(index=failed_index).reset_index(drop=True),
            failed=rows.loc[failed_index].reset_index(drop=True),
            failed_rules=[tuple(broken[i]) for i in failed_index],
            rules=rules,
            result=result.to_json_dict(),
        )
