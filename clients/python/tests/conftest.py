"""Fixtures for the live test: a running pecd given by PECD_ADDR, PECD_ADMIN_KEY, PECD_ALBO_KEY."""

import os
import sysconfig
from pathlib import Path

import pytest

import pecd_client
import pecd_client.v1


def _env(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        # A missing server is an error, never a skip.
        raise pytest.UsageError(f"{name} is not set: these tests need a running pecd")
    return value


def pytest_configure(config):
    for name in ("PECD_ADDR", "PECD_ADMIN_KEY", "PECD_ALBO_KEY"):
        _env(name)
    # The package must come from the installed distribution, as a consumer gets it, not src/.
    site = Path(sysconfig.get_paths()["purelib"]).resolve()
    for module in (pecd_client.v1, pecd_client):
        location = Path(module.__file__).resolve()
        if site not in location.parents:
            raise pytest.UsageError(f"{module.__name__} imported from {location}, not from {site}")


@pytest.fixture(scope="session")
def addr() -> str:
    return _env("PECD_ADDR")


@pytest.fixture(scope="session")
def anonymous_channel(addr):
    with pecd_client.connect(addr, None, tls=False) as channel:
        yield channel


@pytest.fixture(scope="session")
def admin_channel(addr):
    with pecd_client.connect(addr, _env("PECD_ADMIN_KEY"), tls=False) as channel:
        yield channel


@pytest.fixture(scope="session")
def albo_channel(addr):
    with pecd_client.connect(addr, _env("PECD_ALBO_KEY"), tls=False) as channel:
        yield channel
