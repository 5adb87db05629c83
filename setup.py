"""Copies the top-level resources/ and data/ into the built package.

A source checkout reads them from the repository root; a wheel or a frozen
bundle carries them as sopdesk/_resources and sopdesk/_data (see
sopdesk/resources.py, which looks in both places).
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "sopdesk"
        for src, dst in (("resources", "_resources"), ("data", "_data")):
            out = target / dst
            if out.exists():
                shutil.rmtree(out)
            shutil.copytree(ROOT / src, out, ignore=shutil.ignore_patterns("*.pyc", "__pycache__"))


setup(cmdclass={"build_py": BuildWithResources})
