"""The entry table makes each entry from its row when first asked for, by id or all at once."""

import pickle

from translit.gazetteer.entry import Entry
from translit.gazetteer.entry_table import EntryTable

ENTRIES = [
    Entry("lviv", "Lviv", "city", "UA", alternates=("Lvov",)),
    Entry("ukraine", "Ukraine", "country", "UA"),
    Entry("kyiv", "Kyiv", "city", "UA", alternates=("Kiev",)),
]


def test_all_entries_come_in_the_given_order_and_are_the_ones_asked_by_id():
    table = pickle.loads(pickle.dumps(EntryTable(ENTRIES)))  # rows only, no entry made yet
    kyiv = table["kyiv"]
    assert list(table.values()) == ENTRIES and list(table) == ["lviv", "ukraine", "kyiv"]
    assert next(e for e in table.values() if e.id == "kyiv") is kyiv
    assert table["lviv"] is next(iter(table.values()))
    assert dict(table.items()) == {entry.id: entry for entry in ENTRIES}


def test_entries_asked_one_by_one_come_back_in_the_table_s_order():
    table = pickle.loads(pickle.dumps(EntryTable(ENTRIES)))
    for entry in reversed(ENTRIES):  # every entry made, in the other order
        assert table[entry.id] == entry
    assert list(table.values()) == ENTRIES
