"""Deterministic generator of realistic but entirely synthetic clients, contacts and case notes.

`generate(n, seed=...)` yields records in the JSONL import format (a client, then its contacts, then
its notes) for demos, screenshots, load tests and search tests; every value comes from one seeded
`random.Random`, so the same seed and `today` give byte-identical output on every machine. The mix
follows the 2016 annual-report figures (Turkish 56%, Surinamese, Moroccan, Bosnian and
refugee-background clients), names are NFC Unicode with the spellings search must cope with, and
numbers pass the checks of DOMAIN.md §5 (elfproef BSNs, "1234 AB" postcodes, E.164 phones, ISO 13616
IBANs for TR and BA, RIBs for Morocco, account plus BIC for Suriname). No real person is described:
names, numbers and addresses are drawn independently, and a BSN that passes the elfproef is not
thereby an issued one.
"""

from __future__ import annotations

import datetime
import hashlib
import math
import string
import unicodedata
import uuid
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from random import Random

from consultant_app.core.domain.dates import MONTHS, add_months, add_years
from consultant_app.core.domain.vocabulary import (
    BENEFIT_TYPES,
    CHANNELS,
    CONTACT_KINDS,
    LOCATIONS,
    TOPICS,
)

__all__ = ["generate", "office", "office_figures", "LOCATIONS", "CONTACT_KINDS", "CHANNELS", "TOPICS", "BENEFIT_TYPES"]

_YEAR = 365.2425


def _nfc(*names: str) -> tuple[str, ...]:
    # Source files can be saved decomposed by an editor; the generator promises NFC regardless.
    return tuple(unicodedata.normalize("NFC", n) for n in names)


def _cum(weights: list[float] | tuple[float, ...]) -> tuple[float, ...]:
    return tuple(accumulate(weights))


# --------------------------------------------------------------------------------------- origins


@dataclass(frozen=True, slots=True)
class _Origin:
    key: str
    country: str  # ISO alpha-2 of birth, nationality and destination
    land: str  # Dutch country name, for note text
    weight: float
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    languages: tuple[str, ...]
    language_cum: tuple[float, ...]
    dual_nl: float  # share holding Dutch nationality next to their own
    permits: tuple[str, ...]
    permit_cum: tuple[float, ...]
    arrival: tuple[int, int]  # ordinal window of the migration wave
    ages: tuple[int, int]  # main age window on `today`
    destination_share: float
    dest_format: str
    dest_streets: tuple[str, ...]
    dest_cities: tuple[str, ...]
    consulates: tuple[str, ...]
    banks: tuple[tuple[str, str, str], ...]  # (code, BIC, name)
    bank_kind: str | None  # "iban-TR", "iban-BA", "rib", "sr" or None
    city_cum: tuple[float, ...]
    patronymic: bool  # children carry the father's given name as surname (ER, SO)
    born_nl: float  # share born in the Netherlands (Surinamese background)


_REGULIER = "verblijfsvergunning regulier onbepaalde tijd"
_REGULIER_BT = "verblijfsvergunning regulier bepaalde tijd"
_ASIEL = "verblijfsvergunning asiel onbepaalde tijd"
_ASIEL_BT = "verblijfsvergunning asiel bepaalde tijd"
_EU = "EU-verblijfsdocument"

# City, postcode range (4 digits), area code. The postcode range matches the city so that a demo
# address looks right to a Dutch eye; the area code keeps landlines consistent with the address.
_CITIES: tuple[tuple[str, int, int, str], ...] = (
    ("Rotterdam", 3011, 3089, "10"),
    ("Amsterdam", 1011, 1109, "20"),
    ("Den Haag", 2491, 2597, "70"),
    ("Utrecht", 3511, 3585, "30"),
    ("Eindhoven", 5611, 5658, "40"),
    ("Tilburg", 5011, 5049, "13"),
    ("Arnhem", 6811, 6846, "26"),
    ("Zaandam", 1501, 1509, "75"),
    ("Almere", 1311, 1364, "36"),
    ("Helmond", 5701, 5709, "492"),
    ("Deventer", 7411, 7431, "570"),
    ("Enschede", 7511, 7548, "53"),
    ("Schiedam", 3111, 3125, "10"),
    ("Nijmegen", 6511, 6546, "24"),
    ("Breda", 4811, 4839, "76"),
    ("Amersfoort", 3811, 3829, "33"),
    ("Dordrecht", 3311, 3319, "78"),
    ("Hengelo", 7551, 7559, "74"),
    ("Zwolle", 8011, 8049, "38"),
    ("Venlo", 5911, 5928, "77"),
    ("Haarlem", 2011, 2037, "23"),
    ("Leiden", 2311, 2334, "71"),
    ("Gouda", 2801, 2809, "182"),
    ("Groningen", 9711, 9747, "50"),
)

# The spreekuur a client would normally visit, by city (index into LOCATIONS).
_HOME_LOCATION = {
    "Eindhoven": 0, "Helmond": 0, "Venlo": 0,
    "Rotterdam": 1, "Schiedam": 1, "Dordrecht": 1, "Gouda": 1, "Den Haag": 1, "Leiden": 1,
    "Utrecht": 2, "Amersfoort": 2, "Arnhem": 2, "Nijmegen": 2, "Deventer": 2, "Zwolle": 2,
    "Enschede": 2, "Hengelo": 2, "Groningen": 2,
    "Amsterdam": 3, "Zaandam": 3, "Almere": 3, "Haarlem": 3,
    "Tilburg": 4, "Breda": 4,
}  # fmt: skip
_LOCATION_SHORT = ("Eindhoven", "Rotterdam-Zuid", "Utrecht", "Amsterdam Nieuw-West", "Tilburg",
                   "het consulaat in Rotterdam")


def _city_cum(weights: dict[str, float], default: float) -> tuple[float, ...]:
    return _cum([weights.get(c[0], default) for c in _CITIES])


_TR_CITIES = _city_cum({"Rotterdam": 14, "Amsterdam": 12, "Den Haag": 10, "Utrecht": 5,
                        "Eindhoven": 6, "Zaandam": 5, "Enschede": 5, "Tilburg": 4, "Arnhem": 4,
                        "Deventer": 4, "Hengelo": 4}, 2.5)
_SR_CITIES = _city_cum({"Amsterdam": 30, "Den Haag": 20, "Rotterdam": 18, "Almere": 12,
                        "Utrecht": 4}, 0.8)
_MA_CITIES = _city_cum({"Amsterdam": 22, "Rotterdam": 14, "Utrecht": 12, "Den Haag": 12,
                        "Gouda": 4, "Leiden": 3, "Amersfoort": 3, "Tilburg": 3, "Eindhoven": 3,
                        "Almere": 3}, 1.5)
_SPREAD_CITIES = _city_cum({"Rotterdam": 3, "Amsterdam": 3, "Den Haag": 3, "Utrecht": 3}, 2)


def _ord(y: int, m: int = 1, d: int = 1) -> int:
    return datetime.date(y, m, d).toordinal()


def _origin(key: str, country: str, land: str, weight: float, *, male: tuple[str, ...],
            female: tuple[str, ...], surnames: tuple[str, ...], languages: dict[str, float],
            dual_nl: float, permits: dict[str, float], arrival: tuple[int, int],
            ages: tuple[int, int], destination_share: float, dest_format: str,
            dest_streets: tuple[str, ...], dest_cities: tuple[str, ...],
            consulates: tuple[str, ...], banks: tuple[tuple[str, str, str], ...] = (),
            bank_kind: str | None = None, city_cum: tuple[float, ...] = _SPREAD_CITIES,
            patronymic: bool = False, born_nl: float = 0.0) -> _Origin:
    return _Origin(
        key=key, country=country, land=land, weight=weight, male=_nfc(*male),
        female=_nfc(*female), surnames=_nfc(*surnames), languages=tuple(languages),
        language_cum=_cum(list(languages.values())), dual_nl=dual_nl, permits=tuple(permits),
        permit_cum=_cum(list(permits.values())),
        arrival=(_ord(arrival[0]), _ord(arrival[1], 12, 31)), ages=ages,
        destination_share=destination_share, dest_format=dest_format,
        dest_streets=_nfc(*dest_streets), dest_cities=_nfc(*dest_cities),
        consulates=_nfc(*consulates), banks=banks, bank_kind=bank_kind, city_cum=city_cum,
        patronymic=patronymic, born_nl=born_nl,
    )


_TR_MALE = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman",
            "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep",
            "Kemal", "Şükrü", "Cengiz", "Erol", "Nihat", "Bekir", "Yaşar", "Hayri", "Celal",
            "Doğan", "Orhan", "Veli", "Şaban", "Musa", "Metin", "Kadir", "İlhan", "Işık")
_TR_FEMALE = ("Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra",
              "Sultan", "Hanife", "Gülsüm", "Hülya", "Nurten", "Songül", "Döndü", "Havva",
              "Gülizar", "Işık", "Saniye", "Naciye", "Ümmühan", "Kübra", "Esra", "Filiz", "Sevgi",
              "Şükran", "Yıldız", "Gönül", "Nazlı")
_TR_SURNAMES = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
                "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç",
                "Kurt", "Özkan", "Şimşek", "Polat", "Güler", "Erdoğan", "Korkmaz", "Akgül", "Taş",
                "Aksoy", "Bulut", "Keskin", "Ünal", "Güneş", "Işık", "Tekin", "Kocabaş", "Karakuş",
                "Uçar", "Bayram", "Sarı", "Avcı", "Gök", "Eryılmaz", "Türkmen", "Coşkun", "Ateş")

_SR_ARRIVAL = (1970, 1992)
_SR_COMMON = dict(
    languages={"nl": 1.0}, dual_nl=0.0,  # SR nationality is handled apart (no dual nationality)
    permits={_REGULIER: 88, _REGULIER_BT: 8, _EU: 4},
    arrival=_SR_ARRIVAL, ages=(50, 80), destination_share=0.45,
    dest_format="{street} {n}, {city}",
    dest_streets=("Kwattaweg", "Indira Gandhiweg", "Martin Luther Kingweg", "Gemenelandsweg",
                  "Leysweg", "Tourtonnelaan", "Anton Dragtenweg", "Wanicastraat", "Ringweg-Zuid",
                  "Sir Winston Churchillweg", "Hendrikstraat", "Tawajariweg"),
    dest_cities=("Paramaribo", "Lelydorp", "Nieuw Nickerie", "Meerzorg", "Moengo", "Domburg",
                 "Groningen (Saramacca)", "Totness", "Wageningen (Nickerie)"),
    consulates=("ambassade Paramaribo",),
    banks=(("", "SURBSRPA", "de Surinaamsche Bank"), ("", "DSBBSRPA", "de DSB Bank"),
           ("", "HAKRSRPA", "de Hakrinbank")),
    bank_kind="sr", city_cum=_SR_CITIES, born_nl=0.2,
)
_REFUGEE_PERMITS = {_ASIEL: 80, _ASIEL_BT: 20}

_ORIGINS: tuple[_Origin, ...] = (
    _origin(
        "TR", "TR", "Turkije", 56, male=_TR_MALE, female=_TR_FEMALE, surnames=_TR_SURNAMES,
        languages={"tr": 90, "nl": 10}, dual_nl=0.35,
        permits={_REGULIER: 86, _REGULIER_BT: 6, _EU: 4, _ASIEL: 4}, arrival=(1964, 1995),
        ages=(50, 80), destination_share=0.55, dest_format="{street} No {n}, {city}",
        dest_streets=("Atatürk Cad.", "Cumhuriyet Cad.", "İstiklal Cad.", "İnönü Cad.",
                      "Fevzi Çakmak Cad.", "Mimar Sinan Sok.", "Gazi Osman Paşa Cad.",
                      "Kızılırmak Sok.", "Hürriyet Cad.", "Menderes Cad.", "Çarşı Sok.",
                      "Yıldırım Beyazıt Mah. 1203. Sok.", "Fatih Mah. Gül Sok."),
        dest_cities=("Kayseri", "Konya", "Ankara", "Yozgat", "Sivas", "Afyonkarahisar", "Emirdağ",
                     "Denizli", "Kırşehir", "Eskişehir", "Bursa", "İzmir", "Trabzon", "Samsun",
                     "Gaziantep", "Antalya", "Aksaray", "Çorum", "Tokat", "Karaman", "Kütahya",
                     "Kars", "Giresun", "Şarkışla"),
        consulates=("ambassade Ankara", "consulaat-generaal Istanbul", "de muhtar van de wijk"),
        banks=(("00010", "TCZBTR2A", "Ziraat Bankası"), ("00012", "TRHBTR2A", "Halkbank"),
               ("00015", "TVBATR2A", "Vakıfbank"), ("00046", "AKBKTR2I", "Akbank"),
               ("00062", "TGBATRIS", "Garanti BBVA"), ("00064", "ISBKTRIS", "İş Bankası"),
               ("00067", "YAPITRIS", "Yapı Kredi")),
        bank_kind="iban-TR", city_cum=_TR_CITIES,
    ),
    _origin(
        "SR-H", "SR", "Suriname", 7, **_SR_COMMON,
        male=("Ramesh", "Soerin", "Radjinder", "Mahendre", "Sewkoemar", "Anand", "Dewanand",
              "Radjkoemar", "Hardeo", "Kishan", "Soenil", "Rabindre", "Ashok", "Krishna"),
        female=("Sita", "Shanti", "Radha", "Kamla", "Soemintra", "Indra", "Savitrie", "Asha",
                "Rita", "Poonam", "Sunita", "Dropatie", "Roshni", "Anita"),
        surnames=("Ramdin", "Jagessar", "Sewnath", "Soekhlal", "Ramsaran", "Mahabier",
                  "Bhagwandin", "Kalloe", "Ramlal", "Ramautar", "Baldew", "Sardjoe", "Jhinkoe",
                  "Ganpat", "Mohan", "Ramcharan", "Sital", "Jadnanansing", "Autar", "Tewari",
                  "Bissumbhar", "Doerga", "Lachmon", "Kanhai"),
    ),
    _origin(
        "SR-C", "SR", "Suriname", 5.5, **_SR_COMMON,
        male=("Ronald", "Errol", "Harold", "Frank", "Edgar", "Humphrey", "Lucien", "Stanley",
              "Hugo", "Rudi", "Armand", "Glenn", "Marcel", "Romeo", "Iwan"),
        female=("Marlene", "Ingrid", "Yvonne", "Elvira", "Carmen", "Gerda", "Hortense",
                "Wilhelmina", "Lilian", "Iris", "Jacqueline", "Sonja", "Rosita", "Ellen"),
        surnames=("Pinas", "Wijngaarde", "Esajas", "Sedney", "Vanenburg", "Blijd", "Brunings",
                  "Doelwijt", "Vlijter", "Lont", "Nelom", "Sabajo", "Amatstam", "Macnack",
                  "Tjin-A-Ton", "Kross", "Menig", "Dundas", "Pengel", "Bendt"),
    ),
    _origin(
        "SR-J", "SR", "Suriname", 2.5, **_SR_COMMON,
        male=("Wagiman", "Sarmo", "Soeparman", "Kasan", "Djoko", "Paimin", "Soekirman", "Moenir",
              "Slamet", "Soewarno"),
        female=("Sitie", "Woerijati", "Soemiati", "Painem", "Tini", "Roesmini", "Soeminah",
                "Kasmirah", "Partini", "Wagini"),
        surnames=("Kartosen", "Kromodimedjo", "Soemita", "Karijodikromo", "Wongsodikromo",
                  "Atmodikoro", "Setrosentono", "Pawirodihardjo", "Kartoredjo", "Sastrodimedjo",
                  "Wirjosentono", "Amatdjais"),
    ),
    _origin(
        "MA", "MA", "Marokko", 12,
        male=("Mohammed", "Mohamed", "Ahmed", "Abdelkader", "Mustapha", "Driss", "Hassan",
              "Abdellah", "Brahim", "Omar", "Rachid", "Abdelaziz", "Lahcen", "Mimoun", "Youssef",
              "Said", "Hamid", "Abderrahim", "Mohand", "Khalid", "Abdeslam", "Hamou"),
        female=("Fatima", "Fatima Zahra", "Khadija", "Aicha", "Malika", "Rachida", "Naima",
                "Zohra", "Fadma", "Hafida", "Latifa", "Mina", "Yamna", "Touria", "Saida",
                "Habiba", "Rahma", "Mimouna", "Zoubida"),
        surnames=("El Amrani", "El-Amrani", "Ouali", "Bouzid", "Benali", "Ait Taleb",
                  "El Idrissi", "Boukhari", "Azzouzi", "El Khattabi", "Amrani", "Bouchtaoui",
                  "Ouahabi", "Belhaj", "Haddouchi", "Tahiri", "Achahbar", "El Ouardi", "Bakkali",
                  "Ait Ali", "Ben Ahmed", "Ziani", "Aarab", "Bouzidi", "Marzouki", "El Hamdaoui",
                  "Chaouch", "El Messaoudi", "Ait Ouaziz"),
        languages={"ber": 55, "ar": 33, "nl": 12}, dual_nl=0.55,
        permits={_REGULIER: 88, _REGULIER_BT: 6, _EU: 6}, arrival=(1965, 1995), ages=(50, 80),
        destination_share=0.5, dest_format="{n}, {street}, {city}",
        dest_streets=("Rue Ibn Battouta", "Avenue Mohammed V", "Rue Al Massira",
                      "Boulevard Hassan II", "Rue Youssef Ben Tachfine", "Rue Tarik Ibn Ziad",
                      "Avenue des FAR", "Rue Moulay Ismail", "Hay Al Matar, Rue 14",
                      "Derb Sidi Ali"),
        dest_cities=("Nador", "Al Hoceima", "Tanger", "Berkane", "Oujda", "Casablanca", "Rabat",
                     "Tétouan", "Driouch", "Midar", "Fès", "Agadir", "Imzouren", "Zaio"),
        consulates=("consulaat Rabat", "ambassade Rabat", "consulaat-generaal Casablanca"),
        banks=(("007", "BCMAMAMC", "Attijariwafa bank"), ("011", "BMCEMAMC", "Bank of Africa"),
               ("145", "BCPOMAMC", "Banque Populaire"), ("013", "BMCIMAMC", "BMCI"),
               ("022", "SGMBMAMC", "Société Générale Maroc"), ("350", "ABBMMAMC", "Al Barid Bank")),
        bank_kind="rib", city_cum=_MA_CITIES,
    ),
    _origin(
        "BA", "BA", "Bosnië en Herzegovina", 5,
        male=("Emir", "Mirsad", "Senad", "Edin", "Adnan", "Nermin", "Samir", "Mehmed", "Hasan",
              "Husein", "Safet", "Muharem", "Zlatan", "Enver", "Hajrudin", "Dragan", "Goran",
              "Nikola", "Stjepan", "Zoran", "Željko"),
        female=("Selma", "Amra", "Emina", "Azra", "Mirsada", "Fatima", "Sabina", "Senada",
                "Jasmina", "Vesna", "Snježana", "Milica", "Hajra", "Đula", "Zineta", "Ljiljana",
                "Mersiha"),
        surnames=("Hodžić", "Begić", "Mehmedović", "Kovačević", "Hadžić", "Delić", "Husić",
                  "Omerović", "Šehić", "Alić", "Hasanović", "Mujić", "Karić", "Babić", "Jukić",
                  "Marić", "Petrović", "Jovanović", "Đurić", "Čaušević", "Bešić", "Salihović",
                  "Ibrahimović", "Nikolić", "Popović", "Mustafić", "Džafić", "Ćatić"),
        languages={"bs": 88, "nl": 12}, dual_nl=0.45,
        permits={_ASIEL: 50, _REGULIER: 40, _ASIEL_BT: 5, _EU: 5}, arrival=(1992, 2000),
        ages=(50, 78), destination_share=0.4, dest_format="{street} {n}, {city}",
        dest_streets=("Ulica Maršala Tita", "Ferhadija", "Zmaja od Bosne",
                      "Bulevar Meše Selimovića", "Ulica Branilaca", "Kralja Tvrtka", "Titova",
                      "Ulica Hasana Kikića", "Bosanska"),
        dest_cities=("Sarajevo", "Tuzla", "Zenica", "Bihać", "Mostar", "Banja Luka", "Prijedor",
                     "Sanski Most", "Velika Kladuša", "Brčko", "Travnik", "Doboj", "Gradačac"),
        consulates=("ambassade Sarajevo",),
        banks=(("338", "UNCRBA22", "UniCredit Bank"), ("161", "RZBABA2S", "Raiffeisen Bank"),
               ("154", "ASBBBA22", "Intesa Sanpaolo Banka"), ("199", "ABSBBA22", "Sparkasse Bank")),
        bank_kind="iban-BA",
    ),
    _origin(
        "ER", "ER", "Eritrea", 3,
        male=("Tesfay", "Haile", "Yonas", "Mehari", "Tekle", "Berhane", "Kidane", "Gebremedhin",
              "Dawit", "Amanuel", "Filmon", "Yohannes"),
        female=("Selam", "Senait", "Azieb", "Helen", "Mebrat", "Letekidan", "Saba", "Tsega",
                "Ruta", "Freweini", "Abrehet"),
        surnames=("Tesfay", "Haile", "Gebremariam", "Tekle", "Kidane", "Habtom", "Ghebreyesus",
                  "Weldemichael", "Berhe", "Tesfamariam", "Ghebremedhin", "Asmerom"),
        languages={"ti": 90, "nl": 10}, dual_nl=0.4, permits=_REFUGEE_PERMITS,
        arrival=(1998, 2016), ages=(45, 72), destination_share=0.15,
        dest_format="{street} {n}, {city}",
        dest_streets=("Harnet Avenue", "Sematat Avenue", "Denden Street", "Mai Bela Street"),
        dest_cities=("Asmara", "Keren", "Mendefera", "Massawa", "Dekemhare", "Adi Keyh"),
        consulates=("ambassade Addis Abeba",), patronymic=True,
    ),
    _origin(
        "SY", "SY", "Syrië", 3,
        male=("Ahmad", "Mohammad", "Khaled", "Omar", "Abdulrahman", "Yaser", "Fadi", "Samer",
              "Mahmoud", "Walid", "Bassam", "Ziad", "Nabil"),
        female=("Rania", "Hala", "Maha", "Lina", "Reem", "Nour", "Ghada", "Huda", "Sawsan",
                "Rasha", "Amal"),
        surnames=("Al-Hassan", "Al-Ahmad", "Haddad", "Khalil", "Al-Khatib", "Darwish", "Al-Masri",
                  "Hamdan", "Sabbagh", "Al-Halabi", "Al-Ali", "Kassab", "Shami", "Jabbour"),
        languages={"ar": 92, "nl": 8}, dual_nl=0.2, permits=_REFUGEE_PERMITS,
        arrival=(2013, 2017), ages=(45, 72), destination_share=0.1,
        dest_format="{street} {n}, {city}",
        dest_streets=("Baghdad Street", "Al-Thawra Street", "Al-Jalaa Street", "Al-Nasr Street",
                      "Hamra Street"),
        dest_cities=("Damascus", "Aleppo", "Homs", "Latakia", "Hama", "Qamishli", "Tartus"),
        consulates=("ambassade Beiroet",),
    ),
    _origin(
        "AF", "AF", "Afghanistan", 2,
        male=("Ahmad Shah", "Mohammad Nabi", "Gul Agha", "Abdul Wahid", "Naseer", "Farid",
              "Habibullah", "Abdul Qadir", "Zalmai", "Rahmatullah", "Mirwais"),
        female=("Fariba", "Zahra", "Shakila", "Nasrin", "Parwin", "Gulalai", "Mariam", "Roya",
                "Shabnam", "Nafisa", "Laila"),
        surnames=("Rahimi", "Noori", "Ahmadi", "Karimi", "Hashimi", "Sultani", "Popal", "Wardak",
                  "Rezaei", "Amiri", "Hakimi", "Sadat", "Azizi", "Stanekzai", "Mohammadi"),
        languages={"fa": 90, "nl": 10}, dual_nl=0.55, permits=_REFUGEE_PERMITS,
        arrival=(1995, 2005), ages=(45, 75), destination_share=0.1,
        dest_format="{street} {n}, {city}",
        dest_streets=("Darul Aman Road", "Jadayi Maiwand", "Shahr-e Naw Street", "Salang Watt",
                      "Bagh-e Bala Road"),
        dest_cities=("Kabul", "Herat", "Mazar-i-Sharif", "Jalalabad", "Kandahar", "Ghazni"),
        consulates=("ambassade Islamabad",),
    ),
    _origin(
        "IQ", "IQ", "Irak", 2,
        male=("Ali", "Haider", "Hussein", "Abbas", "Karim", "Salam", "Mustafa", "Jabbar",
              "Kadhim", "Falah", "Qasim", "Dler", "Rebwar"),
        female=("Zainab", "Suad", "Amal", "Nadia", "Iman", "Huda", "Sana", "Shirin", "Nasreen",
                "Layla"),
        surnames=("Al-Jubouri", "Al-Obaidi", "Kadhim", "Al-Saadi", "Jassim", "Hamid", "Mahmoud",
                  "Al-Tamimi", "Al-Rubaie", "Ahmed", "Rasul", "Aziz", "Abdullah", "Al-Dulaimi"),
        languages={"ar": 90, "nl": 10}, dual_nl=0.5, permits=_REFUGEE_PERMITS,
        arrival=(1995, 2008), ages=(45, 75), destination_share=0.2,
        dest_format="{street} {n}, {city}",
        dest_streets=("Al-Rasheed Street", "Palestine Street", "Al-Mutanabbi Street",
                      "60 Meter Street", "Gulan Street"),
        dest_cities=("Baghdad", "Erbil", "Sulaymaniyah", "Basra", "Mosul", "Duhok", "Kirkuk"),
        consulates=("ambassade Bagdad", "consulaat-generaal Erbil"),
    ),
    _origin(
        "SO", "SO", "Somalië", 2,
        male=("Abdi", "Mohamed", "Abdirahman", "Hassan", "Ismail", "Yusuf", "Abdullahi", "Ahmed",
              "Omar", "Mahad", "Liban", "Bashir"),
        female=("Hodan", "Faduma", "Amina", "Sahra", "Ifrah", "Hawa", "Khadra", "Ubah", "Ayaan",
                "Nimco", "Hibo", "Maryan"),
        surnames=("Warsame", "Abdi", "Farah", "Hussein", "Omar", "Ali", "Jama", "Egal", "Osman",
                  "Nur", "Mohamud", "Abdullahi", "Duale", "Hersi", "Aden"),
        languages={"so": 88, "nl": 12}, dual_nl=0.5, permits=_REFUGEE_PERMITS,
        arrival=(1990, 2005), ages=(45, 75), destination_share=0.15,
        dest_format="{street} {n}, {city}",
        dest_streets=("Maka al-Mukarama Road", "Wadnaha Road", "Via Roma", "Jidka Warshadaha"),
        dest_cities=("Mogadishu", "Hargeisa", "Kismayo", "Garowe", "Baidoa", "Beledweyne"),
        consulates=("ambassade Nairobi",), patronymic=True,
    ),
)
_ORIGIN_CUM = _cum([o.weight for o in _ORIGINS])
_ORIGIN_BY_KEY = {o.key: o for o in _ORIGINS}

# Always among the first 50 clients: the spellings whose search folding is demonstrated.
_SPECIALS: tuple[tuple[str, str | None, str, bool | None], ...] = (
    ("TR", "Işık", "Öztürk", False),
    ("TR", None, "Yılmaz", None),
    ("MA", None, "El Amrani", None),
    ("MA", None, "El-Amrani", None),
)

# ----------------------------------------------------------------------------- Dutch addresses

_STREET_STEMS = _nfc(
    "Molen", "Kerk", "Linden", "Eiken", "Beuken", "Wilhelmina", "Juliana", "Oranje",
    "Prins Hendrik", "Van Heutsz", "Tulp", "Rozen", "Seringen", "Spoor", "Dorps", "Dijk", "Vaart",
    "Haven", "Schubert", "Mozart", "Rembrandt", "Vondel", "Bilderdijk", "Da Costa", "Multatuli",
    "Marnix", "Admiraal de Ruijter", "Piet Hein", "Van Speijk", "Burgemeester de With",
    "Pieter de Hooch", "Jan Steen", "Kastanje", "Berken", "Esdoorn", "Akker", "Hof", "Kanaal",
    "Stations", "Kamperfoelie", "Hyacinten", "Narcissen", "Merel", "Lijster", "Zwaluw",
    "Reiger", "Ooievaar", "Graaf Florens", "Hugo de Groot", "Thorbecke", "Johan de Witt",
    "Marconi", "Edison", "Volta", "Kepler", "Tasman", "Columbus", "Hudson",
)
_STREET_SUFFIXES = ("straat", "straat", "straat", "laan", "laan", "weg", "plein", "kade", "singel",
                    "hof", "dreef")
_STREET_EXTRA = _nfc("Afrikaanderplein", "Pretorialaan", "Kruiskade", "Mathenesserlaan",
                     "Slotermeerlaan", "Osdorpplein", "Bos en Lommerweg", "Kanaleneiland-Zuid",
                     "Transvaalkade", "Woensel-Noord", "Piet Heinstraat", "Lombokstraat")
_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"  # F, I, O, Q, U and Y are not issued
_EMAIL_DOMAINS = ("hotmail.com", "gmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl",
                  "hotmail.nl", "planet.nl")
_FOLD = str.maketrans({"ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ß": "ss"})

# ----------------------------------------------------------------------------------- note text

_MONTHS = MONTHS["nl"]
_LANGUAGE_NAMES = {"nl": "Nederlands", "tr": "Turks", "ar": "Arabisch", "ber": "Tamazight",
                   "bs": "Bosnisch", "ti": "Tigrinya", "fa": "Dari", "so": "Somalisch"}
_INTERPRETER_RATE = {"nl": 0.0, "tr": 0.15, "ar": 0.35, "ber": 0.5, "bs": 0.35, "ti": 0.7,
                     "fa": 0.6, "so": 0.6}

_POOLS: dict[str, tuple[str, ...]] = {
    "seizoen": ("voorjaar", "najaar", "de zomer", "de winter"),
    "maand": _MONTHS,
    "datum": tuple(f"{d} {m}" for m in _MONTHS for d in range(1, 29)),
    "document": ("paspoort", "verblijfsvergunning", "identiteitskaart", "paspoort van de partner",
                 "verblijfsdocument", "oude paspoort"),
    "document2": ("verblijfsvergunning", "trouwakte", "geboorteakte", "uittreksel BRP",
                  "jaaropgave van de uitkering", "beschikking van het UWV", "bankafschrift",
                  "huurcontract", "zorgpolis", "pensioenoverzicht", "DigiD-brief",
                  "brief van de SVB", "toelatingsbewijs", "afstandsverklaring",
                  "uittreksel van de Kamer van Koophandel", "echtscheidingsakte"),
    "verwijzing": tuple(
        [f"het UWV voor beëindiging {b} per vertrekdatum" for b in ("WIA", "WAO", "WW",
                                                                  "Wajong", "IOW")]
        + ["de sociale dienst voor beëindiging van de bijstand per vertrekdatum",
           "de Belastingdienst voor het M-biljet",
           "het CAK voor de zorgverzekering in het buitenland",
           "de IND voor een aanvraag tot wedertoelating", "de SVB voor de aanvraag",
           "het Juridisch Loket voor advies over de schulden", "de schuldhulpverlening",
           "de woningcorporatie voor de huuropzegging", "de pensioenuitvoerder voor een opgave",
           "de huisarts voor een medische verklaring", "de gemeente voor de afstandsverklaring",
           "het sociaal raadsliedenwerk voor hulp bij formulieren",
           "de Belastingdienst voor het stopzetten van de toeslagen"]),
    "instantie": ("de SVB", "het UWV", "de IND", "de Belastingdienst", "het CAK",
                  "de sociale dienst", "het consulaat", "de woningcorporatie",
                  "de pensioenuitvoerder", "Mijn toeslagen"),
    "kwestie": ("de status van de aanvraag", "een ontbrekend document",
                "de ingangsdatum van de uitkering", "een terugvordering",
                "de hoogte van de uitkering", "de vertrekdatum",
                "de zorgverzekering in het buitenland",
                "het adres in het buitenland", "een betaling die niet is ontvangen",
                "de jaaropgave"),
    "toeslag": ("Zorgtoeslag", "Huurtoeslag", "Zorgtoeslag en huurtoeslag", "Kindgebonden budget"),
    "hulp": ("de belastingwinkel", "een zoon", "een dochter", "het sociaal raadsliedenwerk",
             "een vrijwilliger van de moskee", "een vrijwilliger van de kerk",
             "een neef in Nederland", "de Belastingdienst-balie"),
    "corporatie": ("Woonbron", "Havensteder", "Ymere", "Eigen Haard", "Trudo", "Woonbedrijf",
                   "Staedion", "Mitros", "Portaal", "Vivare", "Haag Wonen", "De Alliantie"),
    "pensioenfonds": ("ABP", "PFZW", "PMT", "PME", "bpfBOUW", "het Philips Pensioenfonds",
                      "Pensioenfonds Vervoer", "StiPP", "BPL Pensioen", "Pensioenfonds Horeca"),
    "familie": ("de kleinkinderen", "een dochter met jonge kinderen", "een zieke zus",
                "een zoon met een beperking", "de schoonmoeder", "een kleinkind dat bij hen woont"),
    "zorg": ("de kosten van medicijnen", "de afstand tot het ziekenhuis", "de dialyse",
             "de controle bij de cardioloog", "de zorgverzekering", "de insuline",
             "de fysiotherapie", "de oogarts"),
    "vraag": ("de hoogte van de remigratie-uitkering", "de verhuiskosten",
              "de export van de AOW", "de Anw na overlijden van de partner",
              "de zorgverzekering via het CAK", "terugkeer binnen een jaar",
              "afstand van de Nederlandse nationaliteit", "de meldplicht bij wijzigingen",
              "de kinderbijslag na vertrek", "het aanvullend pensioen",
              "de belasting over de uitkering in het buitenland"),
    "schuldeiser": ("de Belastingdienst", "het CJIB", "de gemeente", "DUO", "het UWV",
                    "de SVB", "Toeslagen"),
    "regeling": ("loopt", "wordt aangevraagd", "is afgewezen", "is afgerond",
                 "moet nog worden getekend"),
    "bedrag": tuple(f"{n:,}".replace(",", ".") for n in range(150, 15000, 233)),
    "uitkering": BENEFIT_TYPES,
    "jurist": ("het Juridisch Loket", "een advocaat familierecht",
               "de Raad voor de Kinderbescherming"),
}


def _templates(*formats: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    # Parse the placeholders once, so filling a template is a dict build and one format_map.
    parse = string.Formatter().parse
    return tuple((unicodedata.normalize("NFC", f), tuple(n for _, n, _, _ in parse(f) if n))
                 for f in formats)


_T_GENERAL = _templates(
    "Kopie {document} en {document2} ontvangen.",
    "Uitleg gegeven over de 12-maandenregel en de AOW-korting.",
    "Uitleg gegeven over de verrekening van de {uitkering} met de remigratie-uitkering.",
    "Doorverwezen naar {verwijzing}.",
    "Afspraak gemaakt voor {datum} op het spreekuur in {spreekuurplaats}.",
    "DigiD aangevraagd; de activeringscode komt binnen vijf werkdagen per post.",
    "DigiD werkt niet meer; samen een nieuwe aanvraag gedaan.",
    "Aanvraagformulier van de SVB samen ingevuld; nog nodig: {document2}.",
    "Brief van de SVB van {datum} samen doorgenomen en uitgelegd.",
    "Telefonisch contact met {instantie} over {kwestie}; antwoord verwacht in {maand}.",
    "Vertrek gepland rond {maand} {jaar}; afgesproken pas vijf dagen voor vertrek uit te "
    "schrijven bij {gemeente}.",
    "{toeslag} per vertrekdatum stopgezet via Mijn toeslagen.",
    "M-biljet {jaar} besproken; cliënt laat de aangifte doen via {hulp}.",
    "Huur opgezegd bij {corporatie} per 1 {maand}.",
    "Pensioen bij {pensioenfonds} loopt door na vertrek; opgave voor uitbetaling in het "
    "buitenland aangevraagd.",
    "Cliënt vraagt of de {uitkering} ook in {land} wordt uitbetaald.",
    "Informatie op papier meegegeven in het {taalnaam}.",
    "Medische verklaring van de huisarts ontvangen en aan het dossier toegevoegd.",
    "Cliënt twijfelt over terugkeer vanwege {familie} in Nederland.",
    "Cliënt maakt zich zorgen over {zorg} in {land}.",
    "Vraag over {vraag}; uitgezocht en teruggebeld op {datum}.",
    "Cliënt komt op het volgende spreekuur terug met {document2}.",
    "Uitgelegd dat de SVB sinds 1 januari 2025 geen nieuwe aanvragen meer aanneemt; nazorg "
    "blijft mogelijk.",
    "Wijzigingen moeten binnen zes weken aan de SVB worden gemeld; dat nog eens benadrukt.",
    "Cliënt wil eerst met de familie in {stad} overleggen en belt in {maand} terug.",
    "Na vertrek moet het hele huishouden binnen zes maanden vertrokken zijn; uitgelegd.",
    "Afspraak verzet naar {datum} wegens ziekenhuisopname.",
    "Cliënt niet verschenen op de afspraak; gebeld en nieuwe afspraak gemaakt voor {datum}.",
)
_T_DESTINATION = _templates(
    "Cliënt wil in het {seizoen} terug naar {stad}.",
    "Woning in {stad} wordt opgeknapt; vertrek waarschijnlijk in {maand}.",
    "Adres in {stad} genoteerd voor de aanvraag.",
    "Verhuizing van de inboedel naar {stad} besproken; offerte van een verhuisbedrijf gevraagd.",
)
_T_BENEFIT = _templates(
    "Sinds {sindsjaar} {uitkering}; de aaneengesloten periode van 12 maanden is aangetoond.",
    "Jaaropgave {uitkering} {jaar} ontvangen en gekopieerd.",
    "Doorverwezen naar {verwijzing}.",
)
_T_ARRIVAL = _templates(
    "Uitleg gegeven over de eis van acht jaar rechtmatig verblijf; cliënt woont sinds "
    "{aankomstjaar} in Nederland.",
    "Aankomstdatum {aankomstjaar} gecontroleerd in het uittreksel BRP.",
)
_T_PARTNER = _templates(
    "Cliënt wil in het {seizoen} terug naar {stad}; {partnerrol} twijfelt nog.",
    "{Partnerrol} gaat niet mee; uitgelegd dat een samenwonende partner mee moet verhuizen.",
    "Kopie paspoort van de {partnerrol} ontvangen.",
    "{Partnerrol} woont al in {land}; levensbewijs en huwelijksakte nodig.",
    "Huisbezoek: cliënt is slecht ter been, de {partnerrol} regelt de post.",
    "Gesprek samen met de {partnerrol}; beiden willen in {maand} {jaar} vertrekken.",
)
_T_MINOR = _templates(
    "{Kind} ({leeftijd}) gaat mee; inschrijving op een school in {stad} besproken.",
    "Vraag over voogdij voor de {kind} als die in Nederland blijft; verwezen naar {jurist}.",
    "Kinderbijslag voor de {kind} stopt bij vertrek; uitleg gegeven.",
    "Schoolverklaring van de {kind} opgevraagd voor de aanvraag.",
)
_T_DEBT = _templates(
    "Schuld bij {schuldeiser} van ongeveer € {bedrag}; betalingsregeling {regeling}.",
    "Uitgelegd dat een aanvraag pas kan met een betalingsregeling voor de schuld bij "
    "{schuldeiser}.",
    "Doorverwezen naar de schuldhulpverlening van {gemeente}.",
)
_T_DEPARTED = _templates(
    "Levensbewijs {jaar} via {consulaat} verstuurd.",
    "Cliënt meldt vanuit {stad} dat de uitkering van {maand} nog niet is ontvangen.",
    "Nieuw adres in {land} binnen zes weken doorgegeven aan de SVB.",
    "Cliënt belt vanuit {land} over de zorgverzekering; verwezen naar het CAK.",
    "Cliënt overweegt terugkeer naar Nederland; uitgelegd dat wedertoelating via de IND kan maar "
    "de remigratie-uitkering dan vervalt.",
    "Jaaropgave {jaar} van de SVB doorgestuurd naar {stad}.",
    "Vraag van de familie in {stad} over de uitbetaling in {maand}; SVB gebeld.",
)
_T_BANK = _templates(
    "Rekeningnummer bij {bank} gecontroleerd en genoteerd.",
    "Bankgegevens van {bank} voor de aanvraag overgenomen van het bankafschrift.",
)
_T_ORIGIN = {
    "TR": _templates(
        "Uittreksel uit het Turkse bevolkingsregister (nüfus kayıt örneği) ontvangen.",
        "Vraag over de Turkse SGK-verzekering na vertrek; verwezen naar het CAK.",
        "Kopie van de Turkse identiteitskaart ontvangen.",
        "Afspraak bij het consulaat-generaal in Rotterdam voor legalisatie van de trouwakte.",
        "Uitgelegd dat Turkije een verdragsland is; het CAK regelt de zorgverzekering.",
    ),
    "MA": _templates(
        "Acte de naissance uit {stad} ontvangen en laten vertalen.",
        "Uitleg over het verdrag met Marokko voor de zorgverzekering.",
        "Cliënt vraagt of de RIB bij {bank} voldoende is; uitgelegd dat een IBAN niet nodig is.",
        "Uittreksel uit het Marokkaanse register (état civil) opgevraagd via de familie.",
    ),
    "SR": _templates(
        "Uitgelegd dat de SVB uitbetaalt op een Surinaamse rekening met BIC; een IBAN is niet "
        "nodig.",
        "Cliënt regelt een woning in {stad} via familie.",
        "Vraag over de AOW-korting voor de jaren in Suriname vóór aankomst.",
        "Uitleg over de zorgverzekering in Suriname; SVB betaalt een tegemoetkoming.",
    ),
    "BA": _templates(
        "Uitleg over het verdrag met Bosnië en Herzegovina voor de zorgverzekering.",
        "Cliënt vraagt naar de herbouw van het ouderlijk huis in {stad}.",
        "Uittreksel uit het geboorteregister (izvod iz matične knjige rođenih) ontvangen.",
    ),
    "REF": _templates(
        "Uitgelegd dat terugkeer alleen mogelijk is naar {land}, het land van herkomst.",
        "Toelatingsbewijs voor {land} besproken.",
        "Cliënt maakt zich zorgen over de veiligheid in {stad}; geen besluit genomen.",
        "Gevolgen van terugkeer voor de asielvergunning uitgelegd; cliënt denkt erover na.",
    ),
}

_KIND_FIRST = (("intake", "informatie", "groepsvoorlichting"), _cum((75, 15, 10)))
_KIND_LATER = (("uitgebreide_begeleiding", "informatie", "groepsvoorlichting"), _cum((60, 32, 8)))
_KIND_ABROAD = (("nazorg", "reeds_geremigreerd"), _cum((55, 45)))
_CHANNEL_HOME = (("spreekuur", "telefoon", "e-mail", "huisbezoek"), _cum((65, 20, 8, 7)))
_CHANNEL_ABROAD = (("telefoon", "buitenland", "e-mail"), _cum((50, 30, 20)))
_TOPIC_CUM = _cum((12, 30, 20, 14, 2, 6, 12, 2))  # in TOPICS order
_BENEFIT_YOUNG = (("WIA", "WAO", "WW", "Participatiewet", "Anw", "Wajong", "IOW"),
                  _cum((22, 16, 10, 30, 6, 3, 6)))


def _weighted(options: tuple[tuple[str, ...], tuple[float, ...]], rnd) -> str:
    values, cum = options
    return values[bisect(cum, rnd() * cum[-1])]


# Who pays which benefit: the SVB the national insurances, UWV the employee insurances and
# Wajong, the municipality of residence the Participatiewet (bijstand, AIO top-up).
_PAYERS = {"AOW": "SVB", "Anw": "SVB", "WAO": "UWV", "WIA": "UWV", "WW": "UWV", "Wajong": "UWV",
           "IOW": "UWV"}


def _payer(kind: str, city: str | None) -> str:
    return _PAYERS.get(kind) or (f"gemeente {city}" if city else "gemeente")


def _iban(country: str, bban: str) -> str:
    """ISO 13616: move the country code and "00" behind the BBAN, letters to numbers, mod 97."""
    digits = "".join(str(int(c, 36)) for c in bban + country) + "00"
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _uuid(rng: Random, salt: bytes) -> str:
    # The draw is always made, so the salt changes the ids and nothing else.
    bits = rng.getrandbits(128)
    if salt:
        digest = hashlib.sha256(salt + bits.to_bytes(16, "big")).digest()
        bits = int.from_bytes(digest[:16], "big")
    return str(uuid.UUID(int=bits, version=4))


def _poisson(lam: float, rnd) -> int:
    if lam <= 0:
        return 0
    if lam > 30:  # Knuth's method underflows; the normal approximation is plenty for demo data
        return max(0, round(lam + math.sqrt(lam) * math.sqrt(-2 * math.log(1 - rnd()))
                            * math.cos(2 * math.pi * rnd())))
    limit, k, p = math.exp(-lam), 0, rnd()
    while p > limit:
        k += 1
        p *= rnd()
    return k


# ------------------------------------------------------------------------------------ generator


class _Generator:
    def __init__(self, seed: int, today: datetime.date, id_salt: str = ""):
        self.rng = Random(seed)
        self.id_salt = id_salt.encode()
        self.rnd = self.rng.random
        self.today = today
        self.today_ord = today.toordinal()
        self.bsns: set[str] = set()  # no two synthetic people share a BSN, as in the real register
        self.fold_cache: dict[str, str] = {}
        y = today.year
        self.pools = dict(_POOLS, jaar=(str(y - 1), str(y), str(y), str(y + 1)))

    # small helpers; int(rnd() * n) beats rng.choice by a factor of three on this hot path
    def pick(self, seq):
        return seq[int(self.rnd() * len(seq))]

    def between(self, lo: int, hi: int) -> int:
        return lo if hi <= lo else lo + int(self.rnd() * (hi - lo + 1))

    def digits(self, n: int) -> str:
        return f"{self.rng.getrandbits(4 * n + 8) % 10**n:0{n}d}"

    def uuid(self) -> str:
        return _uuid(self.rng, self.id_salt)

    def bsn(self) -> str:
        rnd = self.rnd
        while True:
            # Issued numbers mostly start with 1..6; old SoFi numbers with 8 digits get a leading 0.
            body = f"{int(rnd() * 9_000_000) + 1_000_000:08d}" if rnd() < 0.05 else \
                f"{int(rnd() * 60_000_000) + 10_000_000}"
            total = sum(int(d) * w for d, w in zip(body, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
            last = total % 11  # the only digit d with (total - d) % 11 == 0, if it is one digit
            if last == 10:
                continue
            bsn = body + str(last)
            if bsn not in self.bsns:
                self.bsns.add(bsn)
                return bsn

    def postcode(self, lo: int, hi: int) -> str:
        while True:
            pair = self.pick(_POSTCODE_LETTERS) + self.pick(_POSTCODE_LETTERS)
            if pair not in ("SA", "SD", "SS"):  # not issued (DOMAIN.md §5)
                return f"{self.between(lo, hi)} {pair}"

    def house_number(self) -> str:
        r, n = self.rnd(), 1 + int(self.rnd() ** 2 * 180)
        if r < 0.78:
            return str(n)
        if r < 0.9:
            return f"{n} {self.pick('ABCD')}"
        if r < 0.95:
            return f"{n}-bis"
        return f"{n}-{self.pick(('I', 'II', 'III', 'hs', '1', '2'))}"

    def street(self) -> str:
        if self.rnd() < 0.08:
            return self.pick(_STREET_EXTRA)
        return self.pick(_STREET_STEMS) + self.pick(_STREET_SUFFIXES)

    def phone(self, area: str) -> str:
        if self.rnd() < 0.7:
            return f"+316{int(self.rnd() * 50_000_000) + 10_000_000}"
        # A Dutch number has 9 digits after +31: area code plus subscriber number.
        rest = 9 - len(area)
        return f"+31{area}{int(self.rnd() * 8 * 10 ** (rest - 1)) + 2 * 10 ** (rest - 1)}"

    def email(self, given: str, surname: str) -> str:
        def fold(s: str) -> str:
            out = self.fold_cache.get(s)
            if out is None:
                t = unicodedata.normalize("NFKD", s.translate(_FOLD))
                out = "".join(c for c in t if c.isascii() and c.isalnum()).lower()
                self.fold_cache[s] = out
            return out

        local = f"{fold(given.split()[0])}.{fold(surname)}"
        if self.rnd() < 0.5:
            local += str(self.between(1, 99))
        return f"{local}@{self.pick(_EMAIL_DOMAINS)}"

    def iso(self, ordinal: int) -> str:
        return datetime.date.fromordinal(ordinal).isoformat()

    # ------------------------------------------------------------------------------ records

    def origin(self) -> _Origin:
        return _ORIGINS[bisect(_ORIGIN_CUM, self.rnd() * _ORIGIN_CUM[-1])]

    def nationalities(self, o: _Origin, born_nl: bool) -> list[str]:
        if born_nl:
            return ["NL"]
        if o.country == "SR":
            # Suriname does not allow dual nationality; most who came before 1980 became Dutch.
            return ["NL"] if self.rnd() < 0.55 else ["SR"]
        return [o.country, "NL"] if self.rnd() < o.dual_nl else [o.country]

    def benefits(self, birth: int, arrival: int | None, partner: bool,
                 complete: bool = False) -> list[dict]:
        rnd, today = self.rnd, self.today_ord
        if rnd() < 0.08 and not complete:
            return []
        year = datetime.date.fromordinal(birth).year
        aow_age = 65 if year < 1948 else 66 if year < 1955 else 67
        adult = birth + 6576
        floor = max(adult, arrival or adult)
        aow_start = birth + round(aow_age * _YEAR)
        if aow_start <= today:
            out = [{"type": "AOW", "since": self.iso(aow_start)}]
            if rnd() < 0.25:  # incomplete AOW is topped up with AIO, under the Participatiewet
                since = self.between(max(aow_start, _ord(2015)), today - 30)
                out.append({"type": "Participatiewet", "since": self.iso(since)})
            return out
        kind = _weighted(_BENEFIT_YOUNG, rnd)
        if (kind == "Anw" and partner) or (kind == "Wajong" and floor > adult):
            # a survivor's benefit needs a deceased partner; Wajong needs disability before 18,
            # i.e. someone who already lived here as a child
            kind = "Participatiewet"
        windows = {
            "WAO": (max(floor, _ord(1976)), _ord(2005, 12, 31)),
            "WIA": (max(floor, _ord(2006)), today - 365),
            "WW": (max(floor, today - 700), today - 30),
            "Participatiewet": (max(floor, _ord(2015)), today - 60),
            "Anw": (floor, today - 60),
            "Wajong": (max(floor, _ord(1998)), today - 365),
            "IOW": (max(floor, _ord(2009, 12), birth + round(60 * _YEAR)), today - 30),
        }
        lo, hi = windows[kind]
        if lo > hi:  # e.g. too young for IOW, arrived too late for WAO
            kind = "Participatiewet"
            lo, hi = windows[kind]
        out = [{"type": kind, "since": self.iso(self.between(lo, max(lo, hi)))}]
        if kind in ("WIA", "WAO", "WW") and rnd() < 0.15:
            lo2, hi2 = windows["Participatiewet"]
            out.append({"type": "Participatiewet",
                        "since": self.iso(self.between(lo2, max(lo2, hi2)))})
        return out

    def person_birth(self, o: _Origin) -> int:
        lo, hi = o.ages if self.rnd() < 0.88 else (35, 50)
        return self.today_ord - int((lo + self.rnd() * (hi - lo)) * _YEAR) - 1

    def arrival(self, o: _Origin, birth: int) -> int:
        rnd, today = self.rnd, self.today_ord
        adult = birth + 6576  # the day after the 18th birthday at the latest
        era_lo, era_hi = o.arrival
        if rnd() < 0.08:  # came as a child through family reunification
            lo, hi = max(birth + 6 * 365, era_lo), min(era_hi, adult - 1)
            if lo < hi:
                return self.between(lo, hi)
        lo = max(adult, era_lo)
        hi = min(max(era_hi, lo + 3 * 365), today - 30)
        if lo >= hi:
            lo, hi = adult, today - 30
        return self.between(lo, hi)

    def client(self, special: tuple | None) -> tuple[dict, dict]:
        rnd, pick, today = self.rnd, self.pick, self.today_ord
        if special:
            o = _ORIGIN_BY_KEY[special[0]]
            male = special[3] if special[3] is not None else rnd() < 0.58
            given = special[1] or pick(o.male if male else o.female)
            surname = special[2]
        else:
            o = self.origin()
            male = rnd() < 0.58  # more men than women came to the spreekuur
            given = pick(o.male if male else o.female)
            surname = pick(o.surnames)
        cid = self.uuid()
        # The named demo clients (the ones a demo opens) always have a complete file.
        full = 0.0 if special else 1.0
        birth = self.person_birth(o)
        born_nl = rnd() < o.born_nl
        rec: dict = {"type": "client", "id": cid, "given_names": given, "surname": surname,
                     "birth_date": self.iso(birth)}
        if rnd() * full < 0.97:
            rec["country_of_birth"] = "NL" if born_nl else o.country
        nats = self.nationalities(o, born_nl)
        if rnd() * full < 0.96:
            rec["nationalities"] = nats
        arrival = None if born_nl else self.arrival(o, birth)
        if arrival is not None and rnd() * full < 0.93:
            rec["arrival_date"] = self.iso(arrival)
        if rnd() * full < 0.85:
            rec["bsn"] = self.bsn()
        if "NL" not in nats and rnd() < 0.9:
            rec["residence_permit"] = {
                "type": _weighted((o.permits, o.permit_cum), rnd),
                "number": ("V" if rnd() < 0.85 else pick("WXYZ")) + self.digits(7),
                # some permits have lapsed: renewing them is part of the consultant's work
                "valid_until": self.iso(today + self.between(-200, 5 * 365)),
            }
        city = _CITIES[bisect(o.city_cum, rnd() * o.city_cum[-1])]
        if rnd() * full < 0.96:
            rec["address"] = {"street": self.street(), "house_number": self.house_number(),
                              "postcode": self.postcode(city[1], city[2]), "city": city[0]}
        if rnd() * full < 0.93:
            rec["phone"] = self.phone(city[3])
        if rnd() < (0.4 if o.key in ("ER", "SY", "AF", "IQ", "SO") else 0.22):
            rec["email"] = self.email(given, surname)
        language = _weighted((o.languages, o.language_cum), rnd)
        if rnd() < 0.95:
            rec["language"] = language

        has_partner = rnd() < 0.6
        benefits = self.benefits(birth, arrival, has_partner, complete=bool(special))
        for benefit in benefits:  # who pays it follows from the kind (no random draw)
            benefit["payer"] = _payer(benefit["type"], rec.get("address", {}).get("city"))
        if benefits and rnd() * full < 0.95:
            rec["benefits"] = benefits

        dest_city = pick(o.dest_cities)
        departure = None
        if rnd() * full < o.destination_share:
            dest: dict = {"country": o.country}
            if rnd() * full < 0.85:
                dest["address"] = o.dest_format.format(
                    street=pick(o.dest_streets), n=self.between(1, 120), city=dest_city)
            if rnd() * full < 0.9:
                # A date before today is a client who has already left (aftercare notes): the
                # file keeps the destination, and only a date still ahead is a planned one.
                departure = today + (self.between(7, 730) if special
                                     else self.between(-365, 730))
                if departure > today:
                    dest["planned_departure"] = self.iso(departure)
            rec["destination"] = dest
        bank = None
        if o.bank_kind and rnd() * full < (0.7 if "destination" in rec else 0.1):
            bank = pick(o.banks)
            rec["bank_abroad"] = self.bank_account(o.bank_kind, bank)
        debts = False
        if rnd() < 0.7:
            debts = rnd() < 0.12
            rec["declarations"] = {"debts_to_state": debts,
                                   "payment_arrangement": debts and rnd() < 0.6,
                                   "detention": rnd() < 0.004}
        partner = None
        if has_partner:
            partner = self.partner(o, male, birth, surname, born_nl)
            rec["partner"] = partner
        children = self.children(o, male, birth, surname, given, partner)
        if children:
            rec["children"] = children

        minor = next((c for c in children
                      if today - datetime.date.fromisoformat(c["birth_date"]).toordinal() < 6574),
                     None)
        ctx = {
            "o": o, "language": language, "city": city[0], "dest_city": dest_city,
            "departure": departure, "partner": partner, "male": male, "minor": minor,
            "debts": debts, "bank": bank, "benefits": benefits, "arrival": arrival,
        }
        return rec, ctx

    def bank_account(self, kind: str, bank: tuple[str, str, str]) -> dict:
        code, bic, _ = bank
        if kind == "iban-TR":
            # TR BBAN: 5-digit bank code, one reserved digit "0", 16-digit account number.
            return {"iban": _iban("TR", code + "0" + self.digits(16))}
        if kind == "iban-BA":
            # BA BBAN: bank (3), branch (3), account (8), then two national check digits by
            # ISO 7064 mod 97-10; with them the IBAN check digits always come out as "39".
            body = code + self.digits(11)
            national = 98 - int(body + "00") % 97
            return {"iban": _iban("BA", f"{body}{national:02d}")}
        if kind == "rib":
            # Moroccan RIB: bank (3), town (3), account (16), key (2) = 97 - (number*100 mod 97).
            # No IBAN: MA IBANs are not in the SWIFT registry and the SVB pays on the RIB.
            body = code + self.digits(3) + self.digits(16)
            return {"account_number": f"{body}{97 - int(body + '00') % 97:02d}", "bic": bic}
        # Suriname has no IBAN: a local account number plus the bank's BIC.
        # A leading zero would be dropped by the bank and shorten the number below 5 digits.
        return {"account_number": str(1 + int(self.rnd() * 9)) + self.digits(self.between(6, 9)),
                "bic": bic}

    def partner(self, o: _Origin, client_male: bool, client_birth: int, client_surname: str,
                client_born_nl: bool) -> dict:
        rnd, pick = self.rnd, self.pick
        # Wives are usually a few years younger than their husbands.
        gap = int((rnd() * 9 - 1) * _YEAR)
        birth = client_birth + gap if client_male else client_birth - gap
        birth = min(birth, self.today_ord - int(30 * _YEAR))
        born_nl = rnd() < (0.5 if client_born_nl else 0.08)
        if o.key == "TR" and rnd() < 0.65:
            surname = client_surname  # Turkish wives take the husband's surname
        else:
            surname = pick(o.surnames)
        p: dict = {"given_names": pick(o.female if client_male else o.male), "surname": surname,
                   "birth_date": self.iso(birth),
                   "country_of_birth": "NL" if born_nl else o.country,
                   "nationalities": self.nationalities(o, born_nl)}
        if rnd() < 0.8:
            p["bsn"] = self.bsn()
        p["co_migrates"] = rnd() < 0.8
        return p

    def children(self, o: _Origin, client_male: bool, client_birth: int, surname: str,
                 given: str, partner: dict | None) -> list[dict]:
        rnd, pick, today = self.rnd, self.pick, self.today_ord
        r = rnd()
        count = 0 if r < 0.25 else 1 if r < 0.45 else 2 if r < 0.75 else 3
        if not count:
            return []
        if client_male:
            mother = (datetime.date.fromisoformat(partner["birth_date"]).toordinal()
                      if partner else client_birth + 3 * 365)
            father_given, father_surname = given, surname
        else:
            mother = client_birth
            father_given = partner["given_names"] if partner else None
            father_surname = partner["surname"] if partner else surname
        lo, hi = mother + int(19 * _YEAR), min(mother + int(42 * _YEAR), today - 200)
        if lo >= hi:
            return []
        if o.patronymic and father_given:
            child_surname = father_given.split()[0]  # Eritrean and Somali children: father's name
        else:
            child_surname = father_surname
        births = sorted(self.between(lo, hi) for _ in range(count))
        out = []
        for b in births:
            minor = today - b < 6574
            out.append({"given_names": pick(o.male if rnd() < 0.5 else o.female),
                        "surname": child_surname, "birth_date": self.iso(b),
                        "co_migrates": rnd() < (0.6 if minor else 0.03)})
        return out

    def contacts(self, cid: str, ctx: dict, count: int) -> list[dict]:
        rnd, today = self.rnd, self.today_ord
        o, language = ctx["o"], ctx["language"]
        departure = ctx["departure"]
        home = _HOME_LOCATION.get(ctx["city"], 2)
        days = sorted(today - 1 - int(rnd() * 3 * 365) for _ in range(count))
        interpreter_rate = _INTERPRETER_RATE[language]
        has_minor = ctx["minor"] is not None
        out = []
        for i, day in enumerate(days):
            abroad = departure is not None and departure < day
            if abroad:
                kind = _weighted(_KIND_ABROAD, rnd)
                channel = _weighted(_CHANNEL_ABROAD, rnd)
            else:
                kind = _weighted(_KIND_FIRST if i == 0 else _KIND_LATER, rnd)
                channel = "spreekuur" if kind == "groepsvoorlichting" else \
                    _weighted(_CHANNEL_HOME, rnd)
                if channel == "e-mail" and kind == "intake":
                    channel = "spreekuur"  # an intake needs a conversation
            if channel in ("telefoon", "buitenland"):  # at no spreekuur: no location
                location, duration = None, 10 + 5 * int(rnd() * 5)
                if channel == "telefoon" and kind == "informatie":
                    kind = "telefonisch"  # a question answered by phone, registered as such
            elif channel == "e-mail":
                location, duration = LOCATIONS[2], 10 + 5 * int(rnd() * 3)
            else:
                r = rnd()
                if o.key == "TR" and home == 1 and r < 0.25:
                    location = LOCATIONS[5]
                elif r < 0.85:
                    location = LOCATIONS[home]
                else:
                    location = LOCATIONS[int(rnd() * 5)]
                if kind == "groepsvoorlichting":
                    duration = 60 + 5 * int(rnd() * 7)
                elif channel == "huisbezoek":
                    duration = 45 + 5 * int(rnd() * 10)
                else:
                    duration = 20 + 5 * int(rnd() * 9)
            chosen = set()
            for _ in range(1 + int(rnd() * rnd() * 3)):
                chosen.add(TOPICS[bisect(_TOPIC_CUM, rnd() * _TOPIC_CUM[-1])])
            if has_minor and rnd() < 0.3:
                chosen.add("onderwijs" if rnd() < 0.6 else "voogdij")
            if ctx["debts"] and rnd() < 0.4:
                chosen.add("schulden")
            lang = language if language == "nl" or rnd() < 0.9 else "nl"
            contact = {
                "type": "contact", "client_id": cid, "date": self.iso(day), "location": location,
                "kind": kind, "channel": channel,
                "topics": [t for t in TOPICS if t in chosen],
                "duration_minutes": duration, "language": lang,
                "interpreter": lang != "nl" and rnd() < interpreter_rate,
            }
            if location is None:
                del contact["location"]
            out.append(contact)
        return out

    def notes(self, cid: str, ctx: dict, count: int) -> list[dict]:
        rnd, pools = self.rnd, self.pools
        o: _Origin = ctx["o"]
        templates = list(_T_GENERAL)
        values: dict[str, str] = {
            "land": o.land, "stad": ctx["dest_city"], "consulaat": self.pick(o.consulates),
            "taalnaam": _LANGUAGE_NAMES[ctx["language"]],
            "gemeente": f"de gemeente {ctx['city']}",
            "spreekuurplaats": _LOCATION_SHORT[_HOME_LOCATION.get(ctx["city"], 2)],
        }
        templates += _T_DESTINATION
        if ctx["departure"] is not None and ctx["departure"] < self.today_ord:
            templates += _T_DEPARTED * 3  # already gone: aftercare dominates the file
        if ctx["benefits"]:
            values["uitkering"] = ctx["benefits"][0]["type"]
            values["sindsjaar"] = ctx["benefits"][0]["since"][:4]
            templates += _T_BENEFIT
        if ctx["arrival"] is not None:
            values["aankomstjaar"] = str(datetime.date.fromordinal(ctx["arrival"]).year)
            templates += _T_ARRIVAL
        if ctx["partner"]:
            role = self.pick(("echtgenote", "partner", "vrouw") if ctx["male"]
                             else ("echtgenoot", "partner", "man"))
            values["partnerrol"], values["Partnerrol"] = role, role.capitalize()
            templates += _T_PARTNER
        if ctx["minor"]:
            minor = ctx["minor"]
            kid = "zoon" if minor["given_names"] in o.male else "dochter"
            age = (self.today_ord - datetime.date.fromisoformat(minor["birth_date"]).toordinal())
            values["kind"], values["Kind"] = kid, kid.capitalize()
            values["leeftijd"] = str(int(age / _YEAR))
            templates += _T_MINOR
        if ctx["debts"]:
            templates += _T_DEBT
        if ctx["bank"]:
            values["bank"] = ctx["bank"][2]
            templates += _T_BANK
        elif o.banks:
            values["bank"] = self.pick(o.banks)[2]  # a bank the client is thinking of using
        templates += _T_ORIGIN["REF" if o.bank_kind is None else o.country] * 2
        n_templates = len(templates)
        out = []
        for _ in range(count):
            r = rnd()
            sentences = 1 if r < 0.3 else 2 if r < 0.7 else 3 if r < 0.9 else 4
            used: list[int] = []
            parts = []
            for _ in range(sentences * 2):  # a few retries so a note does not repeat itself
                if len(parts) == sentences:
                    break
                i = int(rnd() * n_templates)
                fmt, fields = templates[i]
                if fmt in used:
                    continue
                used.append(fmt)
                filled = {}
                for f in fields:
                    v = values.get(f)
                    if v is None:
                        pool = pools[f]
                        v = pool[int(rnd() * len(pool))]
                    filled[f] = v
                parts.append(fmt.format_map(filled) if fields else fmt)
            out.append({"type": "note", "client_id": cid, "text": " ".join(parts)})
        return out


# ---------------------------------------------------------------------------------------- cases

# Remigratie cases (generate(cases=True)): the scheme pack they are kept under, and the first
# application year the demo shows (the 2014 regime throughout; the last application day, the
# closure, comes from the pack).
CASE_SCHEME = "remigratiewet"
FIRST_APPLICATION = datetime.date(2015, 1, 1)
# Of the clients born in a country of origin, the share that got as far as a case: with the
# candidates the pack finds ineligible on the day dropped, a few percent of all clients.
_CASE_SHARE = 0.1
# The share of clients abroad whose latest life certificate has not come in yet.
_CERTIFICATE_LATE = 0.12
# The state a case is in now, weighted: most cases of ten years ended in a departure and
# aftercare; the first cases of a demo take each state in turn, so even a small demo shows all.
_CASE_STATES = (("open", 4), ("ingediend", 5), ("toegekend", 5), ("afgewezen", 12),
                ("vertrokken", 44), ("geschorst", 6), ("ingetrokken", 8), ("beeindigd", 10),
                ("teruggekeerd", 6))
_CASE_STATE_CUM = (tuple(s for s, _ in _CASE_STATES), _cum([w for _, w in _CASE_STATES]))
_DEPARTED = frozenset({"vertrokken", "geschorst", "beeindigd", "teruggekeerd"})


class _Cases:
    """The cases of one demo, drawn from a stream of their own (so the clients' stream, and a
    demo without cases, stay as they were). A client gets a case only when the pack finds them
    not ineligible (eligible, or incomplete where the file lacks a fact) on the day they applied,
    which lies between FIRST_APPLICATION and the closure, after the 55th birthday, eight years
    after arrival and a year into a benefit (the pack's values). The dates follow the scheme: the
    award a few months after the application (later only after an objection, for a case still
    waiting for the departure now), the departure within the six months after the award, what
    happened abroad after that, and every event before `today`."""

    def __init__(self, seed: int, today: datetime.date, id_salt: bytes):
        from consultant_app.core.rules.evaluate import NOT_ELIGIBLE, evaluate
        from consultant_app.core.rules.library import RuleLibrary

        self.rng = Random(f"cases-{seed}")
        self.rnd = self.rng.random
        # the certificates from a stream of their own: the cases stay as drawn without them
        self.certificate_rnd = Random(f"certificates-{seed}").random
        self.id_salt = id_salt
        self.today = today.toordinal()
        self.pack = RuleLibrary.for_data_dir(None).get(CASE_SCHEME)
        self.evaluate, self.not_eligible = evaluate, NOT_ELIGIBLE
        closes = [p.period.valid_until for p in self.pack.applications]
        closure = today if None in closes else max(closes)
        self.last = min(closure.toordinal(), self.today - 1)  # the last day to apply
        self.first = FIRST_APPLICATION.toordinal()
        on = datetime.date.fromordinal(max(self.first, min(self.last, self.today - 1)))
        param = {name: self.pack.parameters[name].on(on).value
                 for name in ("min_age", "residence_years", "benefit_months",
                              "countries_of_origin")}
        self.min_age, self.residence_years = param["min_age"], param["residence_years"]
        self.benefit_months = param["benefit_months"]
        self.countries = set(param["countries_of_origin"])
        self.turn = 0  # the next state of the first round (each state once)

    def between(self, lo: int, hi: int) -> int:
        return lo if hi <= lo else lo + int(self.rnd() * (hi - lo + 1))

    def case(self, rec: dict, ctx: dict) -> list[dict]:
        """The case records of a client (none for most), in the import format; a case changes
        the client's destination and the departure the contacts and notes follow."""
        o: _Origin = ctx["o"]
        if self.rnd() >= _CASE_SHARE or o.country not in self.countries \
                or rec.get("country_of_birth") != o.country or ctx["arrival"] is None:
            return []
        first = self.earliest(rec, ctx)
        if first is None:
            return []
        if self.turn < len(_CASE_STATES):
            state = _CASE_STATES[self.turn][0]
        else:
            state = _weighted(_CASE_STATE_CUM, self.rnd)
        drawn = self.dates(state, first)
        if drawn is None:
            return []
        opened, events = drawn
        events = self.certificates(events)
        applied = next((d for kind, d in events if kind == "ingediend"), opened)
        on = datetime.date.fromordinal(applied)
        if self.evaluate(self.pack, rec, on).verdict == self.not_eligible:
            return []
        if self.turn < len(_CASE_STATES):
            self.turn += 1
        self.destination(rec, ctx, state, events, o)
        case_id = _uuid(self.rng, self.id_salt)
        iso = datetime.date.fromordinal
        return [{"type": "case", "id": case_id, "client_id": rec["id"], "scheme": self.pack.id,
                 "opened_at": iso(opened).isoformat()},
                *({"type": "case_event", "case_id": case_id, "kind": kind,
                   "date": iso(day).isoformat()} for kind, day in events)]

    def earliest(self, rec: dict, ctx: dict) -> int | None:
        """The first day the client could apply (None: not within the demo's years)."""
        born = datetime.date.fromisoformat(rec["birth_date"])
        arrived = datetime.date.fromordinal(ctx["arrival"])
        since = [datetime.date.fromisoformat(b["since"]) for b in ctx["benefits"]]
        if not since:
            return None
        first = max(self.first, add_years(born, self.min_age).toordinal(),
                    add_years(arrived, self.residence_years).toordinal(),
                    add_months(min(since), self.benefit_months).toordinal())
        return first if first <= self.last else None

    def dates(self, state: str, first: int) -> tuple[int, list[tuple[str, int]]] | None:
        """When the case was opened and its events, for a case in `state` now; None when such
        a case does not fit between the client's first day to apply and today."""
        between, last, end = self.between, self.last, self.today - 1
        if state == "open":  # opened shortly before the last day to apply, never submitted
            if first > last:
                return None
            return between(max(first, last - 90), last), []
        if state == "ingediend":  # submitted at the end, the decision still to come
            applied = between(max(first, last - 120), last)
            return self.opened(applied), [("ingediend", applied)]
        if state == "toegekend":  # awarded lately, the departure still ahead
            awarded = end - between(7, 150)
            hi = min(last, awarded - 45)
            lo = max(first, awarded - 150)
            if lo > hi:  # the award came after an objection
                lo = max(first, hi - 120)
            if lo > hi:
                return None
            applied = between(lo, hi)
            return self.opened(applied), [("ingediend", applied), ("toegekend", awarded)]
        steps: list[tuple[str, int]] = []  # (kind, days after the step before)
        if state == "afgewezen":
            steps = [("afgewezen", between(45, 180))]
        elif state == "ingetrokken" and self.rnd() < 0.5:  # withdrawn before the decision
            steps = [("ingetrokken", between(14, 90))]
        else:
            steps = [("toegekend", between(60, 150))]
            if state == "ingetrokken":  # not left within the six months: the award is withdrawn
                steps.append(("ingetrokken", 185 + between(0, 45)))
            else:
                steps.append(("vertrokken", between(14, 170)))  # within six months of the award
                after = {"geschorst": (90, 1460), "beeindigd": (180, 2900),
                         "teruggekeerd": (30, 360)}.get(state)
                if after is not None:
                    steps.append((state, between(*after)))
        hi = min(last, end - sum(days for _, days in steps))
        if first > hi:
            return None
        day = between(first, hi)
        events = [("ingediend", day)]
        for kind, days in steps:
            day += days
            events.append((kind, day))
        return self.opened(events[0][1]), events

    def certificates(self, events: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """The life certificates received while the benefit ran abroad: one a year, a few
        weeks before each anniversary of the departure (the office's default cycle of 12
        months), until the benefit ended or today; now and then the latest has not come in
        (an overdue one to chase)."""
        left = next((day for kind, day in events if kind == "vertrokken"), None)
        if left is None:
            return events
        ended = next((day for kind, day in events
                      if kind in ("beeindigd", "teruggekeerd", "ingetrokken")), self.today - 1)
        received = []
        year = 1
        while True:
            due = add_months(datetime.date.fromordinal(left), 12 * year).toordinal()
            day = due - 5 - int(self.certificate_rnd() * 36)
            if day >= ended:
                break
            received.append(("levensbewijs_ontvangen", day))
            year += 1
        if received and self.certificate_rnd() < _CERTIFICATE_LATE:
            received.pop()
        return sorted(events + received, key=lambda e: e[1])

    def opened(self, applied: int) -> int:
        """A case is opened at the first conversations, a few weeks to months before applying."""
        return applied - self.between(7, 120)

    def destination(self, rec: dict, ctx: dict, state: str, events: list[tuple[str, int]],
                    o: _Origin) -> None:
        """The file follows the case: a client who left has the country of origin as
        destination and no departure ahead; one awarded and still here plans to leave before
        the six months are over."""
        dest = rec.get("destination") or {"country": o.country}
        dest["country"] = o.country
        if "address" not in dest:
            dest["address"] = o.dest_format.format(
                street=o.dest_streets[int(self.rnd() * len(o.dest_streets))],
                n=self.between(1, 120), city=ctx["dest_city"])
        dest.pop("planned_departure", None)
        when = dict(events)
        if state in _DEPARTED:
            ctx["departure"] = when["vertrokken"]
        elif state == "toegekend":
            term = add_months(datetime.date.fromordinal(when["toegekend"]), 6).toordinal()
            planned = self.between(self.today + 1, max(self.today + 1, term))
            dest["planned_departure"] = datetime.date.fromordinal(planned).isoformat()
            ctx["departure"] = planned
        else:
            if ctx["departure"] is not None and ctx["departure"] > self.today:
                dest["planned_departure"] = datetime.date.fromordinal(ctx["departure"]).isoformat()
            else:
                ctx["departure"] = None
        rec["destination"] = dest


# --------------------------------------------------------------------- the office's registration

# The spreekuur locations the demo's contacts name (LOCATIONS without "Telefonisch": a phone
# call or a call abroad took place at no spreekuur, so such a contact has no location), with
# their city and kind. Group sessions are held at these places too.
_PLACES: tuple[tuple[str, str, str], ...] = (
    (LOCATIONS[0], "Eindhoven", "gemeentehuis"),
    (LOCATIONS[1], "Rotterdam", "buurthuis"),
    (LOCATIONS[2], "Utrecht", "kantoor"),
    (LOCATIONS[3], "Amsterdam", "buurthuis"),
    (LOCATIONS[4], "Tilburg", "gemeentehuis"),
    (LOCATIONS[5], "Rotterdam", "overig"),
)
# Partner organisations: (name, kind, city, how often the office is in touch). Generic
# descriptions of the kind of body an office of this kind works with, not named organisations;
# the SVB (which pays the remigratie-uitkering, DOMAIN.md) and UWV are the real bodies.
_PARTNERS: tuple[tuple[str, str, str, float], ...] = (
    ("Gemeente Eindhoven", "gemeente", "Eindhoven", 5),
    ("Gemeente Rotterdam", "gemeente", "Rotterdam", 6),
    ("Gemeente Utrecht", "gemeente", "Utrecht", 4),
    ("Gemeente Amsterdam", "gemeente", "Amsterdam", 5),
    ("Gemeente Tilburg", "gemeente", "Tilburg", 4),
    ("Welzijnsorganisatie Rotterdam-Zuid", "maatschappelijke_organisatie", "Rotterdam", 4),
    ("Buurtteam Amsterdam Nieuw-West", "maatschappelijke_organisatie", "Amsterdam", 4),
    ("Turkse ouderenvereniging Eindhoven", "maatschappelijke_organisatie", "Eindhoven", 3),
    ("Marokkaanse ouderenvereniging Utrecht", "maatschappelijke_organisatie", "Utrecht", 3),
    ("Surinaams seniorencentrum Amsterdam", "maatschappelijke_organisatie", "Amsterdam", 2),
    ("Steunpunt statushouders Tilburg", "maatschappelijke_organisatie", "Tilburg", 3),
    ("Consulaat-generaal van Turkije in Rotterdam", "consulaat", "Rotterdam", 4),
    ("Consulaat-generaal van Turkije in Amsterdam", "consulaat", "Amsterdam", 2),
    ("Consulaat-generaal van Marokko in Amsterdam", "consulaat", "Amsterdam", 3),
    ("Consulaat-generaal van Marokko in Rotterdam", "consulaat", "Rotterdam", 2),
    ("Sociale Verzekeringsbank (SVB)", "uitvoeringsinstantie", "Amstelveen", 12),
    ("UWV", "uitvoeringsinstantie", "Amsterdam", 5),
)
_PARTNER_CUM = _cum([w for *_, w in _PARTNERS])
_RELATION_KINDS = {
    "gemeente": (("overleg", "doorverwijzing", "voorlichting", "netwerk"), _cum((40, 30, 15, 15))),
    "maatschappelijke_organisatie": (("netwerk", "doorverwijzing", "voorlichting", "overleg"),
                                     _cum((30, 30, 25, 15))),
    "consulaat": (("overleg", "voorlichting", "netwerk"), _cum((50, 30, 20))),
    "uitvoeringsinstantie": (("overleg", "doorverwijzing", "netwerk", "overig"),
                             _cum((60, 20, 10, 10))),
}
_RELATION_TOPICS = {
    "gemeente": ("uitkeringen", "schulden", "zorg", "verblijfsdocumenten", "wonen"),
    "maatschappelijke_organisatie": ("groepsvoorlichting", "zorg", "schulden", "eenzaamheid",
                                     "doorverwijzing"),
    "consulaat": ("levensbewijzen", "verblijfsdocumenten", "pensioenen", "groepsvoorlichting"),
    "uitvoeringsinstantie": ("remigratie-uitkering", "levensbewijzen", "uitkeringen",
                             "pensioenen", "verzekeringen"),
}


@dataclass(frozen=True, slots=True)
class _Audience:
    weight: float
    places: tuple[tuple[int, ...], tuple[float, ...]]  # indexes into _PLACES, cumulated weights
    languages: tuple[tuple[str, ...], tuple[float, ...]]
    attendees: tuple[int, int]
    partners: tuple[int, ...]  # indexes into _PARTNERS a session is organised with


def _audience(weight: float, places: dict[int, float], languages: dict[str, float],
              attendees: tuple[int, int], partners: tuple[int, ...]) -> _Audience:
    return _Audience(weight, (tuple(places), _cum(list(places.values()))),
                     (tuple(languages), _cum(list(languages.values()))), attendees, partners)


# Who the group sessions are for, in proportion to the clients' backgrounds (Turkish the
# largest group, DOMAIN.md), where they are held, in which language and with how many people.
_AUDIENCES: dict[str, _Audience] = {
    "turks": _audience(38, {1: 4, 0: 3, 5: 3, 3: 2, 4: 1}, {"tr": 80, "nl": 20}, (10, 45),
                       (7, 11, 12, 0, 1)),
    "marokkaans": _audience(20, {3: 4, 2: 2, 1: 2}, {"ber": 50, "ar": 30, "nl": 20}, (8, 35),
                            (8, 13, 14, 3)),
    "surinaams": _audience(12, {3: 3, 1: 2, 2: 1}, {"nl": 100}, (8, 30), (9, 3)),
    "vluchtelingen": _audience(12, {4: 3, 2: 2, 0: 2}, {"ti": 30, "ar": 30, "fa": 20, "so": 20},
                               (6, 20), (10, 4, 2)),
    "professionals": _audience(10, {2: 3, 4: 2, 0: 2, 1: 1}, {"nl": 100}, (6, 25),
                               (0, 1, 2, 3, 4, 5, 6, 15, 16)),
    "gemengd": _audience(8, {0: 1, 1: 1, 2: 1, 3: 1, 4: 1}, {"nl": 100}, (12, 40),
                         (5, 6, 0, 1, 3)),
}
_AUDIENCE_CUM = (tuple(_AUDIENCES), _cum([a.weight for a in _AUDIENCES.values()]))
_SESSION_TOPICS = ("remigratie-uitkering", "uitkeringen", "pensioenen", "verzekeringen", "zorg",
                   "verblijfsdocumenten", "levensbewijzen", "terugkeer en wonen")
# A group session's interpreter: the consultant speaks Turkish and Dutch, seldom the other
# languages; a mixed audience in Dutch sometimes has one for those who need it.
_SESSION_INTERPRETER = {"nl": 0.0, "tr": 0.1, "ar": 0.5, "ber": 0.6, "ti": 0.95, "fa": 0.9,
                        "so": 0.9}
# Per year, scaled by the demo's size: about one group session per 75 clients (an office of
# 3,000 holds some 40) and a relation contact per 40 clients, within sensible bounds.
_SESSIONS_PER_CLIENT, _SESSION_BOUNDS = 1 / 75, (4, 150)
_RELATIONS_PER_CLIENT, _RELATION_BOUNDS = 1 / 40, (12, 120)
# The national total of applications the report compares with: the demo enters an invented
# figure, and says so in its source; it is no statistic.
DEMO_FIGURE_SOURCE = "Demo: fictief cijfer, geen SVB-statistiek"
APPLICATIONS_TOTAL = "applications_total"


def _office_span(today: datetime.date) -> tuple[int, int]:
    """The days the office's demo registration covers: from 1 January two years back (so last
    year's report has a full year before it) to yesterday."""
    return _ord(today.year - 2), today.toordinal() - 1


def office(clients: int, *, seed: int = 2016, today: datetime.date | None = None,
           id_salt: str = "") -> Iterator[dict]:
    """Yield the office's own registration of a demo of `clients` clients, in the import
    format: `location` lines for every place the demo's contacts name (so they come first),
    then `partner` lines (with ids), their `relation` lines and the `group_session` lines, dated
    from 1 January two years back to yesterday. Drawn from a stream of its own, so the clients
    `generate` makes with the same seed stay as they are; `id_salt` as in `generate`."""
    today = today or datetime.date.today()
    rng = Random(f"office-{seed}")
    rnd, salt = rng.random, id_salt.encode()
    first, last = _office_span(today)

    def between(lo: int, hi: int) -> int:
        return lo if hi <= lo else lo + int(rnd() * (hi - lo + 1))

    def per_year(rate: float, bounds: tuple[int, int]) -> float:
        return min(bounds[1], max(bounds[0], clients * rate))

    def working_day() -> str:
        """A weekday in the span, fewer in the summer holiday and around Christmas."""
        while True:
            day = datetime.date.fromordinal(between(first, last))
            quiet = day.month in (7, 8) or (day.month == 12 and day.day > 20)
            if day.weekday() < 5 and (not quiet or rnd() < 0.4):
                return day.isoformat()

    def count(rate: float, bounds: tuple[int, int]) -> int:
        return _poisson(per_year(rate, bounds) * (last - first + 1) / _YEAR, rnd)

    place_ids = []
    for name, city, kind in _PLACES:
        place_ids.append(_uuid(rng, salt))
        opened = datetime.date(today.year - 3 - between(1, 8), between(1, 12), 1)
        yield {"type": "location", "id": place_ids[-1], "name": name, "city": city,
               "kind": kind, "active_from": opened.isoformat()}
    partner_ids = []
    for name, kind, city, _ in _PARTNERS:
        partner_ids.append(_uuid(rng, salt))
        yield {"type": "partner", "id": partner_ids[-1], "name": name, "kind": kind,
               "city": city}
    relations = []
    for _ in range(count(_RELATIONS_PER_CLIENT, _RELATION_BOUNDS)):
        index = bisect(_PARTNER_CUM, rnd() * _PARTNER_CUM[-1])
        kind = _PARTNERS[index][1]
        pool = _RELATION_TOPICS[kind]
        topics = sorted({pool[int(rnd() * len(pool))] for _ in range(1 + int(rnd() * 2))})
        relations.append({"type": "relation", "id": _uuid(rng, salt),
                          "partner_id": partner_ids[index], "date": working_day(),
                          "kind": _weighted(_RELATION_KINDS[kind], rnd), "topics": topics})
    yield from sorted(relations, key=lambda r: r["date"])
    sessions = []
    for _ in range(count(_SESSIONS_PER_CLIENT, _SESSION_BOUNDS)):
        audience = _weighted(_AUDIENCE_CUM, rnd)
        a = _AUDIENCES[audience]
        language = _weighted(a.languages, rnd)
        low, high = a.attendees
        place = _weighted(a.places, rnd)
        session = {
            "type": "group_session", "id": _uuid(rng, salt), "date": working_day(),
            "location_id": place_ids[place], "audience": audience,
            "attendees": low + int(rnd() * rnd() * (high - low + 1)) + int(rnd() * 3),
            "language": language, "interpreter": rnd() < _SESSION_INTERPRETER[language],
            "topics": sorted({_SESSION_TOPICS[int(rnd() * len(_SESSION_TOPICS))]
                              for _ in range(1 + int(rnd() * 3))}),
        }
        if rnd() < 0.45:  # with a partner: a national body, or one in the same city if any
            near = [i for i in a.partners if _PARTNERS[i][2] == _PLACES[place][1]
                    or _PARTNERS[i][1] == "uitvoeringsinstantie"] or a.partners
            session["partner_id"] = partner_ids[near[int(rnd() * len(near))]]
        sessions.append(session)
    yield from sorted(sessions, key=lambda s: s["date"])


def office_figures(*, seed: int = 2016, today: datetime.date | None = None) -> list[dict]:
    """The national total of applications for each year of the office's demo registration in
    which the SVB took applications (none after the scheme closed), as `{year, key, value,
    source}`: an invented round figure whose source says it is a fictitious demo figure."""
    from consultant_app.core.rules.library import RuleLibrary

    today = today or datetime.date.today()
    rng = Random(f"office-figures-{seed}")
    pack = RuleLibrary.for_data_dir(None).get(CASE_SCHEME)
    first, last = (datetime.date.fromordinal(d).year for d in _office_span(today))
    open_years = [year for year in range(first, last + 1)
                  if any(p.period.valid_from <= datetime.date(year, 12, 31)
                         and (p.period.valid_until is None
                              or p.period.valid_until >= datetime.date(year, 1, 1))
                         for p in pack.applications)]
    return [{"year": year, "key": APPLICATIONS_TOTAL, "value": 50 * (16 + int(rng.random() * 8)),
             "source": DEMO_FIGURE_SOURCE} for year in open_years]


def generate(clients: int, *, seed: int = 2016, notes_per_client: float = 4.0,
             contacts_per_client: float = 2.0, today: datetime.date | None = None,
             id_salt: str = "", cases: bool = False) -> Iterator[dict]:
    """Yield `clients` synthetic clients, each followed by its contacts and notes.

    With `cases`, a few percent of the clients also get a remigratie case (a `case` record with
    `id`, `client_id`, `scheme` and `opened_at`, then its `case_event` records with `case_id`,
    `kind` and `date`, right after the client), in every state, dated as the scheme's rules
    allow (see _Cases); the files of those clients follow their case.

    Records are plain dicts in the JSONL import format. Pass `today` for reproducible output: ages,
    contact dates and departure dates are relative to it. Contact and note counts per client are
    Poisson-distributed around the given means (every client has at least one contact when the
    mean is 1 or more, because a file starts with a contact).

    `id_salt` (e.g. the vault's id) makes the client ids differ between vaults filled with the
    same seed, while the content stays the seed's: two demo vaults never share a client id.
    """
    if clients < 0:
        raise ValueError("clients must be >= 0")
    today = today or datetime.date.today()
    g = _Generator(seed, today, id_salt)
    drawn_cases = _Cases(seed, today, g.id_salt) if cases else None
    rnd = g.rnd
    # The demo spellings land on seeded positions among the first 50, not always at the top.
    head = min(clients, 50)
    slots = g.rng.sample(range(head), min(len(_SPECIALS), head))
    specials = dict(zip(slots, _SPECIALS, strict=False))  # fewer slots when clients < 4
    for index in range(clients):
        rec, ctx = g.client(specials.get(index))
        case_records = drawn_cases.case(rec, ctx) if drawn_cases else ()
        yield rec
        yield from case_records
        cid = rec["id"]
        if contacts_per_client >= 1:
            n_contacts = 1 + _poisson(contacts_per_client - 1, rnd)
        else:
            n_contacts = _poisson(contacts_per_client, rnd)
        yield from g.contacts(cid, ctx, n_contacts)
        yield from g.notes(cid, ctx, _poisson(notes_per_client, rnd))
