"""The importer fuzz test, short: 50 mutated inputs per importer (`make fuzz` runs 1,000).

The bound is 5 s here rather than the fuzz target's 2 s: the suite shares the machine
with whatever else runs, and a real hang (quadratic or endless) blows far past either.
"""

from __future__ import annotations

import pytest

from tests.faults.fuzz import fuzz_importer
from tests.faults.mutations import IMPORTERS

INPUTS = 50
SEED = 20251124
LIMIT = 5.0


@pytest.mark.parametrize("importer", IMPORTERS)
def test_mutated_inputs_are_imported_or_refused_cleanly(importer, tmp_path):
    report = fuzz_importer(importer, range(INPUTS), SEED, limit=LIMIT, keep=tmp_path)
    assert report.inputs == INPUTS
    assert [(f.index, f.kind, f.mutation, f.detail[-500:]) for f in report.findings] == []
    assert report.integrity == "ok"
    # Both ways out are exercised: some inputs reach the store, some are refused.
    assert report.outcomes["imported"] > 0
    assert report.outcomes["refused"] > 0
    assert report.outcomes["imported"] + report.outcomes["refused"] == INPUTS
