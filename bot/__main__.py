"""`python -m bot` does what the `talksbot` command does."""

from bot.cli import main

raise SystemExit(main())
