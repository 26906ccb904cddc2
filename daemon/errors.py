"""onward's exception hierarchy: the CLI maps each branch to one exit code."""

import imaplib
import socket
import ssl

# Errors that mean "the connection (or the disk) is gone or unusable": reconnect and try again.
NETWORK_ERRORS = (OSError, socket.timeout, ssl.SSLError, imaplib.IMAP4.abort, EOFError)


class OnwardError(Exception):
    """Base class for every error onward raises on purpose."""


class ConfigError(OnwardError):
    """The configuration or the command line is wrong: the user's to fix (exit 2)."""


class RuntimeFailure(OnwardError):
    """Something outside onward failed: network, server, authentication (exit 3)."""


class ConnectionFailure(RuntimeFailure):
    """The mail server could not be reached or the connection broke."""


class AuthFailure(RuntimeFailure):
    """The server refused the credentials, or the credential helper failed."""


class FolderNotFound(RuntimeFailure):
    """A mailbox folder onward needs does not exist on the server."""


class UsageError(ConfigError):
    """The command line is wrong (a missing or clashing option): exit 2, with the usage line."""


class Refused(ConfigError):
    """What was asked cannot be done as things are (a draft still there): one sentence, exit 2."""


class AlreadyRunning(ConfigError):
    """Another onward already writes this state file: stop it first (exit 2)."""


class StateError(RuntimeFailure):
    """The state file cannot be used: damaged, unreadable, read-only, a folder, or the disk is full."""


class StateLost(StateError):
    """The state file was deleted or replaced under a running service."""


class StateFull(StateError):
    """The disk holding the state file is full."""
