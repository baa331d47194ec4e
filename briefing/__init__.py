"""briefing: turn a folder of news articles into a searchable briefing website.

The package is laid out as the pipeline it runs, one module per stage::

    load -> extract -> overrides -> model -> render/export -> publish

Stages pass frozen dataclasses from :mod:`briefing.models`; only
:mod:`briefing.publish` touches the output folders.
"""

__version__ = "0.1.0"
