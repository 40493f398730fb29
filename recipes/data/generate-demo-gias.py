#!/usr/bin/env python3
"""Writes northshire-gias.csv: about 400 made-up establishments in the fictional Northshire LA (888).

The columns are those of a Get Information About Schools establishment extract, so the demo
recipe imports it as an LA would import the real thing. Nothing here describes a real school.
Deterministic: the same seed gives the same file. Run from anywhere: python3 generate-demo-gias.py
"""
import csv
import io
import os
import random

SEED = 888
LA_CODE = "888"
LA_NAME = "Northshire"

TOWNS = ["Northby", "Eastwick", "Millford", "Haverleigh", "Brackenmoor", "Saltcombe", "Wyndham Cross",
         "Oakridge", "Kestrel Bay", "Thornbury Vale", "Ashcombe", "Fellside"]
VILLAGES = ["Abbotsley", "Barrowden", "Bramblewick", "Carrow", "Cotterdale", "Dunmere", "Elmstead", "Farrowfield",
            "Glenholme", "Greythorpe", "Hallowby", "Hartswood", "Ingleby Moor", "Kirkhallam", "Langstone",
            "Lowther End", "Marwick", "Netherby", "Norcott", "Ormesby Vale", "Pennington", "Quarrington",
            "Redmire", "Rowanfield", "Scarsdale", "Sedgecombe", "Stainby", "Tarrington", "Upthorpe", "Wexcombe",
            "Whinmoor", "Yarrowdale", "Ashby Parva", "Bilsdale", "Coldharbour", "Denholme", "Eskdale",
            "Fenwick", "Gildersome", "Hawkhurst", "Kettlewell", "Lindale", "Midhope", "Newbiggin", "Oxenhope",
            "Pickhill", "Rillington", "Skelton", "Thwaite", "Ulleskelf", "Wigglesworth", "Yeadon Moor"]
STREETS = ["Church Lane", "School Road", "High Street", "Mill Lane", "Station Road", "Park Avenue",
           "Green Lane", "Victoria Road", "Moor Lane", "Chapel Street", "Orchard Way", "Beacon Road"]
SAINTS = ["St Mary's", "St John's", "St Peter's", "St Anne's", "St Michael's", "St Joseph's",
          "St Bede's", "St Aidan's", "Holy Trinity", "St Cuthbert's", "Our Lady's", "St Hilda's"]
FIRST_NAMES = ["Amira", "Ben", "Chloe", "David", "Eleanor", "Farid", "Grace", "Harry", "Isla", "James",
               "Kiran", "Laura", "Mohammed", "Niamh", "Owen", "Priya", "Rachel", "Sam", "Tom", "Zara"]
LAST_NAMES = ["Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal",
              "Jones", "Khan", "Lewis", "Morgan", "Nolan", "O'Brien", "Patel", "Roberts", "Smith",
              "Taylor", "Walker"]

COLUMNS = ["URN", "LA (code)", "LA (name)", "EstablishmentNumber", "EstablishmentName",
           "TypeOfEstablishment (name)", "EstablishmentStatus (name)", "PhaseOfEducation (name)",
           "StatutoryLowAge", "StatutoryHighAge", "Gender (name)", "ReligiousCharacter (name)",
           "NumberOfPupils", "OpenDate", "Street", "Town", "Postcode", "SchoolWebsite", "TelephoneNum",
           "HeadFirstName", "HeadLastName"]

# (phase, how many, establishment number range, ages, pupils range, types with weights)
PLAN = [
    ("Nursery", 12, 1000, (2, 5), (40, 120), [("Local authority nursery school", 1)]),
    ("Primary", 300, 2000, (4, 11), (90, 620),
     [("Community school", 6), ("Voluntary aided school", 2), ("Voluntary controlled school", 1),
      ("Foundation school", 1), ("Academy converter", 3), ("Academy sponsor led", 1)]),
    ("Secondary", 48, 4000, (11, 18), (600, 1800),
     [("Community school", 2), ("Voluntary aided school", 1), ("Foundation school", 1),
      ("Academy converter", 4), ("Academy sponsor led", 2), ("Free schools", 1)]),
    ("All-through", 6, 4500, (4, 18), (900, 1900), [("Academy converter", 1), ("Free schools", 1)]),
    ("Not applicable", 24, 7000, (3, 19), (30, 220),
     [("Community special school", 4), ("Foundation special school", 1), ("Academy special converter", 1),
      ("Pupil referral unit", 2)]),
]


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    n = rng.uniform(0, total)
    for value, weight in weighted:
        n -= weight
        if n <= 0:
            return value
    return weighted[-1][0]


def postcode(rng):
    return f"NS{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def name_for(rng, phase, type_name, town, used):
    religious = type_name.startswith("Voluntary") and rng.random() < 0.8
    while True:
        if phase == "Nursery":
            base = f"{town} Nursery School"
        elif phase == "Primary":
            kind = rng.choice(["Primary School", "Community Primary School", "Infant School", "Junior School",
                               "Primary Academy", "Church of England Primary School"])
            place = rng.choice(VILLAGES + TOWNS)
            if religious:
                base = f"{rng.choice(SAINTS)} {rng.choice(['C of E', 'Catholic'])} Primary School, {place}"
                base = base if rng.random() < 0.3 else base.split(",")[0]
            else:
                base = f"{place} {kind}"
        elif phase == "Secondary":
            base = (f"{rng.choice(SAINTS)} Catholic High School" if religious
                    else f"{town} {rng.choice(['Academy', 'High School', 'School', 'Community College'])}")
        elif phase == "All-through":
            base = f"{town} All-Through Academy"
        elif type_name == "Pupil referral unit":
            base = f"{town} Pupil Referral Unit"
        else:
            base = f"{town} {rng.choice(['Special School', 'School', 'Learning Centre'])}"
        # GIAS names sometimes carry a comma: a federation or a second site.
        if rng.random() < 0.03 and "," not in base:
            base = f"{base}, {rng.choice(['Lower Site', 'Upper Site'])}"
        if base not in used:
            used.add(base)
            return base
        town = rng.choice(TOWNS + VILLAGES)


def rows():
    rng = random.Random(SEED)
    urn = 100001
    used = set()
    for phase, count, first_number, ages, pupils, types in PLAN:
        for i in range(count):
            type_name = pick(rng, types)
            town = rng.choice(TOWNS)
            name = name_for(rng, phase, type_name, town, used)
            religious = ("Church of England" if ("C of E" in name or "Church of England" in name)
                         else "Roman Catholic" if ("Catholic" in name or "Our Lady" in name)
                         else "Does not apply" if phase in ("Nursery", "Not applicable") else "None")
            closed = rng.random() < 0.02
            yield {
                "URN": str(urn),
                "LA (code)": LA_CODE,
                "LA (name)": LA_NAME,
                "EstablishmentNumber": str(first_number + i + 1),
                "EstablishmentName": name,
                "TypeOfEstablishment (name)": type_name,
                "EstablishmentStatus (name)": "Closed" if closed else ("Open, but proposed to close" if rng.random() < 0.01 else "Open"),
                "PhaseOfEducation (name)": phase,
                "StatutoryLowAge": str(ages[0]),
                "StatutoryHighAge": str(ages[1]),
                "Gender (name)": "Mixed" if rng.random() < 0.95 or phase != "Secondary" else rng.choice(["Girls", "Boys"]),
                "ReligiousCharacter (name)": religious,
                "NumberOfPupils": "" if closed else str(rng.randint(*pupils)),
                "OpenDate": f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(1950, 2022)}",
                "Street": f"{rng.randint(1, 120)} {rng.choice(STREETS)}",
                "Town": town,
                "Postcode": postcode(rng),
                "SchoolWebsite": "" if rng.random() < 0.1 else f"https://www.{name.lower().replace(chr(39), '').replace(',', '').replace(' ', '')[:40]}.example",
                "TelephoneNum": f"01632 {rng.randint(100000, 999999)}",
                "HeadFirstName": "" if closed else rng.choice(FIRST_NAMES),
                "HeadLastName": "" if closed else rng.choice(LAST_NAMES),
            }
            urn += 1


def main():
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writeheader()
    for row in rows():
        writer.writerow(row)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "northshire-gias.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())


if __name__ == "__main__":
    main()
