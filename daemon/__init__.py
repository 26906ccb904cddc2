"""onward's service shell: configuration, command line, mailbox access, state and the watch loop."""

__version__ = "0.1.0"
