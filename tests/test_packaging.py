"""The operator's kit stays consistent: dependency floors."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def requirements() -> list[Requirement]:
    project = PYPROJECT["project"]
    extras = [r for group in project["optional-dependencies"].values() for r in group]
    return [Requirement(r) for r in project["dependencies"] + extras]


def floors() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints" / "floors.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[name.strip().lower()] = version.strip()
    return pins


def test_every_dependency_has_one_floor_and_floors_txt_pins_it():
    pins = floors()
    for req in requirements():
        [spec] = req.specifier
        assert spec.operator == ">=", f"{req}: give a floor (>=) only"
        assert pins.get(req.name.lower()) is not None, f"constraints/floors.txt has no pin for {req.name}"
        assert Version(spec.version) == Version(pins[req.name.lower()]), (
            f"{req.name}: pyproject says >={spec.version}, floors.txt pins {pins[req.name.lower()]}")
    assert set(pins) == {r.name.lower() for r in requirements()}, "floors.txt pins something pyproject lacks"
