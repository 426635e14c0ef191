"""Compiled betweenness (rustworkx) gives networkx's values and the same removals, published figures included."""

from __future__ import annotations

import networkx as nx
import pytest
from test_network_disruption import MONTAGNA, NETWORKS, PUBLISHED_TOP5, published_curve

from pesquisa.analyze.disruption import compiled_betweenness, disrupt
from pesquisa.analyze.io import read_graph


@pytest.fixture(scope="module")
def montagna_dir():
    """The shared Montagna networks (skips without them)."""
    if not (MONTAGNA / NETWORKS["meeting"]).is_file():
        pytest.skip(f"shared Montagna data not found at {MONTAGNA.resolve()}")
    return MONTAGNA


@pytest.mark.parametrize("net", list(NETWORKS))
def test_network_compiled_betweenness_equals_networkx_on_montagna(montagna_dir, net):
    G = read_graph(montagna_dir / NETWORKS[net])
    reference = nx.betweenness_centrality(G)
    ours = compiled_betweenness(G)
    assert list(ours) == list(reference)
    assert ours == pytest.approx(reference, abs=1e-12)


@pytest.mark.parametrize("net,mode,weighted,lcc_start,lcc_final,removed",
                         [case for case in PUBLISHED_TOP5 if not case[2]])
def test_network_compiled_reproduces_published_top5(montagna_dir, net, mode, weighted, lcc_start, lcc_final, removed):
    G = read_graph(montagna_dir / NETWORKS[net])
    result = disrupt(G, strategy="betweenness", mode=mode, remove=5, engine="compiled")
    assert (result.lcc_start, result.lcc_after[-1], result.removed) == (lcc_start, lcc_final, removed)
    published = published_curve(montagna_dir, net, mode, False, "Betweenness")
    full = disrupt(G, strategy="betweenness", mode=mode, remove=max(published), block_size=5, engine="compiled")
    ours = [1.0, *full.lcc_fraction]
    assert {k: ours[k] for k in published} == pytest.approx(published, abs=1e-12)


def test_network_compiled_same_removals_as_networkx_on_a_random_graph():
    G = nx.gnm_random_graph(400, 1600, seed=3)
    fast = disrupt(G, strategy="betweenness", mode="sequential", remove=8, engine="compiled")
    slow = disrupt(G, strategy="betweenness", mode="sequential", remove=8, engine="networkx")
    assert fast.removed == slow.removed and fast.lcc_after == slow.lcc_after


def test_network_compiled_ties_go_to_the_later_node_like_networkx():
    G = nx.Graph([(1, 2), (3, 4), (5, 6)])  # every node scores 0: the last node in graph order goes first
    assert disrupt(G, strategy="betweenness", remove=2, engine="compiled").removed == \
        disrupt(G, strategy="betweenness", remove=2, engine="networkx").removed == [6, 5]


def test_network_disrupt_rejects_an_unknown_engine():
    from pesquisa.errors import ConfigError

    with pytest.raises(ConfigError, match="engine 'igraph': unknown"):
        disrupt(nx.path_graph(3), remove=2, engine="igraph")
