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
