"""Safe YAML loading, with libyaml's parser when PyYAML was built with it.

The pure-Python parser took most of the load stage (the registry and
lexicons are thousands of entries); the C one is the same safe loader,
about ten times faster. Overrides keep the pure-Python composer: they need
line and column marks for their error messages (``schema.py``).
"""

from __future__ import annotations

from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def safe_load(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
