"""briefing: turn a folder of news articles into a searchable briefing website.

The package is the pipeline it runs (ARCHITECTURE.md): ingest -> extract ->
overrides -> corpus -> render -> publish, stages passing the frozen
dataclasses of :mod:`briefing.models`.
"""

__version__ = "0.1.0"
