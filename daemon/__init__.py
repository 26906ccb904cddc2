"""onward's service shell: configuration, command line, mailbox access, state and the watch loop."""

import functools


@functools.cache
def _version() -> str:
    # importlib.metadata costs tens of milliseconds to import: only `--version`, the man page and the
    # drafts' settings digest ask for the version, so every other command start goes without it.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("onward")  # one source for the version: pyproject.toml
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
