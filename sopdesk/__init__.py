"""sopdesk: SOP kecamatan sebagai diagram alir, kasus yang terlacak dan dokumen resmi."""
from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("sopdesk")
except PackageNotFoundError:  # running from a checkout without install
    __version__ = "0.1.0"
