#!/usr/bin/env python3
"""Synthetic, reproducible test data for the rapport benchmarks.

    generate.py customers N OUT.csv
    generate.py interactions N CUSTOMERS OUT.csv

`customers` writes N customers with ids C0000001..C<N> in rapport's customer CSV
layout (the header of examples/customers.csv). `interactions` writes N contact
records for customers C0000001..C<CUSTOMERS> (CUSTOMERS is a count, or the path
of a customers CSV whose size is then counted), in chronological order, as a
CRM export would list them.

Why it is built the way it is:

* Standard library only, so the bench runs wherever python3 does.
* Deterministic: a fixed seed (42, or --seed) and no dependence on the clock,
  the locale or hash randomisation, so the same arguments always give the same
  bytes and timings of different machines or commits compare like with like.
* Fast: every list, slug and date string is prepared once; the per-row work is
  a handful of random() calls and list look-ups; rows go to csv.writer in
  chunks of CHUNK rows.  1M customers take seconds, 5M interactions well under
  a few minutes.
* The csv module does the quoting, so values with commas ("MON,WED", notes)
  are quoted exactly as a spreadsheet would write them.
"""

import argparse
import csv
import datetime as dt
import itertools
import os
import sys

import random

CHUNK = 20_000  # rows per writerows() call: big enough to amortise, small in memory

CUSTOMER_HEADER = [
    "id", "name", "company", "email", "phone", "city", "country", "industry", "size",
    "tier", "owner", "timezone", "preferred_channel", "preferred_days", "preferred_hours",
    "listening_style", "tags", "since", "last_contacted", "notes",
]
INTERACTION_HEADER = [
    "customer", "at", "channel", "direction", "outcome", "kind", "note", "satisfaction",
]

# ---------------------------------------------------------------------------
# Vocabulary. Kept small: realism of lengths and character sets matters for an
# import benchmark, not variety for its own sake.
# ---------------------------------------------------------------------------

GERMAN_FIRST = [
    "Jürgen", "Björn", "Jörg", "Günther", "Bärbel", "Sören", "Käthe", "Uwe", "Anna",
    "Thomas", "Michael", "Stefan", "Andreas", "Sabine", "Petra", "Claudia", "Monika",
    "Katrin", "Matthias", "Markus", "Frank", "Ralf", "Heike", "Birgit", "Lena", "Lukas",
    "Maximilian", "Sophie", "Hannah", "Felix", "Tobias", "Julia", "Sebastian", "Nina",
    "Dieter", "Wolfgang", "Ursula", "Renate", "Marlene", "Till",
]
GERMAN_LAST = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
    "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
    "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann",
    "Weiß", "Köhler", "Böhm", "Groß", "Jäger", "Vogel", "Günther", "Frank", "Möller",
]
FRENCH_FIRST = [
    "Jérôme", "Hélène", "François", "Cécile", "Élodie", "Noël", "Chloé", "Zoé", "Léa",
    "Thérèse", "Amélie", "Benoît", "Gaëlle", "Loïc", "André", "Marie", "Pierre",
    "Nicolas", "Julien", "Camille", "Sophie", "Mathieu", "Isabelle", "Émilie",
]
FRENCH_LAST = [
    "Lefèvre", "Bérenger", "Dubois", "Gérard", "Fournier", "Lemaître", "Moreau",
    "Girard", "Durand", "Lefebvre", "Mercier", "Faure", "Rousseau", "Bonnet", "Dupré",
    "Lambert", "Fontaine", "Chevalier", "Garnier", "Bélanger", "Thébault", "Leclerc",
]
ENGLISH_FIRST = [
    "Sarah", "James", "Emily", "Michael", "Olivia", "William", "Jessica", "David",
    "Emma", "Daniel", "Laura", "Christopher", "Rachel", "Matthew", "Hannah", "Andrew",
    "Jan", "Pieter", "Sanne", "Daan", "Femke", "Lotte",
]
ENGLISH_LAST = [
    "Mitchell", "Smith", "Johnson", "Williams", "Brown", "Taylor", "Anderson", "Thomas",
    "Jackson", "White", "Harris", "Martin", "Thompson", "Robinson", "Clarke", "Walker",
    "de Vries", "van Dijk", "Jansen", "Bakker", "Visser", "van den Berg",
]
# Chinese names: (characters, pinyin used for the e-mail address).
CHINESE_LAST = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"),
]
CHINESE_FIRST = [
    ("芳", "fang"), ("伟", "wei"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
    ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("洋", "yang"), ("艳", "yan"),
    ("勇", "yong"), ("军", "jun"), ("杰", "jie"), ("秀英", "xiuying"), ("建华", "jianhua"),
    ("晓明", "xiaoming"),
]
CHINESE_COMPANY_WORD = [
    ("星辰", "xingchen"), ("华夏", "huaxia"), ("东方", "dongfang"), ("长城", "changcheng"),
    ("金桥", "jinqiao"), ("远航", "yuanhang"), ("宏达", "hongda"), ("新世纪", "xinshiji"),
]
CHINESE_COMPANY_KIND = [
    ("贸易有限公司", "trading"), ("科技有限公司", "tech"), ("机械制造有限公司", "machinery"),
    ("电子有限公司", "electronics"), ("物流有限公司", "logistics"),
]

COMPANY_WORDS = [
    "Präzisionstechnik", "Maschinenbau", "Elektro", "Logistik", "Handel", "Metallbau",
    "Kunststofftechnik", "Software", "Industrial Supply", "Systems", "Solutions",
    "Components", "Consulting", "Automation", "Packaging", "Foods", "Textil",
    "Medizintechnik", "Énergie", "Équipements", "Distribution", "Outillage",
]
SUFFIX = {
    "DE": ["GmbH", "GmbH & Co. KG", "AG", "KG", "e.K."],
    "AT": ["GmbH", "AG", "KG"],
    "CH": ["AG", "GmbH", "SA"],
    "FR": ["SARL", "SAS", "SA"],
    "US": ["Inc.", "LLC", "Corp."],
    "GB": ["Ltd", "PLC", "Ltd"],
    "NL": ["B.V.", "N.V.", "B.V."],
}
TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "US": "com", "GB": "co.uk",
       "NL": "nl", "CN": "cn"}

# (city, phone area code) per country, plus the country's time zone(s) and
# phone country code. All time zones are valid IANA names.
COUNTRIES = {
    # code: (weight, phone prefix, [(city, area, timezone), ...], name lists)
    "DE": (55, "+49", [("Berlin", "30", "Europe/Berlin"), ("Hamburg", "40", "Europe/Berlin"),
                       ("München", "89", "Europe/Berlin"), ("Köln", "221", "Europe/Berlin"),
                       ("Frankfurt am Main", "69", "Europe/Berlin"),
                       ("Stuttgart", "711", "Europe/Berlin"), ("Düsseldorf", "211", "Europe/Berlin"),
                       ("Leipzig", "341", "Europe/Berlin"), ("Nürnberg", "911", "Europe/Berlin"),
                       ("Osnabrück", "541", "Europe/Berlin")], "de"),
    "AT": (5, "+43", [("Wien", "1", "Europe/Vienna"), ("Graz", "316", "Europe/Vienna"),
                      ("Linz", "732", "Europe/Vienna")], "de"),
    "CH": (5, "+41", [("Zürich", "44", "Europe/Zurich"), ("Basel", "61", "Europe/Zurich"),
                      ("Genève", "22", "Europe/Zurich")], "de"),
    "FR": (12, "+33", [("Paris", "1", "Europe/Paris"), ("Lyon", "4", "Europe/Paris"),
                       ("Marseille", "4", "Europe/Paris"), ("Orléans", "2", "Europe/Paris")], "fr"),
    "US": (8, "+1", [("Chicago", "312", "America/Chicago"), ("New York", "212", "America/New_York"),
                     ("Boston", "617", "America/New_York"), ("Denver", "303", "America/Denver"),
                     ("Seattle", "206", "America/Los_Angeles")], "en"),
    "GB": (5, "+44", [("London", "20", "Europe/London"), ("Manchester", "161", "Europe/London")], "en"),
    "NL": (5, "+31", [("Amsterdam", "20", "Europe/Amsterdam"), ("Rotterdam", "10", "Europe/Amsterdam"),
                      ("Eindhoven", "40", "Europe/Amsterdam")], "en"),
    "CN": (5, "+86", [("Shanghai", "21", "Asia/Shanghai"), ("Beijing", "10", "Asia/Shanghai"),
                      ("Shenzhen", "755", "Asia/Shanghai")], "zh"),
}

INDUSTRIES = ["manufacturing", "wholesale", "distribution", "machinery", "retail", "software",
              "logistics", "construction", "healthcare", "food", "automotive", "energy",
              "consulting", "chemicals", "textiles", "education"]
# size classes, per tier (bigger customers tend to be higher tiers)
SIZES = ["1-9", "10-49", "50-249", "250-999", "1000+"]
SIZE_WEIGHTS = {
    "key": [0, 1, 3, 5, 4],
    "major": [0, 3, 5, 4, 2],
    "ordinary": [2, 5, 4, 2, 1],
    "small": [6, 4, 1, 0, 0],
}
TIERS = [("key", 2), ("major", 10), ("ordinary", 48), ("small", 40)]
OWNERS = ["anna", "bernd", "li.wei", "claire", "mehmet", "sophie", "jan", "katrin", "paul",
          "ines", "tobias", "marta", "olaf", "yuki", "rosa", "henrik", "lea", "david",
          "fatima", "georg"]
CHANNELS = ["call", "call", "call", "visit", "email", "email", ""]
DAYS = ["", "", "", "MON", "TUE", "WED", "THU", "FRI", "MON,WED", "TUE,THU", "MON,WED,FRI",
        "TUE,WED,THU", "MON-FRI", "WED,FRI", "THU"]
HOURS = ["", "", "", "09:00-12:00", "10:00-12:00", "14:00-17:00", "08:00-11:00",
         "13:00-16:00", "09:00-17:00", "15:00-18:00"]
STYLES = ["serious", "casual", "active", "cooperative", "", ""]
TAGS = ["oem", "eu", "apac", "na", "framework-contract", "distributor", "volume", "spare-parts",
        "wholesale", "import", "export", "newsletter", "trade-fair", "pilot", "service-contract",
        "reseller", "public-sector", "startup"]
NOTE_FRAGMENTS = [
    "Annual framework contract renews in January", "Prefers WeChat follow-up after calls",
    "Mandarin only", "Quarterly business review due", "Office is on Leopoldstraße",
    "parking in the back", "Ask for the purchasing department", "Decision maker is the CFO",
    "Invoice address differs", "Met at the Hannover fair", "Budget freeze until Q2",
    "Sensitive about delivery times", "Wants samples before ordering", "Speaks French and German",
    "Call after 10", "Reception is closed on Fridays", "New contact since the merger",
    "Send the price list in EUR", "Loyal since 2015", "Complained about packaging",
]

ASCII_FOLD = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue",
    "é": "e", "è": "e", "ê": "e", "ë": "e", "É": "e", "à": "a", "â": "a", "ç": "c",
    "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u", "ÿ": "y", "ë": "e", "œ": "oe",
})


def fold(text):
    """ASCII slug part for e-mail addresses and domains: 'van den Berg' -> 'vandenberg'."""
    out = text.translate(ASCII_FOLD).lower()
    return "".join(ch for ch in out if ch.isascii() and ch.isalnum())


def weighted_table(pairs):
    """Expand (value, weight) pairs into a list to index with int(random() * len)."""
    table = []
    for value, weight in pairs:
        table.extend([value] * weight)
    return table


def date_strings(first, last):
    """ISO strings for every day first..last inclusive, indexed by day offset."""
    days = (last - first).days + 1
    return [(first + dt.timedelta(d)).isoformat() for d in range(days)]


# ---------------------------------------------------------------------------
# Customers
# ---------------------------------------------------------------------------

def build_people():
    """Per country: list of (name, email local part, company builder data)."""
    people = {}
    for code, (_, _, _, lang) in COUNTRIES.items():
        if lang == "zh":
            names = [(l + f, f"{fp}.{lp}") for (l, lp), (f, fp)
                     in itertools.product(CHINESE_LAST, CHINESE_FIRST)]
        else:
            firsts, lasts = {
                "de": (GERMAN_FIRST, GERMAN_LAST),
                "fr": (FRENCH_FIRST, FRENCH_LAST),
                "en": (ENGLISH_FIRST, ENGLISH_LAST),
            }[lang]
            names = []
            for f, l in itertools.product(firsts, lasts):
                local = f"{fold(f)[0]}.{fold(l)}" if len(names) % 3 == 0 else f"{fold(f)}.{fold(l)}"
                names.append((f"{f} {l}", local))
        people[code] = names
    return people


def build_companies():
    """Per country: list of (company name, domain without TLD)."""
    companies = {}
    for code, (_, _, _, lang) in COUNTRIES.items():
        if lang == "zh":
            companies[code] = [
                (w + k, f"{wp}-{kp}") for (w, wp), (k, kp)
                in itertools.product(CHINESE_COMPANY_WORD, CHINESE_COMPANY_KIND)]
            continue
        lasts = {"de": GERMAN_LAST, "fr": FRENCH_LAST, "en": ENGLISH_LAST}[lang]
        result = []
        for last, word, suffix in itertools.product(lasts, COMPANY_WORDS, SUFFIX[code]):
            if len(result) % 4 == 0:
                # "Weiß & Söhne KG"-style family firms, no sector word
                name = f"{last} & {'Söhne' if lang == 'de' else 'Fils' if lang == 'fr' else 'Sons'} {suffix}"
                domain = f"{fold(last)}-{'soehne' if lang == 'de' else 'fils' if lang == 'fr' else 'sons'}"
            else:
                name = f"{last} {word} {suffix}"
                domain = f"{fold(last)}-{fold(word)}"
            result.append((name, domain))
        companies[code] = result
    return companies


def customers(n, out, seed):
    rng = random.Random(seed)
    rnd = rng.random

    people = build_people()
    companies = build_companies()
    country_table = weighted_table([(c, v[0]) for c, v in COUNTRIES.items()])
    tier_table = weighted_table(TIERS)
    size_tables = {t: weighted_table(list(zip(SIZES, w))) for t, w in SIZE_WEIGHTS.items()}

    first_day = dt.date(2020, 1, 1)
    since_days = date_strings(first_day, dt.date(2026, 10, 31))
    all_days = date_strings(first_day, dt.date(2026, 11, 20))
    n_since, n_all = len(since_days), len(all_days)

    # Pre-join the multi-valued fields so a row is just look-ups.
    tag_sets = [""] + TAGS + [f"{a};{b}" for a, b in itertools.combinations(TAGS, 2)][:120] \
        + [f"{a};{b};{c}" for a, b, c in itertools.combinations(TAGS[:8], 3)][:40]
    notes = [""] * 60  # ~20% empty after the mix below
    for i, a in enumerate(NOTE_FRAGMENTS):
        notes.append(a)
        for b in NOTE_FRAGMENTS[i + 1:i + 4]:
            notes.append(f"{a}, {b.lower()}"[:80])   # contains a comma: must be quoted
            notes.append(f"{a}. {b}"[:80])
    notes.append('Says "call me back" but never answers')  # embedded quotes

    RADIX = 10 * len(OWNERS) * len(CHANNELS) * len(DAYS) * len(HOURS) * len(STYLES) * len(INDUSTRIES)

    w = csv.writer(out, lineterminator="\n")
    w.writerow(CUSTOMER_HEADER)
    rows = []
    for i in range(1, n + 1):
        country = country_table[int(rnd() * len(country_table))]
        _, prefix, cities, _ = COUNTRIES[country]
        city, area, tz = cities[int(rnd() * len(cities))]
        plist = people[country]
        name, local = plist[int(rnd() * len(plist))]
        clist = companies[country]
        company, domain = clist[int(rnd() * len(clist))]
        tier = tier_table[int(rnd() * 100)]
        sizes = size_tables[tier]
        # One draw split mixed-radix into the small independent choices.
        r = int(rnd() * RADIX)
        r, never = divmod(r, 10)             # ~10% never contacted
        r, owner = divmod(r, len(OWNERS))
        r, channel = divmod(r, len(CHANNELS))
        r, days = divmod(r, len(DAYS))
        r, hours = divmod(r, len(HOURS))
        r, style = divmod(r, len(STYLES))
        industry = r % len(INDUSTRIES)
        since_i = int(rnd() * n_since)
        if never == 0:
            last = ""
        else:                                # strictly after since
            last = all_days[since_i + 1 + int(rnd() * (n_all - since_i - 1))]
        p = int(rnd() * 81_000_000)
        rows.append((
            f"C{i:07d}",
            name,
            company,
            f"{local}.{i}@{domain}.{TLD[country]}",  # the number makes it unique
            f"{prefix} {area} {p // 9000 + 1000} {p % 9000 + 1000}",
            city,
            country,
            INDUSTRIES[industry],
            sizes[int(rnd() * len(sizes))],
            tier,
            OWNERS[owner],
            tz,
            CHANNELS[channel],
            DAYS[days],
            HOURS[hours],
            STYLES[style],
            tag_sets[int(rnd() * len(tag_sets))],
            since_days[since_i],
            last,
            notes[int(rnd() * len(notes))],
        ))
        if len(rows) >= CHUNK:
            w.writerows(rows)
            rows.clear()
    w.writerows(rows)


# ---------------------------------------------------------------------------
# Interactions
# ---------------------------------------------------------------------------

# (channel, direction, outcome) with weights summing to 1000:
# call 60%, email 25%, visit 10%, letter 5%.
CONTACT_TABLE = weighted_table([
    (("call", "out", "reached"), 300), (("call", "out", "missed"), 130),
    (("call", "out", "voicemail"), 90), (("call", "in", "reached"), 70),
    (("call", "in", "missed"), 10),
    (("email", "out", "sent"), 150), (("email", "in", "received"), 100),
    (("visit", "out", "reached"), 85), (("visit", "in", "reached"), 15),
    (("letter", "out", "sent"), 40), (("letter", "in", "received"), 10),
])
KIND_TABLE = weighted_table([("routine", 80), ("complaint", 5), ("feedback", 6),
                             ("needs", 5), ("sale", 4)])
KIND_NOTES = {
    "routine": ["", "", "Checked in", "Quarterly check-in", "Sent the new catalogue",
                "Talked about next order", "Confirmed delivery date", "Follow-up on offer",
                "Short exchange, all fine", "Asked about stock levels"],
    "complaint": ["Late delivery, wants a discount", "Damaged goods", "Invoice was wrong",
                  "Unhappy with support response time", "Wrong part shipped"],
    "feedback": ["Likes the new portal", "Praised the technician", "Suggests shorter invoices",
                 "Packaging could be greener, otherwise fine"],
    "needs": ["Needs 200 units by March", "Looking for a second supplier",
              "Wants a service contract", "Asked for training, on site"],
    "sale": ["Ordered 50 units", "Signed framework contract", "Renewed maintenance, 2 years",
             "Upsold to premium plan"],
}
SATISFACTION_TABLE = weighted_table([("", 70), ("1", 1), ("2", 2), ("3", 6), ("4", 12), ("5", 9)])


def count_customers(arg):
    """CUSTOMERS is a count, or a customers CSV whose data rows are counted."""
    if arg.isdigit():
        return int(arg)
    with open(arg, "rb") as f:
        return sum(1 for _ in f) - 1  # ids are C0000001..C<n>; no multi-line notes are written


def interactions(n, n_customers, out, seed):
    if n_customers < 1:
        sys.exit("generate.py: need at least one customer")
    rng = random.Random(seed + 1)  # independent of the customer stream
    rnd = rng.random

    first, last = dt.date(2024, 1, 1), dt.date(2026, 11, 20)
    days = [first + dt.timedelta(d) for d in range((last - first).days + 1)]
    # Weekdays carry the traffic, weekends a trickle. Give each day its share
    # of n by rounding the running total, so the shares add up to exactly n.
    weights = [10 if d.weekday() < 5 else 1 for d in days]
    total = sum(weights)
    # Business-hours minutes 07:00..19:59, as "HH:MM" strings, prepared once.
    minutes = [f"{m // 60:02d}:{m % 60:02d}" for m in range(7 * 60, 20 * 60)]
    n_min = len(minutes)

    w = csv.writer(out, lineterminator="\n")
    w.writerow(INTERACTION_HEADER)
    rows = []
    done = 0
    running = 0
    for day, weight in zip(days, weights):
        running += weight
        upto = running * n // total
        count = upto - done
        done = upto
        if count == 0:
            continue
        prefix = day.isoformat() + "T"
        # chronological within the day, as an export sorted by time would be
        for m in sorted(int(rnd() * n_min) for _ in range(count)):
            channel, direction, outcome = CONTACT_TABLE[int(rnd() * 1000)]
            kind = KIND_TABLE[int(rnd() * 100)]
            notes = KIND_NOTES[kind]
            r = int(rnd() * 1_000_000)
            rows.append((
                f"C{int(rnd() * n_customers) + 1:07d}",
                prefix + minutes[m],
                channel,
                direction,
                outcome,
                kind,
                notes[r % len(notes)],
                SATISFACTION_TABLE[(r // 97) % 100],
            ))
            if len(rows) >= CHUNK:
                w.writerows(rows)
                rows.clear()
    w.writerows(rows)


def main(argv):
    p = argparse.ArgumentParser(
        description="Write reproducible synthetic CSV data for the rapport benchmarks.")
    p.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    sub = p.add_subparsers(dest="what", required=True)
    c = sub.add_parser("customers", help="N customers, ids C0000001..")
    c.add_argument("n", type=int)
    c.add_argument("out")
    i = sub.add_parser("interactions", help="N interactions of existing customers")
    i.add_argument("n", type=int)
    i.add_argument("customers", help="number of customers, or the customers CSV")
    i.add_argument("out")
    a = p.parse_args(argv)
    if a.n < 0:
        p.error("N must not be negative")
    if a.what == "customers" and a.n > 9_999_999:
        p.error("at most 9,999,999 customers (ids have seven digits)")

    # Write to a temporary name and rename, so an interrupted run never
    # leaves a truncated file that looks complete to import.sh.
    tmp = a.out + ".part"
    with open(tmp, "w", encoding="utf-8", newline="", buffering=4 << 20) as out:
        if a.what == "customers":
            customers(a.n, out, a.seed)
        else:
            interactions(a.n, count_customers(a.customers), out, a.seed)
    os.replace(tmp, a.out)


if __name__ == "__main__":
    main(sys.argv[1:])
