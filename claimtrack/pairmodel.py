"""A learned scorer for pairs of claims: how likely two claims assert the same thing.

The rules of `cluster` say what keeps two claims apart (a veto) and compute the evidence two
claims share (`cluster.pair_features`); a logistic model fitted on annotated articles
(`claimtrack train`, see `training`) weighs that evidence. Figures and stances are weighed
by two models: they are grouped by different evidence. The model is data: a YAML file of
feature names, scaling, weights and the threshold at which a claim joins a cluster.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from claimtrack.errors import UsageError
from claimtrack.resources import load_data, load_yaml_file

BUNDLED = "pair_model.yaml"
# The two pair classes: two figures, or at least one claim without a figure.
FIGURES, STANCES = "figures", "stances"


@dataclass(frozen=True)
class LinearScorer:
    """A logistic model over named features, standardised by `mean` and `scale`."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, values: Mapping[str, float | None]) -> float:
        """P(same claim) for the feature values. A feature the pair does not know (None)
        weighs as the average pair; one the model does not name counts as 0."""
        z = self.intercept
        for name, mean, scale, weight in zip(
            self.features, self.mean, self.scale, self.weights, strict=True
        ):
            value = values.get(name, 0.0)
            z += weight * ((mean if value is None else value) - mean) / scale
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def to_data(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "intercept": self.intercept,
            "features": {
                name: {"mean": mean, "scale": scale, "weight": weight}
                for name, mean, scale, weight in zip(
                    self.features, self.mean, self.scale, self.weights, strict=True
                )
            },
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> LinearScorer:
        table = data["features"]
        names = tuple(table)
        return cls(
            features=names,
            mean=tuple(float(table[n]["mean"]) for n in names),
            scale=tuple(float(table[n]["scale"]) or 1.0 for n in names),
            weights=tuple(float(table[n]["weight"]) for n in names),
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
        )


@dataclass(frozen=True)
class PairModel:
    """One scorer per pair class, and what it was fitted on."""

    scorers: dict[str, LinearScorer]
    trained_on: tuple[str, ...] = ()

    def scorer(self, figures: bool) -> LinearScorer:
        """The scorer for two figures, or for a pair with a stance."""
        return self.scorers[FIGURES if figures else STANCES]

    def to_data(self) -> dict[str, Any]:
        return {
            "trained_on": list(self.trained_on),
            **{name: scorer.to_data() for name, scorer in self.scorers.items()},
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> PairModel:
        return cls(
            {name: LinearScorer.from_data(data[name]) for name in (FIGURES, STANCES)},
            tuple(data.get("trained_on") or ()),
        )


@cache
def load_model(path: str = "") -> PairModel:
    """The pair model in the YAML file at `path`, or the bundled one when empty.

    Raises UsageError, with a one-line message, for a file that cannot be read or is not a
    pair model."""
    if not path:
        return PairModel.from_data(load_data(BUNDLED))
    try:
        data = load_yaml_file(Path(path))
    except OSError as exc:
        raise UsageError(f"Cannot read the pair model {path}: {exc.strerror or exc}.") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or _one_line(exc)
        raise UsageError(f"The pair model {path} is not YAML: {problem}{where}.") from None
    try:
        return PairModel.from_data(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UsageError(
            f"The pair model {path} is not one `claimtrack train` writes "
            f"({type(exc).__name__}: {_one_line(exc)})."
        ) from None


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())
