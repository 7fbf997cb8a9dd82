"""How English refers to each country besides its CLDR name: demonyms ("Spanish", "Syrians"), other valid
names ("Turkey" beside Türkiye, "Burma") and customary short forms ("US", "UK"). Written by the translit
developers from general knowledge; CLDR has no demonyms.

The demonyms and other names become ``mentions`` (they refer to the country and are never rewritten),
the short forms ``short`` names. :data:`CANONICAL` replaces a CLDR label that news English does not use.
"""

from __future__ import annotations

#: ISO code -> demonyms: the adjective first, then nouns for the people (each form spelled once).
_DEMONYMS = """
AD Andorran Andorrans
AE Emirati Emiratis
AF Afghan Afghans
AG Antiguan Antiguans
AL Albanian Albanians
AM Armenian Armenians
AO Angolan Angolans
AR Argentine Argentinian Argentines Argentinians
AT Austrian Austrians
AU Australian Australians
AZ Azerbaijani Azerbaijanis Azeri Azeris
BA Bosnian Bosnians
BB Barbadian Barbadians
BD Bangladeshi Bangladeshis
BE Belgian Belgians
BF Burkinabe
BG Bulgarian Bulgarians
BH Bahraini Bahrainis
BI Burundian Burundians
BJ Beninese
BN Bruneian Bruneians
BO Bolivian Bolivians
BR Brazilian Brazilians
BS Bahamian Bahamians
BT Bhutanese
BW Botswanan Batswana
BY Belarusian Belarusians
BZ Belizean Belizeans
CA Canadian Canadians
CD Congolese
CF Central African Central Africans
CG Congolese
CH Swiss
CI Ivorian Ivorians
CL Chilean Chileans
CM Cameroonian Cameroonians
CN Chinese
CO Colombian Colombians
CR Costa Rican Costa Ricans
CU Cuban Cubans
CV Cape Verdean Cape Verdeans
CY Cypriot Cypriots
CZ Czech Czechs
DE German Germans
DJ Djiboutian Djiboutians
DK Danish Danes
DM Dominican Dominicans
DO Dominican Dominicans
DZ Algerian Algerians
EC Ecuadorian Ecuadorians
EE Estonian Estonians
EG Egyptian Egyptians
ER Eritrean Eritreans
ES Spanish Spaniard Spaniards
ET Ethiopian Ethiopians
FI Finnish Finns
FJ Fijian Fijians
FR French Frenchman Frenchwoman
GA Gabonese
GB British Briton Britons
GD Grenadian Grenadians
GE Georgian Georgians
GH Ghanaian Ghanaians
GM Gambian Gambians
GN Guinean Guineans
GQ Equatorial Guinean Equatoguinean
GR Greek Greeks
GT Guatemalan Guatemalans
GW Bissau-Guinean
GY Guyanese
HN Honduran Hondurans
HR Croatian Croat Croats Croatians
HT Haitian Haitians
HU Hungarian Hungarians
ID Indonesian Indonesians
IE Irish
IL Israeli Israelis
IN Indian Indians
IQ Iraqi Iraqis
IR Iranian Iranians
IS Icelandic Icelander Icelanders
IT Italian Italians
JM Jamaican Jamaicans
JO Jordanian Jordanians
JP Japanese
KE Kenyan Kenyans
KG Kyrgyz Kyrgyzstani
KH Cambodian Cambodians
KM Comoran Comorans
KP North Korean North Koreans
KR South Korean South Koreans
KW Kuwaiti Kuwaitis
KZ Kazakh Kazakhs Kazakhstani
LA Lao Laotian Laotians
LB Lebanese
LI Liechtensteiner
LK Sri Lankan Sri Lankans
LR Liberian Liberians
LS Basotho
LT Lithuanian Lithuanians
LU Luxembourgish Luxembourger Luxembourgers
LV Latvian Latvians
LY Libyan Libyans
MA Moroccan Moroccans
MC Monegasque
MD Moldovan Moldovans
ME Montenegrin Montenegrins
MG Malagasy
MK Macedonian Macedonians
ML Malian Malians
MM Burmese
MN Mongolian Mongolians
MR Mauritanian Mauritanians
MT Maltese
MU Mauritian Mauritians
MV Maldivian Maldivians
MW Malawian Malawians
MX Mexican Mexicans
MY Malaysian Malaysians
MZ Mozambican Mozambicans
NA Namibian Namibians
NE Nigerien Nigeriens
NG Nigerian Nigerians
NI Nicaraguan Nicaraguans
NL Dutch Dutchman Dutchwoman
NO Norwegian Norwegians
NP Nepali Nepalese Nepalis
NZ New Zealander New Zealanders
OM Omani Omanis
PA Panamanian Panamanians
PE Peruvian Peruvians
PG Papua New Guinean
PH Filipino Filipinos Philippine
PK Pakistani Pakistanis
PL Polish
PS Palestinian Palestinians
PT Portuguese
PY Paraguayan Paraguayans
QA Qatari Qataris
RO Romanian Romanians
RS Serbian Serb Serbs Serbians
RU Russian Russians
RW Rwandan Rwandans
SA Saudi Saudis
SB Solomon Islander
SC Seychellois
SD Sudanese
SE Swedish Swede Swedes
SG Singaporean Singaporeans
SI Slovenian Slovene Slovenes Slovenians
SK Slovak Slovaks Slovakian
SL Sierra Leonean Sierra Leoneans
SN Senegalese
SO Somali Somalis
SR Surinamese
SS South Sudanese
SV Salvadoran Salvadorans
SY Syrian Syrians
SZ Swazi Swazis
TD Chadian Chadians
TG Togolese
TH Thai
TJ Tajik Tajiks
TL Timorese
TM Turkmen
TN Tunisian Tunisians
TO Tongan Tongans
TR Turkish Turk Turks
TT Trinidadian Trinidadians
TW Taiwanese
TZ Tanzanian Tanzanians
UA Ukrainian Ukrainians
UG Ugandan Ugandans
US American Americans
UY Uruguayan Uruguayans
UZ Uzbek Uzbeks
VE Venezuelan Venezuelans
VN Vietnamese
VU Ni-Vanuatu
WS Samoan Samoans
YE Yemeni Yemenis
ZA South African South Africans
ZM Zambian Zambians
ZW Zimbabwean Zimbabweans
"""
#: Demonyms of more than one word (the table above splits at spaces).
_MULTI_WORD = (
    "Central African",
    "Central Africans",
    "Costa Rican",
    "Costa Ricans",
    "Cape Verdean",
    "Cape Verdeans",
    "Equatorial Guinean",
    "North Korean",
    "North Koreans",
    "South Korean",
    "South Koreans",
    "Sri Lankan",
    "Sri Lankans",
    "New Zealander",
    "New Zealanders",
    "Papua New Guinean",
    "Sierra Leonean",
    "Sierra Leoneans",
    "Solomon Islander",
    "South Sudanese",
    "South African",
    "South Africans",
)

#: ISO code -> other valid English names, referring to the country as well as its canonical name does.
OTHER_NAMES = {
    "BA": ("Bosnia",),
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo"),
    "CI": ("Ivory Coast", "Côte d'Ivoire"),
    "CV": ("Cabo Verde",),
    "CZ": ("Czech Republic",),
    "KP": ("DPRK",),
    "KR": ("Republic of Korea", "ROK"),
    "MK": ("Macedonia",),
    "MM": ("Burma",),
    "NL": ("Holland",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "TR": ("Türkiye",),
    "VA": ("Vatican", "Holy See"),
}

#: ISO code -> customary short names, valid wherever the canonical name is.
SHORT = {
    "AE": ("UAE",),
    "GB": ("UK", "U.K.", "Britain"),
    "US": ("US", "U.S.", "USA"),
}

#: ISO code -> the name news English uses where CLDR's label is another (Türkiye stays a valid name).
CANONICAL = {
    "CD": "Democratic Republic of the Congo",
    "TR": "Turkey",
}


def _demonyms() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in _DEMONYMS.strip().splitlines():
        code, rest = line.split(" ", 1)
        for phrase in _MULTI_WORD:
            rest = rest.replace(phrase, phrase.replace(" ", "_"))
        table[code] = tuple(word.replace("_", " ") for word in rest.split())
    return table


#: ISO code -> its demonyms.
DEMONYMS = _demonyms()


def mentions(code: str) -> tuple[str, ...]:
    """The demonyms and other names of the country ``code``, as gazetteer mentions."""
    return (*DEMONYMS.get(code, ()), *OTHER_NAMES.get(code, ()))
