"""What the tests share: the Dovecot fixture's server, CLI helpers, mail builders, fault proxies and
the classifier judgement tests' scaffolding."""
