"""`kg`: the command line, a thin shell over the library API.

Every command parses its arguments, calls one library function and prints
the result. Errors the user can fix (`KgError`) become one line on stderr and
exit status 1; usage errors exit 2 (click's default).
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import click

from kg.errors import KgError


@lru_cache(maxsize=None)
def _console(stream: str):
    """The rich console on "err" or "out", made when first used: loading rich costs
    start-up time that a quiet build never needs."""
    from rich.console import Console

    return Console(stderr=stream == "err")


class Shell(click.Group):
    """Turns library errors into one-line messages instead of tracebacks."""

    def main(self, *args, **kwargs):
        try:
            return super().main(*args, **kwargs)
        except SystemExit as e:
            if _quick_exit_allowed(e.code):
                _quick_exit()
            raise

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as e:
            click.echo(f"kg: error: {e}", err=True)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("kg: interrupted; previous output left unchanged", err=True)
            sys.exit(130)


@click.group(cls=Shell)
@click.version_option(package_name="county-kg")
def main():
    """Knowledge graphs of Chinese county development documents."""


@contextmanager
def progress_bar(label: str, quiet: bool = False):
    """A rich progress bar on stderr; yields the `progress(name, done, total)` callback the library takes."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                  TimeElapsedColumn(), console=_console("err"), disable=quiet or not _console("err").is_terminal,
                  transient=True) as bar:
        task = bar.add_task("", total=None)

        def progress(name: str, done: int, total: int) -> None:
            bar.update(task, total=total, completed=done, description=str(name)[:60])

        yield progress


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder: new, empty, or a previous build (which is replaced).")
@click.option(
    "--format", "formats", multiple=True,
    type=click.Choice(["jsonld", "nt", "csv", "graphml"]),
    help="Extra export formats (graph.ttl, graph.trig, graph.html are always written).",
)
@click.option("--quiet", is_flag=True, help="No progress display, summary table or notes (warnings still shown).")
@click.option("--jobs", "-j", default=1, type=click.IntRange(1, 256), help="Documents processed in parallel (processes).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
              help="Reuse processed documents from this folder (content-hash cache; incremental builds).")
@click.option("--scheduler", help='Process documents on a Dask cluster: its address, or "local".')
@click.option("--force", is_flag=True,
              help="Replace --out even if it holds files that are not a county-kg build (they are deleted).")
@click.option("--strict", is_flag=True, help="Fail on an input that cannot be read instead of skipping it.")
@click.option("--no-recursive", "flat", is_flag=True, help="Do not search the subfolders of a folder given.")
def build(paths, out_dir, formats, quiet, jobs, cache_dir, scheduler, force, strict, flat):
    """Build the graph of PATHS (.txt, .pdf, .docx files or folders of them) into --out DIR."""
    import kg

    with _build_progress(quiet) as progress:
        summary = kg.build(paths, out_dir, formats=formats, progress=progress, jobs=jobs, cache=cache_dir,
                           scheduler=scheduler, force=force, strict=strict, recursive=not flat)
    for warning in summary.get("warnings", []):
        click.echo(f"kg: warning: {warning}", err=True)
    if not quiet:
        for note in summary.get("output", []):
            click.echo(f"kg: {note}", err=True)
        _print_summary(summary, out_dir)
    _no_collection_at_exit()


def _no_collection_at_exit() -> None:
    """Spare the garbage collector's last passes when the process ends (`gc.freeze` at exit):
    the interpreter collects every generation again as it shuts down, walking all that the
    build loaded (rules, dictionaries, gazetteer), a thirtieth of a seeds build process.
    What the build wrote is closed and in place by then; standard streams are flushed by
    the interpreter whatever the collector does. Registered once per process."""
    import atexit
    import gc

    atexit.unregister(gc.freeze)  # (a process that builds twice, as the tests do, registers it once)
    atexit.register(gc.freeze)
    global _done
    _done = True


# --- ending the `kg` process without the interpreter's teardown ----------------------------------
#
# Once a build is written, a process that frees every object it loaded one by one (rules, the
# gazetteer, the tables and jieba-rs's dictionary: the modules are cleared at shutdown whatever the
# collector does) spends a thirtieth of a seeds build process on memory the system takes back at once.
# So the `kg` command itself, and only it, ends with os._exit once its work is done: after the exit
# handlers, with its streams flushed. A host of the command (tests' CliRunner, a notebook calling
# main) ends as it would; so does any exit but a successful build's, or one with other threads alive.

_done = False  # set when a build succeeded (`_no_collection_at_exit`)


def _quick_exit_allowed(code) -> bool:
    import threading

    main_module = sys.modules.get("__main__")
    spec = getattr(main_module, "__spec__", None)
    ours = Path(getattr(main_module, "__file__", "") or "").name == "kg" or getattr(spec, "name", "") == "kg.cli"
    return _done and ours and code in (0, None) and threading.active_count() == 1


def _quick_exit() -> None:
    """os._exit(0) once the exit handlers have run and the standard streams are flushed; returns
    (the process then ends as usual) if a stream cannot be flushed, so that the error is reported."""
    import atexit
    import os

    atexit._run_exitfuncs()  # (what the interpreter would run first: gc.freeze and any a library registered)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(0)


@contextmanager
def _build_progress(quiet: bool):
    """The build's progress bar on stderr (none with --quiet: rich is not even loaded)."""
    if quiet:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.description}"), TimeElapsedColumn(),
        console=_console("err"), transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(name: str, done: int, total: int) -> None:
            bar.update(task, total=total, completed=done, description=name)

        yield progress


def _print_summary(summary: dict, out_dir: str) -> None:
    from rich.table import Table

    table = Table(title=f"county-kg build -> {out_dir}", title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, n in summary["classes"].items():
        table.add_row(f"kg:{name}", str(n))
    for name, n in summary["relations"].items():
        table.add_row(f"  {name}", str(n))
    _console("out").print(table)
    seconds = summary["seconds"]
    _console("out").print("seconds per stage: " + ", ".join(f"{k} {v:.2f}" for k, v in seconds.items())
              + f"; total {sum(seconds.values()):.2f}")


@main.command(name="eval")
@click.option("--gold", "gold_dirs", multiple=True, type=click.Path(),
              help="Folder of gold JSON files; repeat it to score several folders (each, and pooled).")
@click.option("--sectors", "sector_dir", type=click.Path(),
              help="Folder of sector gold TSV files (tests/gold/sector): the sector table.")
@click.option("--texts", "text_dirs", multiple=True, type=click.Path(),
              help="Folder(s) holding the texts (default: each gold folder's texts/, then seeds/).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--errors", is_flag=True, help="List false positives and false negatives per type.")
@click.option("--documents", is_flag=True, help="Also a table of each gold document's scores.")
@click.option("--baseline", is_flag=True, help="Score the naive jieba.posseg baseline instead of the rules.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def eval_(gold_dirs, sector_dir, text_dirs, as_json, errors, documents, baseline, quiet):
    """Precision, recall and F1 against gold files (--gold), and the sector table (--sectors)."""
    from kg import scoring as ev

    if not gold_dirs and not sector_dir:
        raise click.UsageError("give --gold DIR, --sectors DIR or both")
    golds = [Path(g) for g in gold_dirs]
    for gold in golds + ([Path(sector_dir)] if sector_dir else []):
        if not gold.is_dir():
            raise KgError(f"no such gold folder: {gold}")
    result = sectors = None
    if golds:
        with progress_bar("scoring", quiet) as progress:
            result = ev.evaluate(golds if len(golds) > 1 else golds[0], [Path(t) for t in text_dirs] or None,
                                 extractor="baseline" if baseline else "rules", progress=progress)
    if sector_dir:
        sectors = ev.evaluate_sectors(Path(sector_dir))
    if as_json:
        payload = result if sectors is None else ({"sectors": sectors} if result is None else {**result, "sectors": sectors})
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
        return
    if result is not None:
        click.echo(ev.format_table(result))
        if documents:
            click.echo("\ndocuments (lenient)\n\n" + ev.format_documents(result))
        if errors:
            click.echo(ev.format_errors(result))
    if sectors is not None:
        click.echo(("\n" if result is not None else "") + ev.format_sector_table(sectors))
        if errors:
            click.echo(ev.format_sector_errors(sectors))


@main.command()
@click.argument("target", type=click.Path(), required=False)
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.Path(dir_okay=False), help="Read the query from a .rq file.")
@click.option("--name", help="Run a canned query from queries/NAME.rq (see --list).")
@click.option("--list", "list_names", is_flag=True, help="List the canned queries and the question each answers.")
@click.option("--county", help="Bind the query's ?c to this county (full name, short name or code).")
@click.option("--format", "fmt", default="table", type=click.Choice(["table", "csv", "json"]))
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Stop the query after this many seconds.")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE clauses (requests to other SPARQL endpoints).")
def query(target, sparql, query_file, name, list_names, county, fmt, timeout, allow_service):
    """Run SPARQL on a build directory or an RDF file.

    The prefixes kg:, kgr:, rdfs:, skos:, dcterms:, oa:, prov: ... are
    predeclared. Labels carry a language tag: match them with
    rdfs:label "稷山县"@zh, or FILTER(STR(?label) = "稷山县").
    """
    import kg

    if list_names:
        for n, question in kg.canned_queries().items():
            click.echo(f"{n}\n    {question}")
        return
    if not target:
        raise click.UsageError("give a build folder or RDF file (or --list)")
    given = [x for x in (sparql, query_file, name) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of SPARQL, --file or --name")
    text = _read_query(Path(query_file)) if query_file else sparql
    result = kg.query(target, text, name=name, county=county, timeout=timeout, allow_service=allow_service)
    from kg.results import format_result

    click.echo(format_result(result, fmt, width=max(_console("out").width, 100)))


def _read_query(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KgError(f"cannot read query file {path}: {e}") from None


@main.command()
@click.argument("target", type=click.Path())
@click.option("--counties", help="Comma-separated counties (names, short names or codes); default: all.")
@click.option("--by", "by", default="sector", type=click.Choice(["sector", "section", "year", "status"]),
              help="What to break each county's projects down by.")
@click.option("--format", "fmt", default="table", type=click.Choice(["table", "csv", "json"]))
def compare(target, counties, by, fmt):
    """Counties × sectors (or years, statuses): projects, 亿元 and shares."""
    import kg
    from kg.comparison import format_table

    c = kg.compare(Path(target), counties=counties, by=by)
    if fmt == "json":
        click.echo(c.to_json())
    elif fmt == "csv":
        click.echo(c.to_csv().rstrip("\n"))
    else:
        click.echo(format_table(c))


@main.command()
@click.argument("target", type=click.Path())
@click.option("--quiet", is_flag=True, help="No progress bar.")
def validate(target, quiet):
    """Check a build against the SHACL shapes; exit 1 on violations."""
    from kg import shacl as v

    with progress_bar("validating", quiet) as progress:
        conforms, report = v.validate(Path(target), progress=progress)
    click.echo(report)
    sys.exit(0 if conforms else 1)


@main.command()
@click.argument("build_dir", type=click.Path())
@click.option("--endpoint", required=True, help="Graph Store Protocol URL of the triplestore (user:password@ is basic auth).")
@click.option("--query-endpoint", help="SPARQL query URL used for the checks (default: derived).")
@click.option("--prune", is_flag=True, help="Remove the graphs of documents no longer in the build.")
@click.option("--bulk", is_flag=True, help="First load: send graph.trig in one request (the store's bulk path).")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Seconds to wait for each answer of the store.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def load(build_dir, endpoint, query_endpoint, prune, bulk, timeout, quiet):
    """Upload each document's named graph to a triplestore (GSP PUT), then check the counts.

    Credentials: user:password in the URL, or KG_ENDPOINT_USER and
    KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN (bearer); they are never printed
    and never sent to another origin after a redirect.
    """
    import kg

    with progress_bar("loading", quiet) as progress:
        report = kg.load(build_dir, endpoint, query_endpoint=query_endpoint, prune=prune, bulk=bulk,
                         timeout=timeout, progress=progress, warn=lambda m: click.echo(f"kg: warning: {m}", err=True))
    for line in _report_lines(report):
        click.echo(line)


@main.command()
@click.argument("build_dir", type=click.Path())
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port on 127.0.0.1 (0: any free one).")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Stop each query after this many seconds.")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE clauses in the queries it answers.")
def serve(build_dir, port, timeout, allow_service):
    """A read-only SPARQL 1.1 Protocol endpoint over a build, on 127.0.0.1 (Ctrl-C stops it)."""
    import kg

    kg.serve(build_dir, port=port, timeout=timeout, allow_service=allow_service,
             ready=lambda url: click.echo(f"SPARQL endpoint: {url} (read-only; Ctrl-C to stop)", err=True))


def _report_lines(report) -> list[str]:
    if isinstance(report, dict):
        return [f"{k}: {v}" for k, v in report.items()]
    return [str(report)]


@main.command()
@click.argument("build_dir", type=click.Path())
@click.option("--county", help="Only this county (full name, short name or code).")
@click.option("--document", help="Only this document (id or file name).")
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
def view(build_dir, county, document, out_file):
    """Write an HTML view of one county or one document of a build."""
    from kg import explorer

    path = explorer.view(Path(build_dir), Path(out_file), county=county, document=document)
    click.echo(f"wrote {path}")


@main.command()
@click.argument("build_dir", type=click.Path())
@click.option("--county", required=True, help="The county (name, short name or code).")
@click.option("--from", "before", help="Earlier document (file or stem) or year; default: the oldest.")
@click.option("--to", "after", help="Later document (file or stem) or year; default: the latest.")
@click.option("--format", "fmt", default="table", type=click.Choice(["table", "json", "trig"]))
@click.option("--quiet", is_flag=True, help="No progress bar.")
def diff(build_dir, county, before, after, fmt, quiet):
    """What changed between two documents (or years) of one county."""
    from kg import timeline

    with progress_bar("reading", quiet) as progress:
        d = timeline.diff(Path(build_dir), county, before, after, progress=progress)
    if fmt == "json":
        click.echo(json.dumps(d.as_dict(), ensure_ascii=False, indent=2))
    elif fmt == "trig":
        click.echo(timeline.to_rdf(d))
    else:
        _print_diff(d)


def _print_diff(d) -> None:
    from rich.console import Console
    from rich.table import Table

    out = Console(width=160)
    frm = ", ".join(f"{x['file']} ({x['date']} {x['kind']})" for x in d.before.documents)
    to = ", ".join(f"{x['file']} ({x['date']} {x['kind']})" for x in d.after.documents)
    out.print(f"[bold]{d.county}[/bold]: {frm} -> {to}")
    table = Table("class", "new", "continued", "dropped", title="entities", title_justify="left")
    for cls in ("Project", "Enterprise", "Park", "Strategy"):
        cells = [[l for c, l in d.entities(k) if c == cls] for k in ("new", "continued", "dropped")]
        table.add_row(cls, *[f"{len(c)}: " + "、".join(c[:12]) + ("…" if len(c) > 12 else "") for c in cells])
    out.print(table)
    rel = Table("relation", "new", "continued", "dropped", title="relations", title_justify="left")
    for r in ("undertakenBy", "locatedInPark", "implements", "partOf"):
        rel.add_row(r, *[str(sum(1 for x in d.relations(k) if x[1] == r)) for k in ("new", "continued", "dropped")])
    out.print(rel)
    changes = d.investment_changes()
    if changes:
        inv = Table("project", "before (亿元)", "after (亿元)", title="investment changed", title_justify="left")
        for p, a, b in changes:
            inv.add_row(p, f"{a / 1e8:g}", f"{b / 1e8:g}")
        out.print(inv)
    status = d.status_changes()
    if status:
        st = Table("project", "before", "after", title="status changed", title_justify="left")
        for p, a, b in status:
            st.add_row(p, a or "-", b or "-")
        out.print(st)


if __name__ == "__main__":
    main()
