"""The build step of the wheel: besides the package, it carries the letter templates, the icons
and the interface translations compiled to .qm (core/shipped.py stages them into the package's
`shipped` folder). The project's metadata is in pyproject.toml.

An editable install stages nothing: the package then finds templates/ and resources/ in the
source tree itself (core/paths.py).
"""

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from consultant_app.core import shipped  # noqa: E402  (standard library only)


class BuildWithShippedFiles(build_py):
    def run(self):
        super().run()
        if not getattr(self, "editable_mode", False):
            target = Path(self.build_lib) / "consultant_app" / shipped.PACKAGE_DATA
            shutil.rmtree(target, ignore_errors=True)  # nothing left from an earlier build
            shipped.stage(ROOT, target)


setup(cmdclass={"build_py": BuildWithShippedFiles})
