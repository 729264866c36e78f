"""The operator's kit stays consistent: dependency floors, the entry point, and .env.example."""

from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path

import pytest
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


def test_entry_point_is_the_command_line(capsys):
    assert PYPROJECT["project"]["scripts"] == {"migrate-advisor": "bot.__main__:main"}
    module, _, name = PYPROJECT["project"]["scripts"]["migrate-advisor"].partition(":")
    main = getattr(importlib.import_module(module), name)
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    assert "{chat,serve}" in capsys.readouterr().out


@pytest.mark.parametrize("value", ["verbose", "info please"])
def test_bad_log_level_is_one_clear_line_and_status_2(value, monkeypatch, capsys):
    from bot.__main__ import main

    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "secret")
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    monkeypatch.setenv("LOG_LEVEL", value)
    assert main(["serve"]) == 2
    assert capsys.readouterr().err.strip().startswith("error: LOG_LEVEL must be DEBUG, INFO")


def test_env_example_has_every_setting_in_the_readme_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Settings (environment)", 1)[1].split("\n\n", 2)[1]
    settings = set(re.findall(r"`([A-Z][A-Z_]+)`", "\n".join(line.split("|")[1] for line in table.splitlines()
                                                               if line.startswith("| `"))))
    assert {"SLACK_BOT_TOKEN", "ADVISOR_STORE_URL", "PORT", "HOST", "LOG_LEVEL"} <= settings
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    names = set(re.findall(r"^([A-Z][A-Z_]+)=", example, re.MULTILINE))
    assert names == settings
    assert not re.search(r"^SLACK_\w+=\S", example, re.MULTILINE), "no token or secret values in .env.example"
