"""The fault layer: onward as a real service against the real Dovecot while things go wrong —
a proxy answering NO, stalling, resetting or slowing the connection; SIGKILLs at random moments
with mail arriving; a full disk. Each test ends by checking the same guarantees (checks.py)."""
