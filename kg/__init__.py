"""defenders-kg: turn articles about TV series into an RDF knowledge graph."""

__version__ = "0.1.0"
