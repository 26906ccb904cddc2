"""What the tests share: the Dovecot fixture's server, CLI helpers, mail builders and fault proxies."""
