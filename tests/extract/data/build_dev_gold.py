"""Hand annotation of the development dispatches in this folder -> ``dev_gold.jsonl``.

The dispatches (``dev*.txt``) were written for the incimap tests (not copied
from any outlet) and annotated here by hand, following ``GOLD.md`` of the seed
gold: toponyms (every place mention, metonyms flagged) and incidents (one per
physical event and place). Offsets are computed from surface + occurrence
(plain substring counting, 1-based). Run ``python build_dev_gold.py`` after
editing; never edit the JSONL by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# key: (name_en, kind, country, lat, lon)
P = {
    "UA": ("Ukraine", "country", "UA", 49.0, 32.0),
    "RU": ("Russia", "country", "RU", 60.0, 100.0),
    "RO": ("Romania", "country", "RO", 46.0, 25.0),
    "MD": ("Moldova", "country", "MD", 47.0, 29.0),
    "KP": ("North Korea", "country", "KP", 40.0, 127.0),
    "US": ("United States", "country", "US", 38.0, -97.0),
    "KN": ("Saint Kitts and Nevis", "country", "KN", 17.33, -62.75),
    "EG": ("Egypt", "country", "EG", 27.0, 30.0),
    "kherson_obl": ("Kherson Oblast", "oblast", "UA", 46.75, 33.35),
    "kherson": ("Kherson", "city", "UA", 46.6354, 32.6169),
    "dniprovskyi": ("Dniprovskyi district, Kherson", "district", "UA", 46.655, 32.66),
    "bilozerka": ("Bilozerka", "village", "UA", 46.634, 32.437),
    "antonivka": ("Antonivka", "village", "UA", 46.672, 32.724),
    "chornobaivka": ("Chornobaivka", "village", "UA", 46.695, 32.553),
    "krynky": ("Krynky", "village", "UA", 46.734, 33.093),
    "dnipro_kherson": ("Dnieper (Kherson reach)", "river", None, 46.65, 32.8),
    "dnipro_nikopol": ("Dnieper (Kakhovka reservoir)", "river", None, 47.5, 34.5),
    "kyiv": ("Kyiv", "city", "UA", 50.4501, 30.5234),
    "bankova": ("Bankova Street (Office of the President)", "landmark", "UA", 50.4457, 30.5286),
    "moscow": ("Moscow", "city", "RU", 55.7558, 37.6173),
    "kremlin": ("Moscow Kremlin", "landmark", "RU", 55.752, 37.6175),
    "washington": ("Washington", "city", "US", 38.8951, -77.0364),
    "pyongyang": ("Pyongyang", "city", "KP", 39.0339, 125.7543),
    "ocheretyne": ("Ocheretyne", "village", "UA", 48.221, 37.606),
    "avdiivka": ("Avdiivka", "city", "UA", 48.1394, 37.7497),
    "donetsk_obl": ("Donetsk Oblast", "oblast", "UA", 48.05, 37.85),
    "donetsk": ("Donetsk", "city", "UA", 48.0159, 37.8029),
    "donbas": ("Donbas", "region", "UA", 48.3, 38.3),
    "toretsk": ("Toretsk", "city", "UA", 48.3975, 37.847),
    "kurakhove": ("Kurakhove", "city", "UA", 47.9833, 37.2833),
    "vuhledar": ("Vuhledar", "city", "UA", 47.7794, 37.2519),
    "selydove": ("Selydove", "city", "UA", 48.1477, 37.3009),
    "pokrovsk": ("Pokrovsk", "city", "UA", 48.2826, 37.1758),
    "briceni": ("Briceni", "city", "MD", 48.3611, 27.0847),
    "ocnita": ("Ocnita", "city", "MD", 48.3853, 27.4392),
    "chisinau": ("Chisinau", "city", "MD", 47.0105, 28.8638),
    "cahul": ("Cahul", "city", "MD", 45.9075, 28.1944),
    "transnistria": ("Transnistria", "region", "MD", 47.25, 29.3),
    "tiraspol": ("Tiraspol", "city", "MD", 46.8403, 29.6433),
    "plauru": ("Plauru", "village", "RO", 45.348, 28.783),
    "tulcea_county": ("Tulcea County", "region", "RO", 45.0, 28.9),
    "danube_izmail": ("Danube (Izmail reach)", "river", None, 45.33, 28.85),
    "izmail": ("Izmail", "city", "UA", 45.3503, 28.8374),
    "reni": ("Reni", "city", "UA", 45.4564, 28.2835),
    "nufaru": ("Nufaru", "village", "RO", 45.15, 28.92),
    "bucharest": ("Bucharest", "city", "RO", 44.4323, 26.1063),
    "borcea": ("Borcea", "village", "RO", 44.33, 27.75),
    "fetesti": ("Fetesti", "city", "RO", 44.3833, 27.8333),
    "galati": ("Galati", "city", "RO", 45.4353, 28.0080),
    "kursk_obl": ("Kursk Oblast", "oblast", "RU", 51.6, 36.1),
    "sudzha": ("Sudzha", "city", "RU", 51.1919, 35.2719),
    "malaya_loknya": ("Malaya Loknya", "village", "RU", 51.25, 35.26),
    "korenevo": ("Korenevo", "village", "RU", 51.4107, 34.9075),
    "belgorod": ("Belgorod", "city", "RU", 50.5954, 36.5873),
    "belgorod_obl": ("Belgorod Oblast", "oblast", "RU", 50.7, 37.2),
    "kharkovskaya_gora": ("Kharkovskaya Gora, Belgorod", "district", "RU", 50.58, 36.6),
    "kharkiv": ("Kharkiv", "city", "UA", 49.9935, 36.2304),
    "kholodna_gora": ("Kholodna Hora, Kharkiv", "district", "UA", 49.985, 36.19),
    "zolochiv": ("Zolochiv (Kharkiv Oblast)", "city", "UA", 50.2794, 35.9806),
    "odesa": ("Odesa", "city", "UA", 46.4775, 30.7326),
    "odesa_obl": ("Odesa Oblast", "oblast", "UA", 46.7, 30.0),
    "mykolaiv_obl": ("Mykolaiv Oblast", "oblast", "UA", 47.3, 31.9),
    "pivdennyi": ("Pivdennyi (Yuzhne)", "city", "UA", 46.6226, 31.1013),
    "chornomorsk": ("Chornomorsk", "city", "UA", 46.3017, 30.6569),
    "black_sea": ("Black Sea", "sea", None, 43.4, 34.3),
    "znpp": ("Zaporizhzhia Nuclear Power Plant", "landmark", "UA", 47.5117, 34.5858),
    "enerhodar": ("Enerhodar", "city", "UA", 47.4987, 34.6556),
    "nikopol": ("Nikopol", "city", "UA", 47.5667, 34.3963),
}

M = "metonym"
# article -> [(surface, place key, occurrences (None = all), role)]
TOPONYMS = {
    "dev01_kherson_rive_gauche": [
        ("Ukraine", "UA", None, None), ("Kherson", "kherson_obl", [1, 2], None), ("Kherson", "kherson", [3], None),
        ("Bilozerka", "bilozerka", None, None), ("Antonivka", "antonivka", None, None),
        ("Dniepr", "dnipro_kherson", None, None), ("Krynky", "krynky", None, None),
        ("Moscou", "moscow", None, M), ("Kiev", "kyiv", None, M), ("Tchornobaïvka", "chornobaivka", None, None),
    ],
    "dev02_donetsk_otcheretyne": [
        ("Otcheretyne", "ocheretyne", None, None), ("Ukraine", "UA", None, None), ("Avdiïvka", "avdiivka", None, None),
        ("Donetsk", "donetsk_obl", None, None), ("Toretsk", "toretsk", None, None),
        ("Kourakhové", "kurakhove", None, None), ("Kiev", "kyiv", None, M),
    ],
    "dev03_donetsk_vougledar": [
        ("Donbass", "donbas", None, None), ("Vougledar", "vuhledar", None, None), ("Selydové", "selydove", None, None),
        ("Donetsk", "donetsk", None, None), ("Pokrovsk", "pokrovsk", None, None),
        ("Kremlin", "kremlin", None, M), ("Bankova", "bankova", None, M), ("Etats-Unis", "US", None, None),
    ],
    "dev04_moldavie_briceni_ocnita": [
        ("Moldavie", "MD", None, None), ("Ocnița", "ocnita", None, None), ("Chisinau", "chisinau", [1, 2], M),
        ("Chisinau", "chisinau", [3], None), ("Briceni", "briceni", None, None), ("Russie", "RU", None, None),
        ("Ukraine", "UA", None, None), ("Moscou", "moscow", None, M), ("Transnistrie", "transnistria", None, None),
        ("Tiraspol", "tiraspol", None, M),
    ],
    "dev05_moldavie_cahul": [
        ("Moldavie", "MD", None, None), ("Cahul", "cahul", None, None), ("Ukraine", "UA", None, None),
        ("Chisinau", "chisinau", None, None), ("Kremlin", "kremlin", None, M),
        ("Transnistrie", "transnistria", None, None), ("Tiraspol", "tiraspol", None, None),
    ],
    "dev06_roumanie_plauru_nufaru": [
        ("Roumanie", "RO", None, None), ("Bucarest", "bucharest", None, M), ("Plauru", "plauru", None, None),
        ("Tulcea", "tulcea_county", None, None), ("Danube", "danube_izmail", None, None),
        ("Izmaïl", "izmail", None, None), ("Reni", "reni", None, None), ("Nufăru", "nufaru", None, None),
        ("Moscou", "moscow", None, M), ("Borcea", "borcea", None, None),
    ],
    "dev07_roumanie_fetesti_galati": [
        ("Roumanie", "RO", None, None), ("Fetești", "fetesti", None, None), ("Galați", "galati", None, None),
        ("Kiev", "kyiv", None, M), ("Bucarest", "bucharest", None, M), ("Danube", "danube_izmail", None, None),
    ],
    "dev08_koursk_nord_coreens": [
        ("Koursk", "kursk_obl", None, None), ("Kiev", "kyiv", None, M), ("Soudja", "sudzha", None, None),
        ("Malaïa Loknia", "malaya_loknya", None, None), ("Corée du Nord", "KP", None, None),
        ("Russie", "RU", None, None), ("Korenevo", "korenevo", None, None), ("Moscou", "moscow", None, M),
        ("Pyongyang", "pyongyang", None, M),
    ],
    "dev09_belgorod_kharkiv": [
        ("Russie", "RU", None, None), ("Belgorod", "belgorod", [1, 2], None), ("Belgorod", "belgorod_obl", [3], None),
        ("Kharkovskaïa Gora", "kharkovskaya_gora", None, None), ("Kremlin", "kremlin", None, M),
        ("Kharkiv", "kharkiv", None, None),
    ],
    "dev10_odessa_ports": [
        ("Odessa", "odesa", [1, 2, 3], None), ("Odessa", "odesa_obl", [4], None), ("Pivdenny", "pivdennyi", None, None),
        ("Saint-Kitts-et-Nevis", "KN", None, None), ("Égypte", "EG", None, None),
        ("Tchornomorsk", "chornomorsk", None, None), ("Mykolaïv", "mykolaiv_obl", None, None),
        ("Moscou", "moscow", None, M), ("mer Noire", "black_sea", None, None),
    ],
    "dev11_kharkiv_kab": [
        ("Kharkiv", "kharkiv", None, None), ("Kholodna Gora", "kholodna_gora", None, None),
        ("Zolotchiv", "zolochiv", None, None), ("Belgorod", "belgorod_obl", None, None),
        ("Bankova", "bankova", None, M), ("Russie", "RU", None, None), ("Washington", "washington", None, M),
    ],
    "dev12_zaporijjia_centrale": [
        ("Centrale nucléaire de Zaporijjia", "znpp", None, None), ("centrale nucléaire de Zaporijjia", "znpp", None, None),
        ("Energodar", "enerhodar", None, None), ("Ukraine", "UA", None, None), ("Kiev", "kyiv", None, M),
        ("Nikopol", "nikopol", None, None), ("Dniepr", "dnipro_nikopol", None, None),
    ],
    "dev13_kherson_drones": [
        ("Kherson", "kherson", None, None), ("Dniprovskyï", "dniprovskyi", None, None),
        ("Tchornobaïvka", "chornobaivka", None, None), ("Dniepr", "dnipro_kherson", None, None),
        ("Moscou", "moscow", None, M),
    ],
}

# (article, place surface, occurrence, place key, event, event_alt, date, date_precision, killed, injured, actor)
INCIDENTS = [
    ("dev01_kherson_rive_gauche", "Bilozerka", 1, "bilozerka", "shelling", ["missile_strike"], "2023-12-02", "day", 1, None, "RU"),
    ("dev01_kherson_rive_gauche", "Antonivka", 1, "antonivka", "drone_strike", ["explosion"], "2023-12-02", "day", 2, 5, "RU"),
    ("dev01_kherson_rive_gauche", "Krynky", 1, "krynky", "ground_combat", [], "2023-12-03", "day", None, None, None),
    ("dev02_donetsk_otcheretyne", "Otcheretyne", 2, "ocheretyne", "ground_combat", ["troop_deployment"], "2024-05-05", "day", None, None, None),
    ("dev02_donetsk_otcheretyne", "Toretsk", 1, "toretsk", "drone_strike", ["missile_strike", "shelling"], "2024-05-05", "day", 2, 4, "RU"),
    ("dev02_donetsk_otcheretyne", "Kourakhové", 1, "kurakhove", "missile_strike", [], "2024-05-05", "day", 1, None, "RU"),
    ("dev03_donetsk_vougledar", "Vougledar", 2, "vuhledar", "ground_combat", ["troop_deployment", "other"], "2024-10", "month", None, None, None),
    ("dev03_donetsk_vougledar", "Selydové", 2, "selydove", "ground_combat", [], "2024-10-04", "day", None, None, "RU"),
    ("dev03_donetsk_vougledar", "Selydové", 3, "selydove", "shelling", ["missile_strike"], "2024-10-01", "day", 1, 3, "RU"),
    ("dev03_donetsk_vougledar", "Pokrovsk", 1, "pokrovsk", "drone_strike", [], "2024-10-01", "day", None, None, None),
    ("dev04_moldavie_briceni_ocnita", "Briceni", 1, "briceni", "debris", [], "2024-11-20", "day", None, None, "RU"),
    ("dev04_moldavie_briceni_ocnita", "Ocnița", 2, "ocnita", "debris", ["drone_strike", "explosion"], "2024-11-20", "day", None, None, "RU"),
    ("dev05_moldavie_cahul", "Moldavie", 1, "MD", "other", [], "2023-02-17", "day", None, None, "RU"),
    ("dev05_moldavie_cahul", "Cahul", 2, "cahul", "debris", [], "2023-02-17", "day", None, 0, None),
    ("dev06_roumanie_plauru_nufaru", "Plauru", 1, "plauru", "debris", [], "2023-10-03", "day", None, None, None),
    ("dev06_roumanie_plauru_nufaru", "Izmaïl", 1, "izmail", "drone_strike", ["missile_strike", "shelling", "explosion"], None, None, None, None, "RU"),
    ("dev06_roumanie_plauru_nufaru", "Reni", 1, "reni", "drone_strike", ["missile_strike", "shelling", "explosion"], None, None, None, None, "RU"),
    ("dev06_roumanie_plauru_nufaru", "Nufăru", 1, "nufaru", "explosion", ["debris", "drone_strike"], "2023-10-02", "day", None, 0, None),
    ("dev06_roumanie_plauru_nufaru", "Borcea", 1, "borcea", "other", [], "2023-10-04", "day", None, None, "RO"),
    ("dev07_roumanie_fetesti_galati", "Fetești", 1, "fetesti", "other", [], "2023-11-13", "day", None, None, "RO"),
    ("dev07_roumanie_fetesti_galati", "Galați", 1, "galati", "other", [], "2023-11-13", "day", None, None, "RU"),
    ("dev08_koursk_nord_coreens", "Malaïa Loknia", 1, "malaya_loknya", "ground_combat", [], "2024-12-14", "day", None, None, None),
    ("dev08_koursk_nord_coreens", "Koursk", 2, "kursk_obl", "troop_deployment", [], None, None, None, None, "KP"),
    ("dev08_koursk_nord_coreens", "Korenevo", 1, "korenevo", "drone_strike", [], "2024-12-16", "day", 2, None, "UA"),
    ("dev09_belgorod_kharkiv", "Belgorod", 2, "belgorod", "missile_strike", [], "2024-05-12", "day", 5, 37, "UA"),
    ("dev09_belgorod_kharkiv", "Kharkovskaïa Gora", 1, "kharkovskaya_gora", "debris", ["fire", "air_defense"], "2024-05-12", "day", None, None, "UA"),
    ("dev09_belgorod_kharkiv", "Kharkiv", 1, "kharkiv", "missile_strike", ["drone_strike", "shelling"], "2024-05-12", "day", None, 11, "RU"),
    ("dev10_odessa_ports", "Pivdenny", 2, "pivdennyi", "missile_strike", [], "2024-10-07", "day", 4, 5, "RU"),
    ("dev10_odessa_ports", "Tchornomorsk", 1, "chornomorsk", "drone_strike", ["fire"], "2024-10-08", "day", None, None, "RU"),
    ("dev10_odessa_ports", "Odessa", 4, "odesa_obl", "air_defense", ["drone_strike"], "2024-10-08", "day", None, None, "UA"),
    ("dev10_odessa_ports", "Mykolaïv", 1, "mykolaiv_obl", "air_defense", ["drone_strike"], "2024-10-08", "day", None, None, "UA"),
    ("dev11_kharkiv_kab", "Kholodna Gora", 1, "kholodna_gora", "drone_strike", ["missile_strike"], "2024-05-30", "day", 6, 40, "RU"),
    ("dev11_kharkiv_kab", "Zolotchiv", 1, "zolochiv", "drone_strike", ["missile_strike"], "2024-05-30", "day", None, 1, "RU"),
    ("dev12_zaporijjia_centrale", "centrale nucléaire de Zaporijjia", 1, "znpp", "drone_strike", [], "2024-04-07", "day", None, 3, None),
    ("dev12_zaporijjia_centrale", "Nikopol", 1, "nikopol", "shelling", [], "2024-04-07", "day", None, 2, "RU"),
    ("dev13_kherson_drones", "Dniprovskyï", 1, "dniprovskyi", "drone_strike", ["explosion"], "2024-08-14", "day", None, 10, "RU"),
    ("dev13_kherson_drones", "Tchornobaïvka", 1, "chornobaivka", "shelling", [], "2024-08-13", "day", 1, None, "RU"),
    ("dev13_kherson_drones", "Kherson", 3, "kherson", "missile_strike", ["drone_strike", "shelling", "explosion", "other"], "2024-08-15", "day", None, None, "RU"),
]


def _offsets(text: str, surface: str) -> list[int]:
    out, i = [], text.find(surface)
    while i >= 0:
        out.append(i)
        i = text.find(surface, i + 1)
    return out


def build() -> list[dict]:
    """The gold records (toponyms then incidents), checked against the texts."""
    records: list[dict] = []
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("dev*.txt"))}
    assert set(TOPONYMS) == set(texts), set(TOPONYMS) ^ set(texts)
    for art, entries in TOPONYMS.items():
        text = texts[art]
        for surface, key, occs, role in entries:
            starts = _offsets(text, surface)
            assert starts, (art, surface)
            for n in occs or range(1, len(starts) + 1):
                start = starts[n - 1]
                name_en, kind, cc, lat, lon = P[key]
                records.append({
                    "type": "toponym", "article": art, "surface": surface, "occurrence": n,
                    "name_en": name_en, "kind": "metonym" if role == M else kind, "country": cc,
                    "lat": lat, "lon": lon, "geonames_id": None, "start": start, "end": start + len(surface),
                    "literal_kind": kind if role == M else None,
                })
    for art, surface, occ, key, event, alt, date, prec, killed, injured, actor in INCIDENTS:
        text = texts[art]
        starts = _offsets(text, surface)
        start = starts[occ - 1]
        assert any(r["article"] == art and r["start"] == start for r in records if r["type"] == "toponym"), (art, surface)
        name_en, _kind, _cc, lat, lon = P[key]
        records.append({
            "type": "incident", "article": art, "place_surface": surface, "place_occurrence": occ,
            "name_en": name_en, "lat": lat, "lon": lon, "event": event, "event_alt": alt,
            "date": date, "date_precision": prec, "killed": killed, "injured": injured, "weapons": None,
            "actor": actor, "evidence": "", "place_in_text": True, "scope": "core",
        })
    return records


def main() -> None:
    records = build()
    with (HERE / "dev_gold.jsonl").open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{sum(r['type'] == 'toponym' for r in records)} toponyms, {sum(r['type'] == 'incident' for r in records)} incidents")


if __name__ == "__main__":
    main()
