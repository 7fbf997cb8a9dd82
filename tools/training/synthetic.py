"""Synthetic entity examples from gazetteer facts: a country or demonym masked, one of its places as cue.

The training split hardly names some of the siblings the MT confuses (Iraq 9 lines, Pakistan 2,
Slovenia and Uzbekistan never), so the model cannot learn from real text which cue words (Baghdad,
Ljubljana, Tashkent…) go with which name. The gazetteer knows: cities and regions carry the ISO code of
their country. This module writes sentences from templates written for this project (no third-party
text) such as ``"Officials in {city} said {country} would ..."`` or ``"The {demonym} army said fighting
near {city} ..."``; the country or demonym is the masked span, and look-alike countries (same first
Chinese character, same first letters) are its negatives. Every country with at least one usable city
or region is covered, each drawn equally often.

The benchmark's test sentences are real held-out news lines, so template sentences cannot leak them.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections import defaultdict
from dataclasses import dataclass

import regex

from translit.gazetteer.entry import CURATED_SOURCE

PLACE_NAME = regex.compile(r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|al|el|de|la|du))*(?: [A-Z][a-z]+)?")
MAX_CITIES = 25
MAX_REGIONS = 12
MAX_PEOPLE = 12
LOOK_ALIKE_BOOST = 3.0

# demonyms the gazetteer does not list (written for this project; the gazetteer's own are used first)
DEMONYMS: dict[str, str] = {
    "AT": "Austrian", "AU": "Australian", "SE": "Swedish", "CH": "Swiss", "SK": "Slovak",
    "SI": "Slovenian", "IN": "Indian", "ID": "Indonesian", "NG": "Nigerian", "NE": "Nigerien",
    "US": "American", "GB": "British", "FR": "French", "DE": "German", "IT": "Italian",
    "ES": "Spanish", "JP": "Japanese", "KR": "South Korean", "KP": "North Korean", "VN": "Vietnamese",
    "TH": "Thai", "PH": "Philippine", "MY": "Malaysian", "SG": "Singaporean", "TR": "Turkish",
    "SY": "Syrian", "IL": "Israeli", "EG": "Egyptian", "SA": "Saudi", "AF": "Afghan", "PL": "Polish",
    "HU": "Hungarian", "CZ": "Czech", "RO": "Romanian", "BG": "Bulgarian", "GR": "Greek",
    "NL": "Dutch", "NO": "Norwegian", "DK": "Danish", "FI": "Finnish", "IE": "Irish", "PT": "Portuguese",
    "CA": "Canadian", "MX": "Mexican", "AR": "Argentine", "CL": "Chilean", "CO": "Colombian",
    "PE": "Peruvian", "VE": "Venezuelan", "CU": "Cuban", "ZA": "South African", "KE": "Kenyan",
    "ET": "Ethiopian", "GH": "Ghanaian", "NZ": "New Zealand", "BD": "Bangladeshi", "LK": "Sri Lankan",
    "NP": "Nepalese", "MM": "Myanmar", "KZ": "Kazakh", "KG": "Kyrgyz", "TJ": "Tajik", "TM": "Turkmen",
    "BY": "Belarusian", "GE": "Georgian", "AM": "Armenian", "AZ": "Azerbaijani", "RS": "Serbian",
    "HR": "Croatian", "BA": "Bosnian", "LB": "Lebanese", "JO": "Jordanian", "YE": "Yemeni",
    "LY": "Libyan", "TN": "Tunisian", "DZ": "Algerian", "MA": "Moroccan", "SD": "Sudanese",
    "ML": "Malian", "CM": "Cameroonian", "SN": "Senegalese", "LT": "Lithuanian", "LV": "Latvian",
    "EE": "Estonian", "MN": "Mongolian", "QA": "Qatari", "KW": "Kuwaiti", "AE": "Emirati",
}  # fmt: skip

COUNTRY_TEMPLATES = (
    "Officials in {city} said {X} would not accept the proposal.",
    "Heavy rain flooded parts of {city} in {X} on Tuesday.",
    "Police in {city} arrested two men, the interior ministry of {X} said.",
    "Voters in {city} and {city2} went to the polls as {X} held local elections.",
    "{X} reported new cases in {city} and {region} on Monday.",
    "The government of {X} sent more troops to {region} after clashes near {city}.",
    "Flights from {city} to other cities in {X} were cancelled because of the storm.",
    "Thousands marched through {city} on Saturday, the largest protest in {X} this year.",
    "A factory near {city} will close, cutting 400 jobs in {X}.",
    "{person} flew back to {X} after the talks.",
    "The earthquake struck {region}, and buildings shook as far away as {city}, {X}.",
    "Prices in {city} rose faster than anywhere else in {X} last month.",
    "He was born in {city}, {X}, and moved abroad as a teenager.",
    "Aid convoys reached {city} and {city2}, the two cities in {X} hit hardest by the floods.",
    "Relations between {X} and its neighbours have improved, {person} said in {city}.",
)
DEMONYM_TEMPLATES = (
    "The {D} army said fighting near {city} had eased overnight.",
    "{D} police said the attack in {city} killed three people.",
    "The {D} court in {city} sentenced the men on Monday.",
    "{person}, the {D} foreign minister, visited {city} on Friday.",
    "{D} officials in {city} said talks would resume next week.",
    "The {D} government declared a state of emergency in {region}.",
    "Two {D} soldiers were wounded near {city}, the defence ministry said.",
    "The {D} team trained in {city} before the final.",
    "{D} media reported protests in {city} and {region}.",
    "Farmers in {region} said the {D} authorities had ignored them.",
)


@dataclass(frozen=True)
class Country:
    name: str
    code: str
    char: str  # first Chinese character of its name ("" when unknown)
    demonym: str  # "" when unknown
    cities: tuple[str, ...]
    regions: tuple[str, ...]
    people: tuple[str, ...]


def gazetteer_countries() -> list[Country]:
    """Countries of the project's gazetteer with the cities, regions and people it places in them."""
    from translit import load_pipeline

    # curated entries first (Palestine before CLDR's "Palestinian Territories", Baghdad before villages);
    # within a source the gazetteer lists places roughly by importance, so that order is kept
    ordered = sorted(load_pipeline().gazetteer.entries.values(), key=lambda e: e.source != CURATED_SOURCE)
    entries = sorted(ordered, key=lambda e: (e.source != CURATED_SOURCE, e.id))
    places: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for entry in ordered:
        if entry.country and entry.type in ("city", "region", "person"):
            name = entry.canonical
            usable = PLACE_NAME.fullmatch(name) if entry.type != "person" else name.isascii()
            if usable and len(name) > 2 and name not in places[entry.country][entry.type]:
                places[entry.country][entry.type].append(name)
    countries: dict[str, Country] = {}
    for entry in entries:
        code, name = entry.country, entry.canonical
        if entry.type != "country" or not code or code in countries or not PLACE_NAME.fullmatch(name):
            continue
        own = [m for m in entry.mentions if m[:3] == name[:3] and not m.endswith("s") or m == "Swiss"]
        demonym = own[0] if own else DEMONYMS.get(code, "")
        found = places.get(code, {})
        cities = tuple(c for c in found.get("city", []) if c != name)[:MAX_CITIES]
        regions = tuple(r for r in found.get("region", []) if r != name)[:MAX_REGIONS]
        people = tuple(found.get("person", []))[:MAX_PEOPLE]
        if cities or regions:
            first = entry.chinese[0][:1] if entry.chinese else ""
            countries[code] = Country(name, code, first, demonym, cities, regions, people)
    return sorted(countries.values(), key=lambda c: c.code)


class SyntheticSampler:
    """Draws (masked sentence, right name, negatives) from templates; deterministic given the rng."""

    def __init__(self, countries: list[Country], extra_pool: list[str] = ()) -> None:
        self.countries = countries
        self.country_pool = sorted({c.name for c in countries} | set(extra_pool))
        self.demonym_pool = sorted({c.demonym for c in countries if c.demonym})
        self.char_of = {c.name: c.char for c in countries}
        self.char_of |= {c.demonym: c.char for c in countries if c.demonym}
        # countries with a look-alike (the confusions the MT makes) are drawn LOOK_ALIKE_BOOST times as often
        weights = [LOOK_ALIKE_BOOST if self._close(c.name, self.country_pool) else 1.0 for c in countries]
        self.cumulative = list(itertools.accumulate(weights))

    def _close(self, name: str, pool: list[str]) -> list[str]:
        char = self.char_of.get(name, "")
        return [
            n for n in pool
            if n != name and (n[:3] == name[:3] or (char and self.char_of.get(n) == char and n[0] == name[0]))
        ]  # fmt: skip

    def negatives(self, name: str, pool: list[str], rng: random.Random, count: int) -> list[str]:
        """Look-alikes first (same Chinese character and first letter, or same first three letters)."""
        char = self.char_of.get(name, "")
        others = [n for n in pool if n != name]
        close = self._close(name, pool)
        far = [
            n for n in others
            if n not in close and (n[:2] == name[:2] or (char and self.char_of.get(n) == char))
        ]  # fmt: skip
        letter = [n for n in others if n[0] == name[0]]
        chosen: list[str] = []
        for source, take in ((close, 2), (far, 2), (letter, count), (others, count)):
            options = [n for n in source if n not in chosen]
            rng.shuffle(options)
            chosen.extend(options[: min(take, count - len(chosen))])
            if len(chosen) == count:
                break
        return chosen

    def sample(self, rng: random.Random, negatives: int) -> tuple[str, str, list[str]]:
        """A sentence with ``<extra_id_0>`` in place of the name, the name, and its negatives."""
        from translit.seq2seq.scorer import SENTINEL

        country = self.countries[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]
        use_demonym = bool(country.demonym) and rng.random() < 0.4
        templates = DEMONYM_TEMPLATES if use_demonym else COUNTRY_TEMPLATES
        cities = list(country.cities or country.regions)
        regions = list(country.regions or country.cities)
        usable = [
            t for t in templates
            if ("{person}" not in t or country.people) and ("{city2}" not in t or len(cities) >= 2)
        ]  # fmt: skip
        template = rng.choice(usable)
        two = rng.sample(cities, 2) if len(cities) >= 2 else cities * 2
        name = country.demonym if use_demonym else country.name
        text = template.format(
            X=SENTINEL, D=SENTINEL, city=two[0], city2=two[1],
            region=rng.choice(regions),
            person=rng.choice(country.people) if country.people else "",
        )  # fmt: skip
        pool = self.demonym_pool if use_demonym else self.country_pool
        return text, name, self.negatives(name, pool, rng, negatives)
