"""Stage 6: the build's files published: written into a folder (``files``),
added to MkDocs by the ``briefing`` plugin (``plugin``, ``markdown``), the
site built (``site``) and its search index made (``search``)."""
