"""Shared pytest configuration: the hypothesis profiles of tests/test_properties.py.

``fast`` (the default) keeps the property tests to seconds and derandomized,
so every run tries the same inputs; ``HYPOTHESIS_PROFILE=long`` tries at
least 50,000 fresh random inputs per property (see docs/reliability.md).
"""

import os

from hypothesis import HealthCheck, settings

# Extraction takes milliseconds per text, far above hypothesis's defaults.
_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile(
    'fast', max_examples=60, derandomize=True, deadline=None, database=None,
    suppress_health_check=_SLOW,
)
settings.register_profile(
    'long', max_examples=50_000, deadline=None, print_blob=True,
    suppress_health_check=_SLOW,
)
settings.load_profile(os.environ.get('HYPOTHESIS_PROFILE', 'fast'))
