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


@cli.command()
@store_option
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("build/defenders.html"),
    show_default=True,
    help="The HTML file to write (its folder is created if needed).",
)
@click.option(
    "--query",
    "query_",
    metavar="NAME_OR_SPARQL",
    default=None,
    help="Draw the result of a query instead of the whole graph: a named query (see `kg queries`), "
    "a .rq file or inline SPARQL. It must be a CONSTRUCT, or a SELECT of ?s ?p ?o.",
)
@click.option(
    "--focus",
    metavar="ENTITY",
    default=None,
    help='Draw the neighbourhood of one entity, given by name ("Matt Murdock"), other name '
    "(case-insensitive) or IRI.",
)
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="With --focus: how many relations away from the entity to draw.",
)
@click.option(
    "--class",
    "classes",
    metavar="CLASS",
    multiple=True,
    help="Draw only the nodes of this class. Repeat it or separate classes with commas. Classes: "
    "person, character, series, season, episode, film, organization (or company), place, other, "
    "external.",
)
@click.option(
    "--exclude-class",
    "exclude_classes",
    metavar="CLASS",
    multiple=True,
    help="Leave out the nodes of this class (repeatable).",
)
@click.option(
    "--relation",
    "relations",
    metavar="RELATION",
    multiple=True,
    help="Draw only this relation (repeatable): a name (plays, appearsIn, directed, partOfSeries), "
    "a prefixed name (kg:plays) or an IRI. Nodes with none of these relations are left out.",
)
@click.option(
    "--exclude-relation",
    "exclude_relations",
    metavar="RELATION",
    multiple=True,
    help="Leave out this relation (repeatable); its nodes stay.",
)
@click.option(
    "--evidence/--no-evidence",
    default=False,
    show_default=True,
    help="Also draw the provenance: a node for each evidence sentence and each document, linked "
    "to what they support. Off by default: the picture shows the world, and the evidence is in "
    "each node's and edge's details.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    default=1500,
    show_default=True,
    help="Above this many nodes, warn that the graph is large and suggest a selection (the page is "
    "still written).",
)
@click.option("--title", default=None, help="Title of the page (default: describes the selection).")
@user_errors
def viz(
    store: Path | None,
    output: Path,
    query_: str | None,
    focus: str | None,
    depth: int,
    classes: tuple[str, ...],
    exclude_classes: tuple[str, ...],
    relations: tuple[str, ...],
    exclude_relations: tuple[str, ...],
    evidence: bool,
    max_nodes: int,
    title: str | None,
) -> None:
    """Draw the graph as an interactive network in one HTML page.

    The page is self-contained and works offline (no CDN, nothing is downloaded): open it in
    any browser. Nodes are coloured and shaped by class and sized by their number of relations;
    edges are labelled with the relation and point in its direction. Hover over a node or an
    edge for a summary; click it for its other names, its facts, and for each fact the sentence
    and document it was extracted from. Find a node by name with the search box; physics stops
    once the layout is stable (the same graph gives the same picture) and can be turned back on.

    Without options the whole graph is drawn. Select a part with --query, --focus/--depth,
    --class/--exclude-class and --relation/--exclude-relation (they combine).

    \b
    Examples:
      kg viz                                      # whole graph -> build/defenders.html
      kg viz --focus "Matt Murdock" --depth 2 -o murdock.html
      kg viz --class person --class character --relation plays
      kg viz --query 'CONSTRUCT { ?p kg:plays ?c } WHERE { ?p kg:plays ?c }'
      kg viz --evidence --focus Daredevil         # with the sentences and documents
    """
    from . import viz as kgviz
    from .store import open_store

    graph = kgviz.to_networkx(
        open_store(store),
        query=query_,
        focus=focus,
        depth=depth,
        classes=classes or None,
        exclude_classes=exclude_classes or None,
        relations=relations or None,
        exclude_relations=exclude_relations or None,
        evidence=evidence,
    )
    n_nodes, n_edges = graph.number_of_nodes(), graph.number_of_edges()
    if n_nodes > max_nodes:
        click.echo(
            f"Drawing a large graph ({n_nodes:,} nodes, more than --max-nodes {max_nodes:,}): the page "
            "may be slow to lay out. Draw a part of it with --focus ENTITY --depth N, --class, "
            "--relation or --query.",
            err=True,
        )
    elif n_nodes == 0:
        click.echo("The selection is empty: the page shows no nodes.", err=True)
    if title is None:
        parts = []
        if focus:
            parts.append(f"around {graph.nodes[graph.graph['focus']]['label']} (depth {depth})")
        if query_:
            text = " ".join(query_.split())
            parts.append("query " + (text if len(text) <= 40 else text[:39] + "…"))
        title = "defenders-kg" + (": " + ", ".join(parts) if parts else "")
    kgviz.write_html(graph, output, title=title)
    click.echo(f"Wrote {output} ({n_nodes:,} nodes, {n_edges:,} edges): open it in a browser.")


# --- server commands (issue: SPARQL endpoint) -------------------------------------------


@cli.command()
@store_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to bind. The default accepts local connections only; 0.0.0.0 exposes the "
    "endpoint to your network.",
)
@click.option("--port", "-p", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port.")
@click.option(
    "--base-iri",
    default="https://w3id.org/defenders-kg/",
    show_default=True,
    metavar="IRI",
    help="The IRI the server's root stands for: GET /resource/x describes <IRI>resource/x, and "
    "IRIs under it link to pages on this server. Keep the default behind a w3id.org redirect.",
)
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Stop a query after this long (the client gets a 503 and an explanation).",
)
@click.option(
    "--max-rows",
    default=10000,
    show_default=True,
    type=click.IntRange(min=1),
    metavar="N",
    help="Refuse results with more than N rows (or N triples for CONSTRUCT/DESCRIBE).",
)
@click.option(
    "--allow-service",
    "allow_service",
    multiple=True,
    metavar="HOST",
    help="Let SERVICE (federated queries) call this host, e.g. query.wikidata.org. Repeat for "
    "more hosts. Without it the server never fetches a URL on a client's behalf.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    metavar="N",
    help="Query worker processes (default: CPU count, 2 to 8).",
)
@click.option(
    "--get",
    "get_path",
    metavar="PATH",
    default=None,
    help="Answer one GET request for PATH (e.g. /resource/person/charlie-cox or "
    "'/sparql?query=...'), print the body and exit; non-zero exit on an HTTP error.",
)
@click.option(
    "--accept",
    default="*/*",
    show_default=True,
    metavar="TYPE",
    help="Accept header for --get, e.g. text/turtle or text/csv.",
)
@user_errors
def serve(
    store: Path | None,
    host: str,
    port: int,
    base_iri: str,
    timeout: float,
    max_rows: int,
    allow_service: tuple[str, ...],
    workers: int | None,
    get_path: str | None,
    accept: str,
) -> None:
    """Serve the graph: a SPARQL endpoint, linked-data pages and a query page.

    Read-only. Open http://127.0.0.1:8000/ for the query page. Endpoints:

    \b
      /sparql              SPARQL 1.1 Protocol: GET ?query=, POST form or
                           application/sparql-query; default-graph-uri and
                           named-graph-uri; results as SPARQL JSON/XML, CSV, TSV,
                           graphs as Turtle, N-Triples, JSON-LD, RDF/XML (Accept
                           header or format=); a service description on plain GET
      /resource/...        entity pages: HTML for browsers, RDF for RDF clients
      /.well-known/void    VoID description of the dataset

    Updates are refused (403), SERVICE is refused unless --allow-service names the
    host, and each query is stopped after --timeout seconds. Examples:

    \b
      kg serve
      kg serve --port 8080 --timeout 30 --max-rows 50000
      kg serve --get /resource/person/charlie-cox --accept text/turtle
      kg serve --get '/sparql?query=ASK{?s ?p ?o}'
    """
    from . import server

    options: dict[str, Any] = {
        "base_iri": base_iri,
        "timeout": timeout,
        "max_rows": max_rows,
        "allow_service": allow_service,
        "workers": workers,
    }
    if get_path is not None:
        status, _headers, body = server.get_once(get_path, accept=accept, store_path=store, **options)
        if status >= 400:
            message = body.decode("utf-8", "replace").strip()
            if message.lstrip().startswith("<"):  # an HTML error page: keep the message only
                message = server.html_message(message)
            click.echo(f"Error: HTTP {status}: {message}", err=True)
            sys.exit(1)
        sys.stdout.buffer.write(body)
        sys.stdout.buffer.flush()
        return
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"Warning: listening on {host}: anyone who can reach it can query the graph.", err=True)
    from .store import current_generation, default_store_path

    shown = f"[{host}]" if ":" in host else host
    current_generation(store)  # a missing store is a one-line error before the server starts
    where = store if store is not None else default_store_path()
    click.echo(f"Serving {where}/ read-only at http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    server.serve(store, host=host, port=port, **options)


# --- linking commands (issue: Wikidata/DBpedia links) -----------------------------------


@cli.command()
@store_option
@click.option(
    "--target",
    type=click.Choice(["wikidata", "dbpedia"]),
    default="wikidata",
    show_default=True,
    help="The graph to reconcile against.",
)
@click.option(
    "--endpoint",
    metavar="URL",
    default=None,
    help="SPARQL endpoint of the target (default: https://query.wikidata.org/sparql for wikidata, "
    "https://dbpedia.org/sparql for dbpedia).",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=0.8,
    show_default=True,
    help="Lowest score (0-1) that makes a candidate an owl:sameAs link; candidates scoring from "
    "0.5 up to it are uncertain and listed by --review.",
)
@click.option(
    "--review",
    is_flag=True,
    help="List the uncertain candidates (and reference rows that match no entity) instead of "
    "writing the links file.",
)
@click.option(
    "--reference",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Hand-checked Wikipedia titles (TSV) to link from without network "
    "(default: ontology/wikipedia-titles.tsv).",
)
@click.option("--offline", is_flag=True, help="Link from the reference file only; query no endpoint.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Links file to write (default: ontology/links.ttl, which `kg build` loads). Links made "
    "by other methods already in it are kept.",
)
@click.option(
    "--rate",
    type=click.FloatRange(min=0, min_open=True),
    default=1.0,
    show_default=True,
    help="Most requests per second sent to the endpoint.",
)
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(".kg-cache/sparql"),
    show_default=True,
    help="Folder caching the endpoint's answers (reused for 30 days, so reruns and --review need no "
    "network).",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@user_errors
def link(
    store: Path | None,
    target: str,
    endpoint: str | None,
    threshold: float,
    review: bool,
    reference: Path | None,
    offline: bool,
    output: Path | None,
    rate: float,
    cache: Path,
    no_cache: bool,
) -> None:
    """Link the graph's entities to Wikidata and DBpedia (owl:sameAs with provenance).

    Two sources. The reference file lists English Wikipedia titles checked by hand: its rows
    are matched to entities by class and label, giving owl:sameAs to DBpedia and schema:sameAs
    to the Wikipedia page (schema:isBasedOn for a TV character adapted from a comics character),
    with no network. Then, unless --offline, people, series, films and characters are
    reconciled against the endpoint: candidates by exact label or alias, constrained by class,
    scored by label similarity and by the endpoint's facts that agree with the graph (the
    series' cast includes the actor, the character's cast statement, ...).

    Each link is written with a kg:Link node giving its method, score, date and source
    (terms in ontology/linking.ttl) to ontology/links.ttl, which `kg build` loads into the
    graph https://w3id.org/defenders-kg/graph/links. Example, against the real Wikidata:
    `kg link` then `kg link --review`, then `kg build` and
    `kg query "SELECT * WHERE { ?e owl:sameAs ?x }"`.
    """
    from . import linking as lk
    from .query import render_table
    from .store import open_store

    def note(msg: str) -> None:
        click.echo(msg, err=True)

    st = open_store(store)
    entities = lk.load_entities(st)
    ref = None
    ref_path = reference or lk.DEFAULT_REFERENCE_FILE
    if reference is not None or ref_path.is_file():
        rows = lk.read_reference(ref_path)
        ref = lk.match_reference(rows, entities, source_name=ref_path.name)
        note(
            f"Reference {ref_path}: {len(ref.matched)} of {len(rows)} rows matched entities of the graph "
            f"({len(ref.links)} links); {len(ref.unmatched)} did not (see --review)."
        )
    rec = None
    tgt = lk.TARGETS[target]
    if not offline:
        client = lk.SparqlClient(endpoint or tgt.endpoint, rate=rate, cache_dir=None if no_cache else cache)
        known: dict[str, set[str]] = {}
        for ln in ref.links if ref else []:
            if ln.predicate == lk.OWL_SAME_AS and ln.object.startswith(tgt.namespace):
                known.setdefault(ln.subject, set()).add(ln.object)
        rec = lk.reconcile(
            entities,
            lk.load_context(st),
            client,
            tgt,
            threshold=threshold,
            review_floor=min(lk.DEFAULT_REVIEW_FLOOR, threshold),
            known=known,
            progress=note,
        )
        note(
            f"{tgt.title} ({client.endpoint}): {len(rec.entities)} entities, {len(rec.links)} linked, "
            f"{len({c.entity.iri for c in rec.review})} uncertain, {len(rec.without_candidate())} without a "
            f"candidate; {client.requests} requests, {client.cache_hits} answers from the cache."
        )
    if review:
        names, table = lk.review_rows(rec, ref)
        if not table:
            click.echo("Nothing to review.")
            return
        click.echo(render_table(names, table), nl=False)
        return
    out = output or lk.DEFAULT_LINKS_FILE
    new_links = (ref.links if ref else []) + (rec.links if rec else [])
    methods = ([lk.METHOD_REFERENCE] if ref else []) + ([tgt.method] if rec else [])
    merged = lk.merge_links(lk.read_links_file(out), new_links, methods)
    size = lk.write_links_file(out, merged)
    counts = lk.count_links(merged)
    by_pred = ", ".join(f"{n} {p}" for p, n in sorted(counts["predicate"].items())) or "none"
    click.echo(f"Wrote {out} ({size:,} bytes): {len(merged)} links ({by_pred}).")
    if rec is not None and rec.review:
        click.echo(f"{len(rec.review)} uncertain candidates were not linked: `kg link --review` lists them.")


# --- quality commands: eval, validate ---------------------------------------------------


@cli.command("eval")
@click.argument("gold", type=click.Path(path_type=Path), default=Path("tests/gold"))
@store_option
@click.option("--quiet", "-q", is_flag=True, help="Print only the scores, not the misses and wrong facts.")
@user_errors
def eval_command(gold: Path, store: Path | None, quiet: bool) -> None:
    """Score the graph against hand-labelled facts: precision, recall, F1.

    GOLD is a TSV file (relation, subject, object, document, evidence) or a folder of
    them (default: tests/gold). Facts match by names (label or alternative name) and by
    the classes the relation expects. Lists the misses and the wrong facts.
    """
    from .evaluation import evaluate, format_report, read_gold
    from .store import open_store

    st = open_store(store)
    click.echo(format_report(evaluate(st, read_gold(gold)), st, details=not quiet))


@cli.command("validate")
@store_option
@user_errors
def validate_command(store: Path | None) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl.

    The shapes state what a correct graph looks like: the class of the subject and of the
    object (or the datatype of the value) of every relation, exactly one rdfs:label per
    entity, typed numbers and dates, numbered seasons and episodes that belong to a series,
    and for every fact a statement with its evidence sentence, whose offsets and text agree
    with its document. The union of all named graphs is checked (the ontology graph aside),
    as it is, with no inference.

    Prints one line per result, grouped by shape, with the entities' labels, then a summary
    line. Warnings (a character that appears in no work, a name that is only a title, a
    person named like a character or a work) point at facts that are probably missing or
    mis-read; they do not make the graph incorrect.
    Exits 0 when the graph conforms (warnings or not), 1 when it does not (or when the store
    cannot be read).
    """
    from .store import open_store
    from .validation import format_report, validate

    report = validate(open_store(store))
    click.echo(format_report(report))
    if not report.conforms:
        sys.exit(1)


def main() -> None:
    """Console-script entry point."""
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
