"""A believable annual report of a mid-sized office (synthetic numbers), shaped as
core/reports/shape.py documents: 412 clients helped in 2024, mostly of Turkish, Moroccan and
Surinamese background, with a few groups under 5, against 373 in 2023."""

from __future__ import annotations

import copy

_REPORT = {
    "year": 2024,
    "source": "vault",
    "clients": {"total": 412, "by_background": {
        "TR": 151, "MA": 118, "SR": 64, "NL": 41, "BA": 12, "IQ": 9, "AF": 7, "TN": 3,
        "unknown": 7}},
    "services": {"intake": 273, "uitgebreide_begeleiding": 139},
    "applications": {"guided": 29, "total": 1000, "share": 0.029},
    "group_sessions": {"total": 38, "by_audience": {
        "turks": 12, "marokkaans": 9, "surinaams": 6, "vluchtelingen": 4, "professionals": 5,
        "gemengd": 2}},
    "remigrated_contacts": {"total": 57, "by_country": {
        "TR": 21, "MA": 17, "SR": 9, "BA": 4, "IQ": 2, "unknown": 4}},
    "refugees": 31,
    "relation_contacts": 64,
    "locations": {"Utrecht": 486, "Amersfoort": 131, "Nieuwegein": 57, "Houten": 22, "Zeist": 3},
    "previous_year": {
        "year": 2023,
        "source": "vault",
        "clients": {"total": 373, "by_background": {
            "TR": 139, "MA": 110, "SR": 71, "NL": 33, "BA": 9, "IQ": 4, "AF": 2, "TN": 0,
            "unknown": 5}},
        "services": {"intake": 251, "uitgebreide_begeleiding": 122},
        "applications": {"guided": 41, "total": 1210, "share": 0.0339},
        "group_sessions": {"total": 31, "by_audience": {
            "turks": 10, "marokkaans": 8, "surinaams": 7, "vluchtelingen": 3,
            "professionals": 3}},
        "remigrated_contacts": {"total": 49, "by_country": {
            "TR": 19, "MA": 15, "SR": 11, "BA": 1, "unknown": 3}},
        "refugees": 24,
        "relation_contacts": 51,
        "locations": {"Utrecht": 431, "Amersfoort": 118, "Nieuwegein": 49, "Houten": 4},
    },
}


def example_report() -> dict:
    """A fresh copy each time: a test may change it."""
    return copy.deepcopy(_REPORT)
