"""Makes mypy see onward as a package: installed, it is a namespace that setuptools maps onto the
repository's top-level folders (an import hook mypy cannot follow); the links beside this file do
the same for mypy. Read by [tool.mypy] in pyproject.toml."""
