"""onward's service shell: configuration, command line, mailbox access, state and the watch loop."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("onward")  # one source for the version: pyproject.toml
except PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"
