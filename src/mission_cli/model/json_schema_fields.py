"""What the JSON Schema of the trip file says of each key: the kind of value it takes
(see ``json_schema.py``) and its description, from docs/trip-format.md.

A key added to a model needs a line here: the schema is not made without it.
"""

from __future__ import annotations

SECTIONS: dict[str, str] = {
    "trip": "What the trip is: its title, home zone, first and last day.",
    "groups": "Display names of groups (optional): a group needs no declaring, but a "
    "declared one is shown by its name (Élus), never as @elus.",
    "cities": "Where the trip goes: each city under a key of your choosing "
    "(rochester), with its name and time zone.",
    "venues": "Named places in those cities, each under a key of your choosing "
    "(city-hall); an event at a venue takes its city from it.",
    "delegates": "Who goes: each delegate under a key of your choosing (nappere).",
    "contacts": "Who to call during the trip (optional): embassies and consulates, emergency "
    "numbers, the insurer, the duty officer at home, hosts, interpreters, drivers. Official "
    "contacts, not personal data: shown in booklets, whereis and reports.",
    "entry": "What each country asks of those who enter it (optional), by country code (US, CA).",
    "legs": "Who stays in which city, from which day to which day.",
    "lodging": "The beds: hotels with their nights and guests (optional). With this "
    "section, mission validate checks that everyone has a bed every night.",
    "travel": "Flights, trains, buses… between cities.",
    "events": "Meetings, visits, meals.",
    "requests": "Meetings to place (optional): mission schedule finds each a time that "
    "breaks no rule of the schedule, must first, then should, then could.",
    "checks": "Thresholds of the schedule rules, and their severities; every key is optional.",
    "ignore": "Known and accepted problems: each names the rule, the ids it concerns and why.",
}

MODELS: dict[str, str] = {
    "TripInfo": "What the trip is.",
    "City": "A city of the trip.",
    "Venue": "A named place in a city.",
    "Contact": "The person on site at a venue: shown in agendas and calendars (not personal data).",
    "Group": "The display name of a group.",
    "Delegate": "A member of the delegation.",
    "Document": "A travel document: a passport, an identity card, a visa, an ESTA, an eTA or "
    "a residence permit.",
    "EntryRule": "What a country asks of those who enter it.",
    "Leg": "A stay of some delegates in a city, from one day to another (both inclusive).",
    "LegLodging": "Where a leg sleeps, a name to show (the beds that are checked are in "
    "the lodging section).",
    "Stay": "A hotel (or any bed) for some delegates, from the night of check_in to the "
    "night before check_out. It has a city or a venue.",
    "Room": "A room of a lodging and who shares it; a guest in no room has a single.",
    "Move": "A move of its passengers from one city to another.",
    "Event": "A meeting, a visit, a meal. It has a city or a venue, and either an end or a "
    "duration, never both.",
    "OfficialContact": "Someone to call during the trip. It serves a city, a whole country, or "
    "the whole trip (neither).",
    "MeetingRequest": "A meeting for mission schedule to place, with someone outside the "
    "delegation. It has a city, a venue, or an event it takes place within.",
    "Window": "When the outside party can meet, in the local time of the meeting's place.",
    "Checks": "Thresholds of the schedule rules.",
    "Ignore": "A known and accepted problem, suppressed: it is still counted and listed.",
}

_ATTENDEES = (
    "all, or a list whose items are delegate keys, @group (everyone in that group) or "
    "all, added in order; an item with a leading - takes people away (-key, -@group). "
    'Quote an @group: "@elus".'
)

FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "TripInfo": {
        "title": ("text", "The trip's title, shown on every output."),
        "home_timezone": ("zone", "Where the delegation comes from: an IANA zone name "
                          "(Europe/Paris)."),
        "start": ("date", "The first day of the trip, inclusive: YYYY-MM-DD."),
        "end": ("date", "The last day of the trip, inclusive: YYYY-MM-DD."),
        "organizer": ("text", "Who organises the trip (optional)."),
        "locale": ("keep", "The language of every output: en or fr (optional)."),
    },
    "City": {
        "name": ("text", "The city's name, as shown (Québec)."),
        "timezone": ("zone", "The city's time zone, an IANA name (America/Toronto): the "
                     "times of its events are read in it."),
        "country": ("country", "The city's country: two capital letters, ISO 3166-1 (US, "
                    "CA, FR)."),
        "location": ("location", "[latitude, longitude] in degrees, for checking travel "
                     "times (optional)."),
        "home": ("keep", "true for the delegation's own city: nobody needs a hotel there."),
    },
    "Venue": {
        "name": ("text", "The venue's name, as shown."),
        "city": ("reference", "The key of its city (under cities)."),
        "address": ("text", "Its address (optional)."),
        "capacity": ("integer", "The most people it holds, at least 1 (optional): more "
                     "attendees and guests at an event there is over-capacity."),
        "contact": ("keep", "The person on site (optional), with a name and a phone."),
    },
    "Contact": {
        "name": ("text", "The contact's name or role."),
        "phone": ("text", "The contact's phone (optional)."),
    },
    "Group": {"name": ("text", "The group's display name (Élus).")},
    "OfficialContact": {
        "name": ("text", "Who: a person, an office, a number's name (Consulat général de "
                 "France à Québec, Urgences)."),
        "role": ("keep", "organizer, duty-officer, embassy, consulate, emergency, police, "
                 "ambulance, fire, insurer, host, interpreter, driver or other."),
        "phone": ("text", "Their phone, kept as written (optional)."),
        "email": ("text", "Their e-mail (optional)."),
        "address": ("text", "Their address (optional)."),
        "city": ("reference", "The key of the city they serve (under cities; optional)."),
        "country": ("country", "Or the country they serve, ISO 3166-1 (US; optional)."),
        "hours": ("text", "When they can be reached (optional): 24/7, weekdays 9–17…"),
        "notes": ("paragraph", "Anything else (optional)."),
    },
    "Delegate": {
        "name": ("text", "The delegate's name, as shown."),
        "family_name": ("text", "Their family name as on the passport (optional): sheets for "
                        "hotels and caterers write it first, in capitals."),
        "salutation": ("text", "How a letter to them opens (optional): Madame la Maire; "
                       "used by diff --per-delegate."),
        "organization": ("text", "Their organisation (optional)."),
        "title": ("text", "Their title or role (optional)."),
        "groups": ("texts", "The groups they belong to, names of your choosing "
                   "(optional): \"@elus\" in a list of attendees means everyone in elus."),
        "email": ("text", "Their e-mail (optional; personal data)."),
        "phone": ("text", "Their phone (optional; personal data)."),
        "nationality": ("country", "Their nationality, ISO 3166-1 (FR), for entry rules "
                        "(optional; personal data)."),
        "diet": ("diet", "Their diet (optional; personal data): a need or a list of them."),
        "documents": ("keep", "Their travel documents (optional; personal data)."),
    },
    "Document": {
        "type": ("keep", "passport, id-card, visa, esta, eta or residence-permit."),
        "country": ("country", "The issuer of a passport, an identity card or a residence "
                    "permit (which stands for that country's visa); the destination of a "
                    "visa, an ESTA or an eTA (ISO 3166-1: US)."),
        "expires": ("date", "The day it expires: YYYY-MM-DD."),
        "number": ("text", "Its number (optional): only its last 3 characters are ever "
                   "shown."),
    },
    "EntryRule": {
        "requires": ("unique", "The document types it requires, each once: passport, "
                     "id-card, visa, esta, eta."),
        "passport_valid_months": ("integer", "How many months a passport must stay valid "
                                  "after leaving the country (default 0)."),
        "exempt": ("countries", "Nationalities that need only the passport (ISO 3166-1)."),
    },
    "Leg": {
        "city": ("reference", "The key of the city (under cities)."),
        "start": ("date", "The first day, inclusive: YYYY-MM-DD."),
        "end": ("date", "The last day, inclusive: YYYY-MM-DD."),
        "delegates": ("attendees", "Who stays there (default all): " + _ATTENDEES),
        "lodging": ("keep", "The name (and address) of where they sleep, to show "
                    "(optional)."),
    },
    "LegLodging": {
        "name": ("text", "Where they sleep."),
        "address": ("text", "Its address (optional)."),
    },
    "Stay": {
        "id": ("id", "A short name of your choosing, unique among events, travel and "
               "lodging: lower-case letters, digits, - and _."),
        "name": ("text", "The hotel's name."),
        "city": ("reference", "The key of its city (or give a venue)."),
        "venue": ("reference", "The key of its venue, which gives the city (or give a "
                  "city)."),
        "address": ("text", "Its address (optional)."),
        "phone": ("text", "Its phone (optional)."),
        "check_in": ("date", "The first night: YYYY-MM-DD."),
        "check_out": ("date", "The day they leave (its night is not held): YYYY-MM-DD."),
        "guests": ("attendees", "Who sleeps there (default all): " + _ATTENDEES),
        "notes": ("paragraph", "Free text (optional); may run over several lines."),
        "rooms": ("keep", "Who shares which room (optional): a list of rooms, each with a "
                  "type and its guests; a guest in no room has a single."),
        "confirmation": ("text", "The hotel's booking reference (optional): on the rooming "
                         "list."),
    },
    "Room": {
        "type": ("keep", "single, double, twin, triple or suite: a single holds 1 guest, a "
                 "double or a twin 2, a triple 3."),
        "guests": ("attendees", "Who sleeps in it, guests of its lodging: " + _ATTENDEES),
    },
    "Move": {
        "id": ("id", "A short name of your choosing, unique among events, travel and "
               "lodging: lower-case letters, digits, - and _."),
        "mode": ("keep", "flight, train, bus, car, boat or other."),
        "from": ("reference", "The key of the city it leaves from: depart is read in its "
                 "zone."),
        "to": ("reference", "The key of the city it arrives in: arrive is read in its zone."),
        "depart": ("time", "When it leaves, in the from city's local time, as printed on "
                   "the ticket: YYYY-MM-DD HH:MM."),
        "arrive": ("time", "When it arrives, in the to city's local time, as printed on the "
                   "ticket: YYYY-MM-DD HH:MM."),
        "passengers": ("attendees", "Who travels (default all): " + _ATTENDEES),
        "carrier": ("text", "The airline or company (optional)."),
        "number": ("text", "The flight or train number (optional)."),
        "notes": ("paragraph", "Free text (optional); may run over several lines."),
        "seats": ("integer", "Seats for the delegation in the vehicle, at least 1 "
                  "(optional): more passengers is over-capacity."),
    },
    "Event": {
        "id": ("id", "A short name of your choosing, unique among events, travel and "
               "lodging: lower-case letters, digits, - and _."),
        "title": ("text", "The event's title, as shown."),
        "city": ("reference", "The key of its city (or give a venue)."),
        "venue": ("reference", "The key of its venue, which gives the city (or give a "
                  "city)."),
        "start": ("time", "When it starts, in its city's local time: YYYY-MM-DD HH:MM."),
        "end": ("time", "When it ends, in its city's local time: YYYY-MM-DD HH:MM (or give "
                "a duration, never both)."),
        "duration": ("duration", "How long it lasts: 45m, 2h, 1h30 or 1h30m (or give an "
                     "end, never both)."),
        "attendees": ("attendees", "Who attends (default all): " + _ATTENDEES),
        "kind": ("text", "What kind of event it is, in free text (optional): a visit, a meeting…"),
        "notes": ("paragraph", "Free text (optional); may run over several lines."),
        "meal": ("keep", "A meal the organiser orders for the attendees (optional): "
                 "breakfast, lunch, dinner or reception."),
        "guests": ("integer", "People from outside the delegation expected too (default 0)."),
        "part_of": ("reference", "The id of the event it takes place inside (optional): a "
                    "meeting at a table of a business-to-business session. The two never "
                    "overlap, and two parts of one event never make a venue-overlap."),
    },
    "MeetingRequest": {
        "id": ("id", "A short name of your choosing, unique among events, travel, lodging "
               "and requests (the meeting mission schedule --write adds takes it too): "
               "lower-case letters, digits, - and _."),
        "title": ("text", "The meeting's title, as shown."),
        "with": ("text", "Who the delegates meet, outside the delegation: two requests with "
                 "the same party never overlap."),
        "attendees": ("people", "Who attends: " + _ATTENDEES),
        "duration": ("duration", "How long it lasts: 45m, 2h, 1h30 or 1h30m."),
        "city": ("reference", "The key of its city (or give a venue, or within)."),
        "venue": ("reference", "The key of its venue, which gives the city (or give a "
                  "city, or within)."),
        "within": ("reference", "The id of the event it takes place in, at its place and "
                   "within its times (a business-to-business session) (optional)."),
        "windows": ("keep", "When the party can meet, in the local time of the place "
                    "(optional; default: every day of the trip, from checks.day_start to "
                    "checks.day_end)."),
        "priority": ("keep", "must, should or could (default should): every must that "
                     "can be placed is, then as many should as can be, then could."),
    },
    "Window": {
        "start": ("time", "From when, local time: YYYY-MM-DD HH:MM."),
        "end": ("time", "Until when, local time: YYYY-MM-DD HH:MM."),
    },
    "Checks": {
        "transfer_minutes": ("integer", "The shortest time between events at two "
                             "different venues, in minutes (0 to 1440; default 30)."),
        "day_start": ("clock", "The earliest reasonable local start, HH:MM (default "
                      "07:00)."),
        "day_end": ("clock", "The latest reasonable local end, HH:MM (default 23:00)."),
        "max_day_hours": ("number", "The longest reasonable day for a delegate, in hours "
                          "(up to 24; default 14)."),
        "rules": ("rules", "Severities of the schedule rules, by rule name: error, warning "
                  "or off (odd-hour: off). The rules of the file cannot be changed."),
    },
    "Ignore": {
        "rule": ("rule", "The schedule rule whose problem is accepted (double-booking)."),
        "events": ("references", "Ids of the events, moves or lodgings it concerns: all of "
                   "them must be among the problem's ids (optional)."),
        "delegates": ("references", "Keys of the delegates it concerns: all of them must "
                      "be among the problem's (optional)."),
        "reason": ("paragraph", "Why the problem is accepted (required)."),
    },
}  # fmt: skip
