"""Where packs come from: the shipped ones and the office's (data folder rules/); an office pack
never takes a shipped pack's id, so a check naming `remigratiewet` means the same rules on every
laptop."""

from __future__ import annotations

from pathlib import Path

import pytest

from consultant_app.core.errors import RulesError
from consultant_app.core.rules.library import RuleLibrary
from tests.core.test_rules_lint import GOOD

ROOT = Path(__file__).resolve().parents[2]


def test_an_imported_pack_is_listed_beside_the_shipped_ones(tmp_path):
    library = RuleLibrary.for_data_dir(tmp_path)

    pack = library.import_pack(GOOD.encode("utf-8"), "proef.toml")

    assert (tmp_path / "rules" / "proef.toml").read_text(encoding="utf-8") == GOOD
    assert [p.id for p in library.listed()] == ["iom-terugkeer", "proef", "remigratiewet"]
    assert library.get("proef").origin == "office" and pack.version == "1"


def test_an_office_pack_with_a_shipped_id_is_refused(tmp_path):
    library = RuleLibrary.for_data_dir(tmp_path)

    with pytest.raises(RulesError) as refused:
        library.import_pack(GOOD.replace('id = "proef"', 'id = "remigratiewet"')
                            .encode("utf-8"), "remigratiewet.toml")

    assert refused.value.code == "rules_id_is_shipped"
    assert not (tmp_path / "rules").exists()


def test_a_shipped_pack_wins_over_a_copy_put_in_the_office_folder_by_hand(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "copy.toml").write_text(
        GOOD.replace('id = "proef"', 'id = "remigratiewet"'), encoding="utf-8")

    pack = RuleLibrary.for_data_dir(tmp_path).get("remigratiewet")

    assert pack.origin == "shipped"
    assert pack.sha256 == RuleLibrary.for_data_dir(None).get("remigratiewet").sha256


def test_a_broken_pack_in_the_office_folder_is_named(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "kapot.toml").write_text("id = ", encoding="utf-8")

    with pytest.raises(RulesError) as refused:
        RuleLibrary.for_data_dir(tmp_path).packs()

    assert refused.value.message("en").startswith("Scheme pack kapot.toml refused: 1 problem")


def test_a_pack_edited_in_the_office_folder_counts_at_the_next_look_up(tmp_path):
    library = RuleLibrary.for_data_dir(tmp_path)
    library.import_pack(GOOD.encode("utf-8"), "proef.toml")
    assert library.get("proef").version == "1"

    (tmp_path / "rules" / "proef.toml").write_text(
        GOOD.replace('version = "1"', 'version = "2"'), encoding="utf-8")

    assert library.get("proef").version == "2"
    (tmp_path / "rules" / "proef.toml").write_text("id = ", encoding="utf-8")
    with pytest.raises(RulesError):
        library.get("proef")
