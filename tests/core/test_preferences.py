"""Preferences survive a restart and never break start-up, whatever is in the file."""

from consultant_app.core.preferences import FILE_NAME, Preferences


def test_preferences_round_trip(tmp_path):
    prefs = Preferences(idle_minutes=2, default_location="Gemeentehuis Tilburg", language="en",
                        locations=["Gemeentehuis Tilburg", "Wijkcentrum Rotterdam-Zuid"])
    prefs.save(tmp_path)
    assert Preferences.load(tmp_path) == prefs


def test_broken_or_odd_preferences_fall_back_to_safe_values(tmp_path):
    assert Preferences.load(tmp_path) == Preferences()  # no file yet
    (tmp_path / FILE_NAME).write_text("{not json")
    assert Preferences.load(tmp_path) == Preferences()
    (tmp_path / FILE_NAME).write_text(
        '{"idle_minutes": 0, "language": "tr", "locations": [" ", "A", "A"],'
        ' "default_location": "B", "unknown": 1}')
    prefs = Preferences.load(tmp_path)
    assert (prefs.idle_minutes, prefs.language, prefs.locations, prefs.default_location) == (
        1, "nl", ["A"], "A")


def test_how_the_windows_were_left_round_trips_as_given(tmp_path):
    prefs = Preferences(window_geometry={"main": "AdnQywADAAA="},
                        table_sort={"contacts": ["Duur", "desc"], "letters": ["Brief", "asc"]})
    prefs.save(tmp_path)
    assert Preferences.load(tmp_path) == prefs


def test_a_damaged_window_or_sort_value_is_dropped_and_the_rest_kept(tmp_path):
    (tmp_path / FILE_NAME).write_text(
        '{"language": "en", "idle_minutes": NaN, "locations": 5,'
        ' "window_geometry": {"main": 7, "letter": "AdnQ"},'
        ' "table_sort": {"contacts": ["Duur", "sideways"], "tasks": ["Uiterlijk", "desc"],'
        ' "letters": "Brief", "notes": [1, "asc"], "templates": ["Id", "asc", "extra"]}}')
    prefs = Preferences.load(tmp_path)
    assert (prefs.language, prefs.idle_minutes, prefs.locations) == (
        "en", 5.0, Preferences().locations)
    assert prefs.window_geometry == {"letter": "AdnQ"}
    assert prefs.table_sort == {"tasks": ["Uiterlijk", "desc"]}
    (tmp_path / FILE_NAME).write_text('{"window_geometry": "main", "table_sort": []}')
    assert Preferences.load(tmp_path) == Preferences()
