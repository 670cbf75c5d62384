"""The `kg` command line: a thin layer that parses arguments and calls the library.

Every command takes ``--store DIR`` (default ``.kg``, or ``$KG_STORE``). User errors
print one line on stderr and exit non-zero (2 for a bad query); never a traceback.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import KGError

STORE_HELP = "Store directory (default: $KG_STORE or .kg in the working directory)."


def store_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--store",
        "store",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        envvar="KG_STORE",
        show_envvar=True,
        help=STORE_HELP,
    )(f)


def user_errors(f: Callable[..., Any]) -> Callable[..., Any]:
    """Turn KGError (and a few OS errors a user can cause) into one line and an exit code."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except KGError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError) as exc:
            click.echo(f"Error: {exc.strerror}: {exc.filename}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build, query, explain and export a knowledge graph of TV series articles.

    Typical use: `kg build seeds/` extracts facts from the documents into an on-disk
    store, then `kg query cast` runs a named query, `kg explain` shows the evidence of a
    fact, and `kg export` writes the graph in a standard format.
    """


# --- core commands: build, query, queries, explain, stats, export ---------------------


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary, no progress.")
@click.option(
    "--links/--no-links",
    default=True,
    show_default=True,
    help="Load the shipped owl:sameAs links (ontology/links.ttl) into the graph.",
)
@user_errors
def build(paths: tuple[Path, ...], store: Path | None, quiet: bool, links: bool) -> None:
    """Extract facts from documents and build the graph into the store.

    PATHS are text files or folders of .txt files (default: seeds/). The new graph is
    written to a fresh location and swapped in only when complete, so a failed or
    interrupted build leaves the previous graph intact. Same input, same triples (the
    extraction timestamp aside: set SOURCE_DATE_EPOCH to fix it too).
    """
    from .pipeline import build_store, format_summary

    progress = None if quiet else lambda msg: click.echo(msg, err=True)
    summary = build_store(list(paths) or [Path("seeds")], store, progress=progress, links=links)
    click.echo(format_summary(summary))


@cli.command()
@click.argument("query")
@store_option
@click.option(
    "--format",
    "-f",
    "fmt",
    default="table",
    show_default=True,
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "nquads", "trig"]),
    help="Result format: table/csv/tsv/json/xml for SELECT and ASK (json is SPARQL 1.1 "
    "Query Results JSON); turtle/ntriples/nquads/trig for CONSTRUCT and DESCRIBE.",
)
@user_errors
def query(query: str, store: Path | None, fmt: str) -> None:
    """Run a SPARQL query against the store.

    QUERY is inline SPARQL, a path to a .rq file, or the name of a query in queries/
    (see `kg queries`). The project prefixes (kg:, schema:, rdfs:, skos:, prov:, ...) are
    declared for you. The default graph is the union of all documents' graphs.
    """
    from . import query as q
    from .store import open_store

    text = q.resolve_query(query)
    result = q.run(open_store(store), text)
    click.echo(q.format_result(result, fmt), nl=False)


@cli.command("queries")
def list_queries() -> None:
    """List the named queries in queries/ with what each answers."""
    from .query import named_queries

    for nq in named_queries():
        click.echo(f"{nq.name:<22} {nq.description}")


@cli.command()
@click.argument("subject")
@click.argument("predicate")
@click.argument("object")
@store_option
@user_errors
def explain(subject: str, predicate: str, object: str, store: Path | None) -> None:
    """Show the evidence sentences behind a fact.

    SUBJECT and OBJECT are names ("Charlie Cox", "Murdock") or IRIs; PREDICATE is a
    relation name (plays, appearsIn, directed), a prefixed name (kg:plays) or an IRI.
    Example: kg explain "Charlie Cox" plays "Matt Murdock".
    """
    from .explain import explain_fact, format_explanation
    from .store import open_store

    click.echo(format_explanation(explain_fact(open_store(store), subject, predicate, object)))


@cli.command()
@store_option
@user_errors
def stats(store: Path | None) -> None:
    """Print counts: documents, entities per class, facts per relation, triples."""
    from .pipeline import format_summary, store_summary

    click.echo(format_summary(store_summary(store)))


@cli.command()
@store_option
@click.option(
    "--format",
    "-f",
    "fmt",
    default="turtle",
    show_default=True,
    type=click.Choice(["turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml", "graphml", "gexf", "csv"]),
    help="RDF formats (nquads/trig keep the per-document graphs; turtle/ntriples/jsonld/rdfxml "
    "merge them) or graph formats for Gephi/Cytoscape (graphml, gexf, csv = nodes.csv + edges.csv).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="Output file (a folder for csv). Default: standard output (not for csv).",
)
@click.option("--void", "void", is_flag=True, help="Write the VoID description of the dataset instead.")
@user_errors
def export(store: Path | None, fmt: str, output: Path | None, void: bool) -> None:
    """Export the whole graph in a standard RDF or graph format."""
    from .store import open_store

    st = open_store(store)
    if void:
        from .void import void_turtle

        _write_text(void_turtle(st), output)
        return
    if fmt in ("graphml", "gexf", "csv"):
        from .netexport import export_graph

        if output is None and fmt == "csv":
            raise KGError("--format csv writes nodes.csv and edges.csv: give a folder with -o")
        if output is None:
            raise KGError(f"--format {fmt} needs an output file: -o FILE")
        export_graph(st, fmt, output)
        return
    from .export import export_rdf

    _write_bytes(export_rdf(st, fmt), output)


def _write_bytes(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        return
    from .export import atomic_write_bytes

    atomic_write_bytes(output, data)
    click.echo(f"Wrote {output} ({len(data):,} bytes)", err=True)


def _write_text(text: str, output: Path | None) -> None:
    _write_bytes(text.encode("utf-8"), output)


# --- viz commands (issue: visualization) ------------------------------------------------


# --- server commands (issue: SPARQL endpoint) -------------------------------------------


# --- linking commands (issue: Wikidata/DBpedia links) -----------------------------------


# --- quality commands: eval, validate ---------------------------------------------------


def main() -> None:
    """Console-script entry point."""
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
