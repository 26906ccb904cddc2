"""What the tests share, so that no test file imports another: the Dovecot fixture's server, CLI
helpers, mail builders, fault proxies, fakes, and each family of tests' common mail, readings and
assertions (a module per family: classifier, conversation, drafts, hostile, scan, stated, templates)."""
