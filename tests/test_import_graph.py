"""The import graph of the installed package: no cycle, and every layer imports only the layers below it.

Built with grimp from the source (every ``import`` statement, those inside functions included; only
``if TYPE_CHECKING:`` imports are left out, as they never run).
"""

import grimp
import pytest

#: What turns results into output (files, streams, records, messages); the library never needs it.
OUTPUT_LAYER = {
    "translit.cli",
    "translit.run",
    "translit.output",
    "translit.report",
    "translit.records",
    "translit.jsonl",
    "translit.batch",
    "translit.stream",
    "translit.textio",
    "translit.parallel",
}


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("translit", exclude_type_checking_imports=True, cache_dir=None)


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iteratively)."""
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in sorted(graph.modules)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    components = []
    for root in edges:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            module, next_child = work.pop()
            if next_child == 0:
                index[module] = low[module] = len(index)
                stack.append(module)
            children = edges[module]
            if next_child < len(children):
                work.append((module, next_child + 1))
                child = children[next_child]
                if child not in index:
                    work.append((child, 0))
                elif child in stack:
                    low[module] = min(low[module], index[child])
                continue
            if low[module] == index[module]:
                component = []
                while (member := stack.pop()) != module:
                    component.append(member)
                component.append(module)
                if len(component) > 1:
                    components.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
    return components


def test_the_cycle_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for module in ("a", "b", "c", "d"):
        graph.add_module(module)
    graph.add_import(importer="a", imported="b")
    graph.add_import(importer="b", imported="c")
    graph.add_import(importer="c", imported="a")
    graph.add_import(importer="c", imported="d")
    assert cycles(graph) == [["a", "b", "c"]]


def test_the_import_graph_has_no_cycle(graph):
    assert cycles(graph) == []


def test_nothing_below_the_pipeline_imports_the_package_or_the_output_layer(graph):
    """The pipeline and all it imports never import ``translit`` itself (its ``__init__`` imports them)
    nor any module that turns results into output."""
    below = graph.find_upstream_modules("translit.pipeline") | {"translit.pipeline"}
    assert "translit" not in below
    assert below & OUTPUT_LAYER == set()


def test_the_gazetteer_does_not_import_the_pipeline(graph):
    gazetteer = graph.find_descendants("translit.gazetteer") | {"translit.gazetteer"}
    for module in gazetteer:
        assert not graph.chain_exists(importer=module, imported="translit.pipeline"), module


def test_the_package_imports_no_training_or_test_code():
    graph = grimp.build_graph("translit", "tools", "tests", cache_dir=None)
    package = {m for m in graph.modules if m == "translit" or m.startswith("translit.")}
    for module in package:
        imported = graph.find_modules_directly_imported_by(module)
        assert not {m for m in imported if m.split(".")[0] in ("tools", "tests")}, module
