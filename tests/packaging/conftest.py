"""Prints the frozen build's figures (build time, size, start times) at the end of the run."""

from __future__ import annotations

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.packaging.test_frozen_build import FIGURES

    if FIGURES:
        terminalreporter.section("frozen mesomap figures")
        for name, value in FIGURES.items():
            terminalreporter.write_line(f"{name}: {value}")
