"""Connecting to an IMAP server safely, and naming what went wrong in one sentence: a wrong port or
security setting, a certificate for another name, a refused login with the usual cause for the big
providers (daemon.mailbox.imap_session works on the connection made here).
"""

from __future__ import annotations

import logging
import socket
import ssl

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imap4 import IMAP4WithTimeout

from onward.daemon.config import ImapConfig
from onward.daemon.credentials import Credentials
from onward.daemon.errors import NETWORK_ERRORS, AuthFailure, ConfigError, ConnectionFailure

# An IMAP server greets at once. One that says nothing for this long after the TCP connection is
# usually an implicit-TLS port spoken to in plain text: it waits for our TLS handshake, forever.
GREETING_WAIT = 5.0
_NAME_MISMATCH = (62, 64)  # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH


def ssl_context(cfg: ImapConfig) -> ssl.SSLContext:
    try:
        context = ssl.create_default_context(cafile=cfg.ca_file or None)
    except FileNotFoundError:
        raise ConfigError(f"[imap] ca_file: {cfg.ca_file} does not exist") from None
    except ssl.SSLError:
        raise ConfigError(f"[imap] ca_file: {cfg.ca_file} holds no certificate (expected PEM text "
                          "starting with -----BEGIN CERTIFICATE-----)") from None
    except OSError as exc:
        raise ConfigError(f"[imap] ca_file: cannot read {cfg.ca_file} ({exc.strerror})") from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class GreetingTimeout(Exception):
    """The TCP connection was made, but the server sent no IMAP greeting in GREETING_WAIT."""


class BriefGreetingClient(IMAPClient):
    """IMAPClient that waits for the greeting of a plain-text connection only GREETING_WAIT seconds
    (imapclient waits the whole connect timeout), so a wrong port is named at once."""

    def _create_IMAP4(self):
        if self.ssl or self.stream:
            return super()._create_IMAP4()
        connected = []

        class BriefGreeting(IMAP4WithTimeout):
            def _create_socket(inner, timeout=None):
                sock = super()._create_socket(timeout)
                connected.append(True)
                sock.settimeout(min(GREETING_WAIT, self._timeout.connect or GREETING_WAIT))
                return sock

        try:
            return BriefGreeting(self.host, self.port, self._timeout.connect)
        except socket.timeout:
            if connected:
                raise GreetingTimeout() from None
            raise


def _speaks_tls(cfg: ImapConfig) -> bool:
    """Whether the port answers a TLS handshake (checked without verifying: only to name the mistake)."""
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    try:
        with socket.create_connection((cfg.host, cfg.effective_port), timeout=GREETING_WAIT) as raw:
            with context.wrap_socket(raw, server_hostname=cfg.host):
                return True
    except (OSError, ValueError):
        return False


def _certificate_names(cfg: ImapConfig) -> list[str]:
    """The names the server's certificate is for, read with the name check off (the chain is still
    verified) only to say which `host` would work; [] when they cannot be read."""
    context = ssl_context(cfg)
    context.check_hostname = False
    timeout = SocketTimeout(connect=min(cfg.timeout, 30), read=min(cfg.timeout, 30))
    try:
        client = IMAPClient(cfg.host, port=cfg.effective_port, ssl=cfg.security == "tls",
                            ssl_context=context, timeout=timeout)
        try:
            if cfg.security == "starttls":
                client.starttls(context)
            cert = client.socket().getpeercert() or {}
        finally:
            client.shutdown()
    except (*NETWORK_ERRORS, IMAPClientError):
        return []
    names = [value.strip() for kind, value in cert.get("subjectAltName", ()) if kind in ("DNS", "IP Address")]
    if not names:
        names = [value for rdn in cert.get("subject", ()) for key, value in rdn if key == "commonName"]
    return names


def config_mistake(exc: BaseException, cfg: ImapConfig) -> str | None:
    """The sentence for a connection error that only a change to the config can fix, else None."""
    port = cfg.effective_port
    if isinstance(exc, GreetingTimeout) and _speaks_tls(cfg):
        return f'port {port} expects TLS from the start: use security = "tls"'
    if isinstance(exc, ssl.SSLError) and exc.reason == "WRONG_VERSION_NUMBER":
        return describe(exc, cfg)  # a plain-text greeting where TLS was expected
    if isinstance(exc, ssl.SSLCertVerificationError) and exc.verify_code in _NAME_MISMATCH:
        names = _certificate_names(cfg)
        if names:
            return (f"the certificate of {cfg.host}:{port} is for {', '.join(names)}, not "
                    f"{cfg.host}: set [imap] host to one of them")
    return None


def describe(exc: BaseException, cfg: ImapConfig) -> str:
    """One sentence for a connection error, with a hint where the cause is usually the config."""
    where = f"{cfg.host}:{cfg.effective_port}"
    if isinstance(exc, GreetingTimeout):
        return f"{where} accepted the connection but sent no IMAP greeting within {GREETING_WAIT:.0f}s"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"the certificate of {where} could not be verified ({exc.verify_message}); "
                "if the server uses a private CA, set [imap] ca_file")
    if isinstance(exc, ssl.SSLError):
        hint = ""
        if exc.reason == "WRONG_VERSION_NUMBER":  # a plain-text greeting where TLS was expected
            hint = (f'; port {cfg.effective_port} does not speak TLS from the start: use '
                    'security = "starttls" there, or port 993 with "tls"')
        return (f"TLS with {where} failed ({exc.reason}){hint or '; check [imap] security and port'}")
    if isinstance(exc, socket.timeout):
        return f"{where} did not answer in time"
    if isinstance(exc, ConnectionRefusedError):
        return f"{where} refused the connection"
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve {cfg.host} ({exc.strerror})"
    return f"connection to {where} failed: {exc}"


def login_hint(cfg: ImapConfig, reason: str, oauth2: bool, source: str = "") -> str:
    """One sentence for a refused login, with the usual cause for the big providers and where the
    password came from (never the password)."""
    message = f"{cfg.host} refused the login for {cfg.username}: {reason}"
    if source and not oauth2:
        message += f"; the password came from {source}"
    host = cfg.host.lower()
    if oauth2:
        return message + "; the token from oauth2_token_command may be expired or lack the IMAP scope"
    if "office365" in host or "outlook" in host:
        return message + ("; Microsoft 365 no longer accepts passwords over IMAP: set "
                          "oauth2_token_command to a command printing an OAuth2 token with the "
                          "scope https://outlook.office.com/IMAP.AccessAsUser.All")
    if "gmail" in host or "googlemail" in host:
        return message + ("; Gmail needs an app password (Google account > Security > App "
                          "passwords, with 2-step verification on) or oauth2_token_command")
    return message


def connect(cfg: ImapConfig, credentials: Credentials) -> IMAPClient:
    """A logged-in IMAPClient with timeouts on every socket; ConfigError, ConnectionFailure or
    AuthFailure, with one sentence saying why, when there is none."""
    timeout = SocketTimeout(connect=min(cfg.timeout, 30), read=cfg.timeout)
    context = ssl_context(cfg)
    try:
        client = BriefGreetingClient(cfg.host, port=cfg.effective_port, ssl=cfg.security == "tls",
                         ssl_context=context, timeout=timeout)
        quiet_unless_logged(client)
        if cfg.security == "starttls":
            client.starttls(context)
    except (*NETWORK_ERRORS, GreetingTimeout) as exc:
        mistake = config_mistake(exc, cfg)
        if mistake:
            raise ConfigError(mistake) from None
        raise ConnectionFailure(describe(exc, cfg)) from None
    except IMAPClientError as exc:
        raise ConnectionFailure(f"{cfg.host}: {exc}") from None
    try:
        if credentials.oauth2:
            client.oauth2_login(credentials.username, credentials.secret)
        else:
            _password_login(client, cfg, credentials)
    except LoginError as exc:
        close_quietly(client)
        # The server's own words help ("[AUTHENTICATIONFAILED]"); they never hold the password.
        reason = str(exc).replace("\r", " ").replace("\n", " ")[:200].strip("b'\"").rstrip(". ")
        if "[UNAVAILABLE]" in reason.upper():  # RFC 5530: the server's fault, and temporary
            raise ConnectionFailure(f"{cfg.host} cannot log anyone in just now: {reason}") from None
        raise AuthFailure(login_hint(cfg, reason, credentials.oauth2, credentials.source)) from None
    except NETWORK_ERRORS as exc:
        close_quietly(client)
        raise ConnectionFailure(describe(exc, cfg)) from None
    return client


def quiet_unless_logged(client: IMAPClient) -> None:
    """imapclient turns on imaplib's debug output (level 5) and routes it to its logger, so imaplib
    formats a repr of every line and every literal it reads, twice, even when that logger shows
    nothing: on a first scan, most of the service's own time went into text nobody saw (issue 17).
    Off, unless that logger shows DEBUG (-vv), where the lines are still logged as before. Off,
    imaplib still keeps its last ten command lines in memory (never logged) but formats no
    response or message."""
    if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        client._imap.debug = 0


def _password_login(client: IMAPClient, cfg: ImapConfig, credentials: Credentials) -> None:
    """LOGIN, or AUTHENTICATE PLAIN (RFC 4616, UTF-8) when the name or password is not ASCII:
    imaplib sends LOGIN's arguments as ASCII, so a password like "Grüße" could never get through."""
    if (credentials.username + credentials.secret).isascii():
        client.login(credentials.username, credentials.secret)
        return
    if not client.has_capability("AUTH=PLAIN"):
        close_quietly(client)
        raise AuthFailure(f"{cfg.host} offers no way to send a user name or password with "
                          "non-ASCII characters (no AUTH=PLAIN); use an ASCII password or an app "
                          "password") from None
    client.plain_login(credentials.username, credentials.secret)


def close_quietly(client: IMAPClient) -> None:
    """Log out, or at least close the socket; never raises."""
    try:
        client.logout()
    except Exception:  # closing a broken connection must never mask the original error
        try:
            client.shutdown()
        except Exception:
            pass
