"""The gazetteer's form table: every owner of a form, in order, the same after a pickle round trip."""

import pickle

from translit.gazetteer.form_table import FormTable


def sample_table() -> FormTable:
    table = FormTable()
    table.add("Lisbon", "lisbon", "canonical")
    table.add("Lisboa", "lisbon", "alternate")
    table.add("Georgia", "georgia-country", "canonical")
    table.add("Georgia", "georgia-state", "canonical")
    table.add("Georgia", "georgia-name", "short")
    return table


def test_a_form_has_its_owners_in_the_order_they_were_added():
    table = sample_table()
    assert table["Lisboa"] == (("lisbon", "alternate"),)
    assert table["Georgia"] == (
        ("georgia-country", "canonical"),
        ("georgia-state", "canonical"),
        ("georgia-name", "short"),
    )
    assert list(table) == ["Lisbon", "Lisboa", "Georgia"] and len(table) == 3


def test_an_unknown_form_has_no_owners():
    table = sample_table()
    assert "Lisbonne" not in table and table.get("Lisbonne", ()) == ()
    assert table.get("Lisbon") == (("lisbon", "canonical"),)


def test_a_pickled_table_reads_back_the_same_and_takes_more_owners():
    table = pickle.loads(pickle.dumps(sample_table()))
    assert list(table.items()) == list(sample_table().items())
    table.add("Lisboa", "lisbon-district", "canonical")
    table.add("Porto", "porto", "canonical")
    assert table["Lisboa"] == (("lisbon", "alternate"), ("lisbon-district", "canonical"))
    assert table["Porto"] == (("porto", "canonical"),)


def test_a_table_from_columns_is_the_table_of_the_same_additions():
    columns = FormTable.from_columns(["Lisbon", "Lisboa"], ["lisbon", "lisbon"], ["canonical", "alternate"])
    added = FormTable()
    added.add("Lisbon", "lisbon", "canonical")
    added.add("Lisboa", "lisbon", "alternate")
    assert list(columns.items()) == list(added.items())


def test_an_empty_table_pickles_empty():
    assert len(pickle.loads(pickle.dumps(FormTable()))) == 0
