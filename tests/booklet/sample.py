"""A realistic booklet document, built by hand as the trip's views will build it: a
ten-day French trip (Rennes, Rochester, Québec, Montréal) of 42 items, seventeen
delegates, the contacts of every kind the issue lists, a hotel night after each day but
the last two (a night flight, then home), an arrival after midnight on both its days, and
the timeline of the whole delegation.

The programme, the delegation and the contacts are written as tables of ``|``-separated
fields, one line a row, so that they read as a programme does."""

from __future__ import annotations

from mission_cli.booklet.data import (
    CITY_PALETTE,
    BookletData,
    Contact,
    ContactSection,
    Day,
    Delegate,
    Item,
    TimelineData,
    TimelineRow,
)

LABELS_FR = {
    "booklet": "Carnet de route",
    "holder": "Carnet de",
    "contents": "Sommaire",
    "delegation": "La délégation",
    "col_name": "Nom",
    "col_position": "Fonction",
    "col_organization": "Organisation",
    "col_groups": "Groupes",
    "timeline": "Qui est où",
    "travel": "Trajet",
    "contacts": "Contacts",
    "col_contact": "Contact",
    "col_phone": "Téléphone",
    "col_details": "Courriel, adresse, notes",
    "programme": "Programme jour par jour",
    "col_time": "Heure",
    "col_item": "Rendez-vous",
    "col_place": "Lieu",
    "home_time": "Heure de Rennes",
    "people": "Participants",
    "meal": "Repas",
    "on_site": "Sur place",
    "carried": "suite de la veille",
    "night": "Nuit",
    "page": "page",
}

HOTELS = {
    "rochester": "The Strathallan, 550 East Avenue, Rochester, NY 14607 · +1 585 555 0170",
    "quebec": "Hôtel Le Concorde, 1225, cours du Général-De Montcalm, Québec · +1 418 555 0180",
    "montreal": "Hôtel Le Germain, 2050, rue Mansfield, Montréal · +1 514 555 0190",
}

LOCAL = "Heure locale : EDT (UTC−4) ; Rennes : +6 h"

# "# heading | note | night's hotel", then its items:
# "start | end | zone | kind | title | place | key=value | ...", "-" for no place.
PROGRAMME = f"""
# mercredi 3 avril 2024 — Rennes, Paris, New York | | rochester
06:35|08:50|CEST|Train|TGV INOUI 8602 Rennes → Aéroport CDG 2|Gare de Rennes, voie 3|people=toute la délégation
11:50|14:05|EDT|Vol|Air France AF 6, Paris-CDG → New York-JFK|Aéroport CDG, terminal 2E|notes=Enregistrement en ligne la veille ; bagage en soute de 23 kg.
17:10|18:40|EDT|Attente|Correspondance à JFK|Aéroport JFK, terminal 4
23:05|00:25|EDT|Vol|Delta DL 5679, New York-JFK → Rochester|Aéroport JFK, terminal 4|notes=Arrivée le 4 avril à 00:25.
# jeudi 4 avril 2024 — Rochester | {LOCAL} | rochester
00:25|01:00|EDT|Arrivée|Arrivée du vol DL 5679 et transfert à l'hôtel|Aéroport de Rochester (ROC)|carried=yes|contact=Chauffeur : Mike Russo, +1 585 555 0111
09:00|10:30|EDT|Réunion|Accueil officiel par le maire de Rochester|Rochester City Hall, 30 Church Street|people=élus, équipe|contact=Protocole de la Ville de Rochester, +1 585 555 0100
11:00|12:15|EDT|Visite|Greater Rochester Enterprise : l'écosystème économique|Greater Rochester Enterprise, 100 Chestnut Street
12:30|14:00|EDT|Déjeuner|Déjeuner de travail avec les partenaires économiques|Restaurant du centre-ville|meal=Déjeuner offert par la Ville de Rochester
14:30|16:30|EDT|Visite|Université de Rochester : laboratoire d'optique|500 Joseph C. Wilson Blvd|people=recherche, numérique
19:00|21:30|EDT|Dîner|Dîner de l'amitié Rennes–Rochester|George Eastman Museum, 900 East Avenue|meal=Dîner officiel, tenue de ville
# vendredi 5 avril 2024 — Rochester | {LOCAL} | rochester
08:30|10:00|EDT|Visite|Rochester Institute of Technology|1 Lomb Memorial Drive|people=numérique, startups
10:30|12:00|EDT|Réunion|Nazareth University : échanges universitaires|4245 East Avenue
12:15|13:30|EDT|Déjeuner|Déjeuner libre|-|meal=Rochester Public Market, 280 North Union Street
14:00|15:30|EDT|Visite|Rochester Public Market|280 North Union Street
16:00|17:00|EDT|Presse|Point presse|The Strathallan, salon Monroe
# samedi 6 avril 2024 — Rochester, Toronto, Québec | | quebec
07:00|07:30|EDT|Transfert|Départ de l'hôtel vers l'aéroport|The Strathallan|contact=Chauffeur : Mike Russo, +1 585 555 0111
09:40|10:45|EDT|Vol|Air Canada AC 8877, Rochester → Toronto|Aéroport de Rochester (ROC)
13:15|14:50|EDT|Vol|Air Canada AC 8826, Toronto → Québec|Aéroport Pearson, terminal 1
18:30|20:30|EDT|Dîner|Dîner d'accueil|Monastère des Augustines|meal=Monastère des Augustines, 77, rue des Remparts
# dimanche 7 avril 2024 — Québec | {LOCAL} | quebec
10:00|12:00|EDT|Visite|Visite du Vieux-Québec|Place d'Armes
14:00|17:00|EDT|Libre|Après-midi libre|-
# lundi 8 avril 2024 — Québec | {LOCAL} | quebec
09:00|10:30|EDT|Réunion|Rencontre avec le maire de Québec|Hôtel de ville de Québec, 2, rue des Jardins|people=élus, équipe
11:00|12:00|EDT|Visite|Office municipal d'habitation de Québec|OMHQ
12:15|13:45|EDT|Déjeuner|Déjeuner à l'Université Laval|2325, rue de l'Université|meal=Pavillon Alphonse-Desjardins
14:00|16:00|EDT|Conférence|Semaine numériQC : table ronde|Espace numériQC|people=numérique, startups
18:00|20:00|EDT|Réception|Réception au consulat général de France|Consulat général de France à Québec
# mardi 9 avril 2024 — Québec, Montréal | | montreal
08:30|09:45|EDT|Visite|INRS : centre Eau Terre Environnement|490, rue de la Couronne
11:30|14:49|EDT|Train|VIA Rail 24, Québec → Montréal|Gare du Palais|notes=Voiture 3, places 12 à 28.
16:00|17:30|EDT|Réunion|Scale AI : la grappe québécoise de l'IA|Scale AI, 1000, rue Saint-Antoine Ouest
19:30|21:30|EDT|Dîner|Dîner libre|-
# mercredi 10 avril 2024 — Montréal | {LOCAL} | montreal
09:00|10:30|EDT|Réunion|Ville de Montréal : coopération et innovation|Hôtel de ville de Montréal
11:00|12:30|EDT|Visite|Mila, institut québécois d'IA|6666, rue Saint-Urbain|people=numérique, recherche
12:45|14:00|EDT|Déjeuner|Déjeuner avec les entrepreneurs|Le Poool Montréal|meal=Buffet, menus végétariens et sans gluten prévus
14:30|16:30|EDT|Atelier|Atelier d'accompagnement des startups|Salle de réunion de l'hôtel
18:00|19:00|EDT|Presse|Entretien avec la presse québécoise|Hôtel Le Germain
# jeudi 11 avril 2024 — Montréal | {LOCAL} |
09:30|11:00|EDT|Réunion|Bilan de la mission|Salle de réunion de l'hôtel
11:30|12:00|EDT|Transfert|Départ de l'hôtel|Hôtel Le Germain
12:30|14:00|EDT|Déjeuner|Déjeuner libre|-
18:00|19:00|EDT|Transfert|Transfert vers l'aéroport Montréal-Trudeau|Hôtel Le Germain
21:35|10:20|EDT|Vol|Air France AF 345, Montréal → Paris-CDG|Aéroport Montréal-Trudeau|notes=Vol de nuit ; arrivée le 12 avril.
# vendredi 12 avril 2024 — Paris, Rennes | |
10:20|11:00|CEST|Arrivée|Arrivée du vol AF 345|Aéroport CDG, terminal 2E|carried=yes
13:05|15:15|CEST|Train|TGV INOUI 8631 Aéroport CDG 2 → Rennes|Gare de l'aéroport CDG 2
"""  # noqa: E501

# name | title | organization | groups
DELEGATION = """
Nathalie Appéré|Maire de Rennes, présidente de Rennes Métropole|Ville de Rennes|élus, institutionnel
Yannick Le Goff|Adjoint aux relations internationales|Rennes Métropole|élus
Claire Martin|Directrice des relations internationales|Ville de Rennes|équipe
Hugo Tremblay|Chargé de mission coopération Québec|Rennes Métropole|équipe
Sophie Le Bihan|Chargée de protocole|Ville de Rennes|équipe
Marc Guillou|Directeur de la communication|Ville de Rennes|équipe, presse
Anne Quéré|Représentante de la CCI|CCI Ille-et-Vilaine|économie
Julien Morvan|Directeur|Le Poool|économie, numérique
Élodie Rault|Chargée d'affaires|Bretagne Commerce International|économie
Thomas Nédélec|Directeur de la recherche|Université de Rennes|recherche
Inès Benali|Chercheuse en optique|CNRS, Institut Foton|recherche
Paul Le Roux|Responsable mobilité|Keolis Rennes|mobilité
Laura Guégan|Fondatrice|Startup Kerlab|startups, numérique
Karim Haddad|Fondateur|Startup Lumo|startups, numérique
Maëlle Prigent|Journaliste|Presse régionale|presse
Bertrand Colin|Interprète|Agence Lingua|équipe
Gaëlle Riou|Directrice du développement économique|Rennes Métropole|économie, institutionnel
"""

# "# section", then "name | role | phone | e-mail | address | notes", "" for none.
CONTACTS = """
# Urgences et représentation de la France
Urgences (États-Unis, Canada)||911|||
Consulat général de France à New York|Permanence consulaire|+1 212 555 0140||934 Fifth Avenue, New York, NY 10021|
Consulat général de France à Québec||+1 418 555 0141||25, rue Saint-Louis, Québec|
Consulat général de France à Montréal||+1 514 555 0142|contact@consulfrance-montreal.example||
# Assurance et permanence à Rennes
Assistance rapatriement|Assureur, contrat 2024-RI-0042|+33 1 55 55 01 43|||24 h sur 24 ; indiquer le numéro de contrat.
Cadre de permanence|Direction générale, Ville de Rennes|+33 2 23 62 10 10|permanence@rennes.example||
# Hôtes, interprètes et chauffeurs
Jennifer Clarke|Protocole, City of Rochester|+1 585 555 0100|protocol@cityofrochester.example||
Isabelle Gagnon|Relations internationales, Ville de Québec|+1 418 555 0150|||
Bertrand Colin|Interprète|+33 6 55 55 01 44|||
Mike Russo|Chauffeur, Rochester|+1 585 555 0111|||
Transport Laurentides|Autocar, Québec et Montréal|+1 418 555 0160|||Car de 25 places, chauffeur bilingue.
# Hôtels
The Strathallan|Rochester, 3–6 avril|+1 585 555 0170||550 East Avenue, Rochester, NY 14607|
Hôtel Le Concorde|Québec, 6–9 avril|+1 418 555 0180||1225, cours du Général-De Montcalm, Québec|
Hôtel Le Germain|Montréal, 9–11 avril|+1 514 555 0190||2050, rue Mansfield, Montréal|
# Lieux : contacts sur place
Rochester City Hall|Protocole de la Ville de Rochester|+1 585 555 0100||30 Church Street, Rochester, NY 14614|
Hôtel de ville de Québec|Service du protocole|+1 418 555 0150||2, rue des Jardins, Québec|
"""  # noqa: E501


def fields(line: str) -> list[str]:
    return [field.strip() for field in line.split("|")]


def shifted(hhmm: str, hours: int) -> str:
    """``hhmm`` ``hours`` later, on a 24-hour clock."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    return f"{(hour + hours) % 24:02d}:{minute:02d}"


def item(line: str) -> Item:
    """An item as the views will word it: its local span with its zone, Rennes' below."""
    start, end, zone, kind, title, *rest = fields(line)
    result: Item = {"time": f"{start}–{end} {zone}", "title": title, "kind": kind}
    if zone != "CEST":
        result["home_time"] = f"{shifted(start, 6)}–{shifted(end, 6)} CEST"
    if rest and rest[0] != "-":
        result["place"] = rest[0]
    for extra in rest[1:]:
        key, value = extra.split("=", 1)
        if key == "carried":
            result["carried"] = True
        else:
            result[key] = value  # type: ignore[literal-required]
    return result


def days() -> list[Day]:
    result: list[Day] = []
    for line in PROGRAMME.strip().splitlines():
        if line.startswith("# "):
            heading, note, night = fields(line[2:])
            result.append(
                {"heading": heading, "note": note or None, "night": HOTELS.get(night), "items": []}
            )
        else:
            result[-1]["items"].append(item(line))
    return result


def delegation() -> list[Delegate]:
    rows = [fields(line) for line in DELEGATION.strip().splitlines()]
    return [{"name": n, "title": t, "organization": o, "groups": g} for n, t, o, g in rows]


def contact(line: str) -> Contact:
    name, *values = fields(line)
    keys = ("role", "phone", "email", "address", "notes")
    row: Contact = {"name": name}
    row.update({key: value for key, value in zip(keys, values, strict=True) if value})  # type: ignore[typeddict-item]
    return row


def contacts() -> list[ContactSection]:
    result: list[ContactSection] = []
    for line in CONTACTS.strip().splitlines():
        if line.startswith("# "):
            result.append({"heading": line[2:], "rows": []})
        else:
            result[-1]["rows"].append(contact(line))
    return result


# (start, end, city) as fractions of the ten days; None: on the move
STAYS = [
    (0.0, 0.1, None),
    (0.1, 0.3, "Rochester"),
    (0.3, 0.35, None),
    (0.35, 0.6, "Québec"),
    (0.6, 0.65, None),
    (0.65, 0.9, "Montréal"),
    (0.9, 1.0, None),
]
SKIPPING_QUEBEC = [
    (0.0, 0.1, None),
    (0.1, 0.3, "Rochester"),
    (0.3, 0.34, None),
    (0.34, 0.9, "Montréal"),
    (0.9, 1.0, None),
]
DAY_LABELS = "mer. 3|jeu. 4|ven. 5|sam. 6|dim. 7|lun. 8|mar. 9|mer. 10|jeu. 11|ven. 12"


def timeline() -> TimelineData:
    rows: list[TimelineRow] = []
    for delegate in delegation():
        stays = SKIPPING_QUEBEC if "startups" in (delegate.get("groups") or "") else STAYS
        segments = [{"start": s, "end": e, "city": c} for s, e, c in stays]
        rows.append({"name": delegate["name"], "segments": segments})  # type: ignore[typeddict-item]
    cities = ["Rochester", "Québec", "Montréal"]
    return {
        "days": DAY_LABELS.split("|"),
        "cities": [{"name": n, "colour": c} for n, c in zip(cities, CITY_PALETTE, strict=False)],
        "rows": rows,
    }


def booklet(whose: str = "Délégation complète", *, with_timeline: bool = True) -> BookletData:
    """The whole delegation's booklet (with the timeline), or a delegate's (without)."""
    return {
        "lang": "fr",
        "date": "2024-03-28",
        "title": "Délégation rennaise à Rochester et au Québec",
        "subtitle": "Mission de coopération, 1er voyage de la nouvelle convention",
        "whose": whose,
        "labels": dict(LABELS_FR),
        "cover": {
            "dates": "du mercredi 3 au vendredi 12 avril 2024",
            "cities": ["Rochester", "Québec", "Montréal"],
            "issuer": "Ville de Rennes · Direction des relations internationales",
            "edition": "Version du 28 mars 2024",
            "notice": "Document à usage interne : ne pas diffuser.",
        },
        "delegation": delegation(),
        "contacts": contacts(),
        "days": days(),
        "timeline": timeline() if with_timeline else None,
    }
