"""A shorter soak than `soak.py`'s default, for every test run."""
from conftest import BIN
from soak import run


def test_random_session_keeps_server_and_client_in_step():
    result = run(operations=1500, articles=60, seed=7, binary=str(BIN))
    assert result["mismatches"] == []
    assert result["protocol_errors"] == []
    assert result["garbage"] == []
    assert result["exit_code"] == 0
